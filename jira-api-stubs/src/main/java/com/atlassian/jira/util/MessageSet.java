/*
 * Compile-only stub of Jira 11.3 com.atlassian.jira.util.MessageSet (interface); never packaged.
 * Source: JIRA-PLATFORM.md 1.1 [V: Jira's own gadget resource code]; the Set<String> return of
 * getErrorMessages is also how public plugins iterate it (checked with the code search, 2026).
 */
package com.atlassian.jira.util;

import java.util.Set;

public interface MessageSet {
    boolean hasAnyErrors();

    Set<String> getErrorMessages();
}
