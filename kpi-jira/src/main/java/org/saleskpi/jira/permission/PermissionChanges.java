package org.saleskpi.jira.permission;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.cluster.ClusterMessageConsumer;
import com.atlassian.jira.cluster.ClusterMessagingService;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forgets the cached visibilities when Jira announces a change of who may see what: permission grants and
 * schemes, project role members, group memberships, issue security levels and schemes, and Jira's "clear all
 * caches". Registered with Jira's event publisher when the plugin's context creates it, unregistered when the
 * context closes it (Spring destroys {@link AutoCloseable} singletons); the plugin system does not unregister a
 * plugin's listeners by itself (Jira Software javadoc of com.atlassian.greenhopper.EventListenerRegistry, 6.1.3.1).
 *
 * <p>The events are matched by class name rather than by typed listener methods: most of them are {@code @Internal}
 * in Jira, and a listener method whose parameter class a Jira version lacks would fail the whole registration. A
 * listener of {@code Object} receives every event (atlassian-event 6.0.1 javadoc of EventPublisherImpl.publish:
 * "finally all listeners for java.lang.Object are invoked"). Events are published on the node where the change
 * happened only, and Jira 6 publishes none when a grant is removed from a security level
 * (IssueSecuritySchemeManagerImpl.createSchemeEntityDeletedEvent returns null): there the cache's time to live
 * bounds how long a user keeps seeing what they lost.
 *
 * <p>Across a cluster: the node that hears such an event tells the other nodes through Jira's cluster messages
 * ({@link #CHANNEL}), and each of them forgets its own cached visibilities when the message arrives (ADR 0032). The
 * message is not the only way there: a lost or late one leaves the other nodes on the time to live, as before.
 * Registered on the channel with the event listener and unregistered with it; this bean holds the consumer, since
 * Jira holds it weakly (ClusterMessagingService javadoc, jira-api 6.3+).
 */
public final class PermissionChanges implements AutoCloseable, ClusterMessageConsumer {
    /**
     * The channel of "forget the visibilities" messages: alphanumeric and at most 20 characters, as
     * ClusterMessagingService.sendRemote asks (its javadoc; Jira 6's OfBizMessageHandlerService refuses longer).
     */
    public static final String CHANNEL = "SalesKpiVisibility";
    /** The whole message: there is nothing more to say than "forget". */
    static final String FORGET = "forget";
    private static final Logger LOG = LoggerFactory.getLogger(PermissionChanges.class);

    /**
     * Jira's classes: Jira 6 source (turgaycelik/mysource@ee01e28, jira-api com/atlassian/jira/event/...), each
     * published by jira-core's scheme, permission, role and issue security managers there; still present in 10/11:
     * UNVERIFIED. Crowd's group events: Crowd 4.0.0 and 6.2.0 javadoc (com.atlassian.crowd.event.group), published
     * on Jira's event publisher (Jira 6's AuditingEventListener listens to them).
     */
    static final Set<String> CHANGES = Set.of(
            "com.atlassian.jira.event.ClearCacheEvent",
            "com.atlassian.jira.event.permission.PermissionAddedEvent",
            "com.atlassian.jira.event.permission.PermissionDeletedEvent",
            "com.atlassian.jira.event.permission.PermissionSchemeAddedToProjectEvent",
            "com.atlassian.jira.event.permission.PermissionSchemeRemovedFromProjectEvent",
            "com.atlassian.jira.event.permission.PermissionSchemeUpdatedEvent",
            "com.atlassian.jira.event.permission.PermissionSchemeDeletedEvent",
            "com.atlassian.jira.event.role.ProjectRoleUpdatedEvent",
            "com.atlassian.jira.event.role.ProjectRoleDeletedEvent",
            "com.atlassian.jira.event.issue.security.IssueSecurityLevelAddedEvent",
            "com.atlassian.jira.event.issue.security.IssueSecurityLevelDeletedEvent",
            "com.atlassian.jira.event.issue.security.IssueSecuritySchemeAddedToProjectEvent",
            "com.atlassian.jira.event.issue.security.IssueSecuritySchemeRemovedFromProjectEvent",
            "com.atlassian.jira.event.issue.security.IssueSecuritySchemeUpdatedEvent",
            "com.atlassian.jira.event.issue.security.IssueSecuritySchemeDeletedEvent",
            "com.atlassian.crowd.event.group.GroupMembershipCreatedEvent",
            "com.atlassian.crowd.event.group.GroupMembershipsCreatedEvent",
            "com.atlassian.crowd.event.group.GroupMembershipDeletedEvent",
            "com.atlassian.crowd.event.group.GroupDeletedEvent");

    private final EventPublisher events;
    private final ClusterMessagingService cluster;
    private final JiraVisibilityPolicy policy;

    public PermissionChanges(EventPublisher events, ClusterMessagingService cluster, JiraVisibilityPolicy policy) {
        this.events = Objects.requireNonNull(events, "events");
        this.cluster = Objects.requireNonNull(cluster, "cluster");
        this.policy = Objects.requireNonNull(policy, "policy");
        events.register(this);
        cluster.registerListener(CHANNEL, this);
    }

    @EventListener
    public void onEvent(Object event) {
        if (announcesChange(event.getClass())) {
            policy.forgetAll();
            tellOtherNodes();
        }
    }

    /** Another node heard a change: this node's answers may be stale too. */
    @Override
    public void receive(String channel, String message, String senderId) {
        if (CHANNEL.equals(channel) && FORGET.equals(message)) {
            policy.forgetAll();
        }
    }

    /** A message that cannot be sent must not fail the change that was made: the time to live still bounds it. */
    private void tellOtherNodes() {
        try {
            cluster.sendRemote(CHANNEL, FORGET);
        } catch (RuntimeException e) {
            LOG.warn("Could not tell the other nodes that permissions changed; they see it within {} s",
                    JiraVisibilityPolicy.DEFAULT_TIME_TO_LIVE.toSeconds(), e);
        }
    }

    /** The class or one of its superclasses is a change (a subclass a later Jira adds still counts). */
    static boolean announcesChange(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (CHANGES.contains(c.getName())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        cluster.unregisterListener(CHANNEL, this);
        events.unregister(this);
    }
}
