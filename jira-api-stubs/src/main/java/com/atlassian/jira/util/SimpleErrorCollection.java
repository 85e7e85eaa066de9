/*
 * Compile-only stub of Jira 11.3 com.atlassian.jira.util.SimpleErrorCollection (class, the ErrorCollection a
 * JiraServiceContextImpl starts with); never packaged, and never named by kpi-jira's own code. Public code
 * constructs it with new SimpleErrorCollection() (code search). The body exists so tests can run against the stubs.
 */
package com.atlassian.jira.util;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public class SimpleErrorCollection implements ErrorCollection {
    private final List<String> messages = new ArrayList<>();
    private final Map<String, String> errors = new LinkedHashMap<>();

    public SimpleErrorCollection() {
    }

    @Override
    public boolean hasAnyErrors() {
        return !messages.isEmpty() || !errors.isEmpty();
    }

    @Override
    public Collection<String> getErrorMessages() {
        return messages;
    }

    @Override
    public Map<String, String> getErrors() {
        return errors;
    }

    @Override
    public void addErrorMessage(String message) {
        messages.add(message);
    }
}
