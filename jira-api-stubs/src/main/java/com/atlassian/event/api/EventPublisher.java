/*
 * Compile-only stub of com.atlassian.event.api.EventPublisher (interface, atlassian-event) for Jira 11.3 and 10.3;
 * never packaged. Members: void publish(Object), void register(Object), void unregister(Object), void unregisterAll().
 * VERIFIED in use: Atlassian's own Slack app registers its listeners with register(this) and unregisters them with
 * unregister(this) when its beans are destroyed (atlassian-labs/atlassian-slack-integration-server, 
 * slack-server-integration-common/.../util/AutoSubscribingEventListener.java, at b21ee3e (Jira 10.7) and at 94c50dc
 * (Jira 11)); publish(Object) in its SlackPluginLauncher. Imported as a component by that app (@Autowired constructor
 * parameter) and by public Jira listener plugins.
 * UNVERIFIED: unregisterAll() (from memory; never called by kpi-jira), and a Jira 10/11 javadoc page of atlassian-event.
 */
package com.atlassian.event.api;

public interface EventPublisher {
    void publish(Object event);

    void register(Object listener);

    void unregister(Object listener);

    void unregisterAll();
}
