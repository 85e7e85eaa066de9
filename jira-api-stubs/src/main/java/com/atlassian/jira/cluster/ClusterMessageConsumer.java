/*
 * Compile-only stub of com.atlassian.jira.cluster.ClusterMessageConsumer (interface, jira-api, @ExperimentalSpi, since
 * 6.3) for Jira 11.3 and 10.3; never packaged. kpi-jira implements it.
 * VERIFIED for Jira 6.3+: void receive(String channel, String message, String senderId), the Jira 6 jira-api source
 * (turgaycelik/mysource@ee01e28, jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/cluster/
 * ClusterMessageConsumer.java); implemented the same way by atlascommunity/jira-plugins-groovy@fe97d00
 * (ModuleReplicationService.java).
 * UNVERIFIED for 10/11: that the SPI is unchanged (no later source found).
 */
package com.atlassian.jira.cluster;

public interface ClusterMessageConsumer {
    void receive(String channel, String message, String senderId);
}
