/*
 * Compile-only stub of com.atlassian.event.api.EventPublisher (interface, atlassian-event, the API package "kept
 * backward compatible between major releases") for Jira 11.3 and 10.3; never packaged. Only register(Object) and
 * unregister(Object).
 * VERIFIED in atlassian-event's source as shipped with Jira 5.1.1 (filipenkov/SampleTracking@ce920f3,
 * JiraPlugins/atlassian-jira-5.1.1-source/atlassian-event/src/main/java/com/atlassian/event/api/EventPublisher.java)
 * and in the atlassian-event 6.0.1 javadoc of EventPublisherImpl (register, unregister, publish, unregisterAll).
 * Which atlassian-event version Jira 10.3 and 11.3 ship: UNVERIFIED.
 */
package com.atlassian.event.api;

public interface EventPublisher {
    void publish(Object event);

    void register(Object listener);

    void unregister(Object listener);
}
