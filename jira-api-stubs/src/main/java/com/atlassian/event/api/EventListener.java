/*
 * Compile-only stub of the annotation com.atlassian.event.api.EventListener (atlassian-event) for Jira 11.3 and 10.3;
 * never packaged. It marks a public one-argument method of a registered listener; the event type is the parameter's.
 * VERIFIED in use: Atlassian's Slack app, built against Jira 11 (atlassian-labs/atlassian-slack-integration-server at
 * 94c50dc: jira-slack-server-integration-plugin/.../service/SlackPluginLauncher.java, @EventListener on
 * onPluginEnabled(PluginEnabledEvent)), and public Jira listeners taking an IssueEvent (code index,
 * "@EventListener IssueEvent getEventTypeId").
 * UNVERIFIED: the retention and target as declared by atlassian-event (runtime retention is required for Jira to find
 * the method by reflection; the real annotation is what Jira reads, this one only compiles the call sites).
 */
package com.atlassian.event.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface EventListener {
}
