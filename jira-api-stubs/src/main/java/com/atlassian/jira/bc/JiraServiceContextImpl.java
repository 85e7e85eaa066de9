/*
 * Compile-only stub of Jira 11.3 com.atlassian.jira.bc.JiraServiceContextImpl (class); never packaged.
 * Source: JIRA-PLATFORM.md 1.10 [V]: new JiraServiceContextImpl(ApplicationUser), whose error collection starts
 * empty (re-checked with the code search: public plugins construct it so and read getErrorCollection()).
 * The body exists so tests can run against the stub; Jira's own class runs in Jira.
 */
package com.atlassian.jira.bc;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.jira.util.SimpleErrorCollection;

public class JiraServiceContextImpl implements JiraServiceContext {
    private final ApplicationUser user;
    private final ErrorCollection errors = new SimpleErrorCollection();

    public JiraServiceContextImpl(ApplicationUser user) {
        this.user = user;
    }

    @Override
    public ErrorCollection getErrorCollection() {
        return errors;
    }

    @Override
    public ApplicationUser getLoggedInApplicationUser() {
        return user;
    }
}
