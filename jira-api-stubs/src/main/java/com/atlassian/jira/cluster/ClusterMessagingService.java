/*
 * Compile-only stub of com.atlassian.jira.cluster.ClusterMessagingService (interface, jira-api, @ExperimentalApi, since
 * 6.3) for Jira 11.3 and 10.3; never packaged. Only registerListener(String, ClusterMessageConsumer),
 * unregisterListener(String, ClusterMessageConsumer) and void sendRemote(String, String).
 * VERIFIED for Jira 6.3+: the Jira 6 jira-api source (turgaycelik/mysource@ee01e28,
 * jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/cluster/ClusterMessagingService.java) and the
 * public javadoc page docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/cluster/ClusterMessagingService.html:
 * listeners are weakly referenced (the caller keeps them alive); sendRemote reaches the listeners of the other nodes
 * only, never the sender's; the channel is "up to 20 alphanumeric characters", the message "up to 200 characters".
 * Behaviour in the Jira 6 source (jira-core OfBizMessageHandlerService): longer channels or messages are refused with
 * an exception; on a node that is not clustered sendRemote stores nothing; the other nodes read the message from the
 * database every 3 seconds; a node started later never sees earlier messages.
 * Known from use in a current public app: atlascommunity/jira-plugins-groovy@fe97d00,
 * src/main/java/ru/mail/jira/plugins/groovy/impl/jql/ModuleReplicationService.java (component-imports the service,
 * registers/unregisters on start/stop, sendRemote per change).
 * UNVERIFIED for 10/11: the erasures (unchanged in every source found), the 3-second delivery, the no-op when not
 * clustered, and the exception type for an over-long channel or message.
 */
package com.atlassian.jira.cluster;

public interface ClusterMessagingService {
    void registerListener(String channel, ClusterMessageConsumer consumer);

    void unregisterListener(String channel, ClusterMessageConsumer consumer);

    void sendRemote(String channel, String message);
}
