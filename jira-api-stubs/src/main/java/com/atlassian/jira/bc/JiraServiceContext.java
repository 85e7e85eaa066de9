/*
 * Compile-only stub of Jira 11.3 com.atlassian.jira.bc.JiraServiceContext (interface); never packaged.
 * Source: JIRA-PLATFORM.md 1.10 (ctx.getErrorCollection().hasAnyErrors()) and public plugin code calling
 * getErrorCollection() (code search). getLoggedInApplicationUser() is read by tests only; its name is from memory
 * of Jira 7+ and UNVERIFIED.
 */
package com.atlassian.jira.bc;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;

public interface JiraServiceContext {
    ErrorCollection getErrorCollection();

    ApplicationUser getLoggedInApplicationUser();
}
