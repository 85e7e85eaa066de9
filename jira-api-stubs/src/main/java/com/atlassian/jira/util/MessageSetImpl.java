/*
 * Compile-only stub of com.atlassian.jira.util.MessageSetImpl (class, the MessageSet a JQL function's validate
 * returns) for Jira 11.3 and 10.3; never packaged. Members: new MessageSetImpl(), addErrorMessage(String).
 * VERIFIED: both used by atlascommunity/jira-plugins-groovy@ef39c51 (a public Jira 8 app that registers JQL functions) (src/main/java/ru/mail/jira/plugins/groovy/impl/jql/function/builtin/
 * AbstractBuiltInQueryFunction.java and ScriptedValuesFunction.groovy). UNVERIFIED on 10.3/11.3 javadoc. The body
 * exists so tests can run against the stubs.
 */
package com.atlassian.jira.util;

import java.util.LinkedHashSet;
import java.util.Set;

public class MessageSetImpl implements MessageSet {
    private final Set<String> errors = new LinkedHashSet<>();

    public MessageSetImpl() {
    }

    public void addErrorMessage(String message) {
        errors.add(message);
    }

    @Override
    public boolean hasAnyErrors() {
        return !errors.isEmpty();
    }

    @Override
    public Set<String> getErrorMessages() {
        return errors;
    }
}
