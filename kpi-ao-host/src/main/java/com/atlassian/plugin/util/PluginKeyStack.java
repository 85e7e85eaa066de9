package com.atlassian.plugin.util;

/** Stand-in for Jira's record of which app is calling; outside Jira there is none. */
public final class PluginKeyStack {

    private PluginKeyStack() {
    }

    public static String getFirstPluginKey() {
        return null;
    }
}
