/*
 * Compile-only stub of Jira 11.3 com.atlassian.jira.util.ErrorCollection (interface); never packaged.
 * Source: public plugin code calling hasAnyErrors(), getErrorMessages() (a Collection<String>) and getErrors()
 * (a Map<String, String> of field errors) on a service context's errors (code search); JIRA-PLATFORM.md 1.10.
 * addErrorMessage(String) is called by tests only. Erasures not re-checked for 11: UNVERIFIED.
 */
package com.atlassian.jira.util;

import java.util.Collection;
import java.util.Map;

public interface ErrorCollection {
    boolean hasAnyErrors();

    Collection<String> getErrorMessages();

    Map<String, String> getErrors();

    void addErrorMessage(String message);
}
