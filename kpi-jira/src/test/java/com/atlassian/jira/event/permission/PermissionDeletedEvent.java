package com.atlassian.jira.event.permission;

/**
 * Test double named as Jira's event (Jira 6 source, turgaycelik/mysource@ee01e28, jira-api
 * com/atlassian/jira/event/permission/PermissionDeletedEvent.java): a grant left a permission scheme. Only its name
 * matters to the app, which matches events by name.
 */
public class PermissionDeletedEvent {
}
