package com.atlassian.crowd.event.group;

/**
 * Test double named as Crowd's event (Crowd 4.0.0 javadoc, com.atlassian.crowd.event.group): published on Jira's
 * event publisher when a user leaves a group. Only its name matters to the app, which matches events by name.
 */
public class GroupMembershipDeletedEvent {
}
