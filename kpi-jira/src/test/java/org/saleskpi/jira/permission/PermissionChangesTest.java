package org.saleskpi.jira.permission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import com.atlassian.crowd.event.group.GroupMembershipDeletedEvent;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.cluster.ClusterMessagingService;
import com.atlassian.jira.event.permission.PermissionDeletedEvent;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.testing.HandClock;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.jira.permission.SimulatedPermissions.Grant;
import org.saleskpi.jira.simulated.SimulatedCluster;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.support.GenericApplicationContext;

class PermissionChangesTest {
    private static final UserRef BOB = new UserRef("bob", "Bob");

    private final SimulatedPermissions jira = new SimulatedPermissions().user("bob").group("sales", "bob")
            .project("SALES", Grant.group("sales"));
    private final SimulatedEvents events = new SimulatedEvents();
    private final JiraVisibilityPolicy policy =
            jira.policy(new HandClock(Instant.parse("2026-12-05T10:00:00Z")));

    @Test
    void aGroupMembershipEventMakesTheNextRequestSeeTheChange() {
        new PermissionChanges(events, new SimulatedCluster().node("single"), policy);
        assertThat(policy.of(BOB, List.of("SALES")).projects()).containsExactly("SALES");
        jira.removeFromGroup("sales", "bob");

        events.publish(new Object());
        assertThat(policy.of(BOB, List.of("SALES")).projects()).containsExactly("SALES");
        events.publish(new GroupMembershipDeletedEvent());
        assertThat(policy.of(BOB, List.of("SALES")).projects()).isEmpty();
    }

    @Test
    void eventsAreKnownByTheirClassOrASuperclass() {
        assertThat(PermissionChanges.announcesChange(PermissionDeletedEvent.class)).isTrue();
        assertThat(PermissionChanges.announcesChange(new PermissionDeletedEvent() { }.getClass())).isTrue();
        assertThat(PermissionChanges.announcesChange(String.class)).isFalse();
        assertThat(PermissionChanges.CHANGES).allMatch(name -> name.startsWith("com.atlassian.jira.event.")
                || name.startsWith("com.atlassian.crowd.event.group."));
    }

    /** The event on one node reaches the other's cached answers through one short cluster message. */
    @Test
    void aChangeHeardOnOneNodeIsForgottenOnTheOtherWhenItsMessageArrives() {
        SimulatedCluster cluster = new SimulatedCluster();
        SimulatedEvents onB = new SimulatedEvents();
        JiraVisibilityPolicy policyB = jira.policy(new HandClock(Instant.parse("2026-12-05T10:00:00Z")));
        new PermissionChanges(events, cluster.node("a"), policy);
        new PermissionChanges(onB, cluster.node("b"), policyB);
        assertThat(policyB.of(BOB, List.of("SALES")).projects()).containsExactly("SALES");
        jira.removeFromGroup("sales", "bob");

        events.publish(new GroupMembershipDeletedEvent());
        // B heard nothing yet: its answer stands until the message is read.
        assertThat(policyB.of(BOB, List.of("SALES")).projects()).containsExactly("SALES");
        assertThat(cluster.sent()).containsExactly("SalesKpiVisibility:forget");
        assertThat(cluster.deliver()).isEqualTo(1);

        assertThat(policyB.of(BOB, List.of("SALES")).projects()).isEmpty();
        // A message B receives is not sent on again, and an unrelated event sends nothing.
        events.publish(new Object());
        assertThat(cluster.sent()).hasSize(1);
        assertThat(PermissionChanges.CHANNEL).hasSizeLessThanOrEqualTo(20).matches("[A-Za-z0-9]+");
    }

    /** The plugin's Spring context registers the listener on creation and unregisters it when it closes. */
    @Test
    void thePluginContextUnregistersTheListenerWhenItCloses() {
        EventPublisher publisher = mock(EventPublisher.class);
        ClusterMessagingService cluster = mock(ClusterMessagingService.class);
        GenericApplicationContext context = new GenericApplicationContext();
        context.getBeanFactory().registerSingleton("policy", policy);
        context.getBeanFactory().registerSingleton("events", publisher);
        context.getBeanFactory().registerSingleton("cluster", cluster);
        RootBeanDefinition bean = new RootBeanDefinition(PermissionChanges.class);
        bean.setAutowireMode(RootBeanDefinition.AUTOWIRE_CONSTRUCTOR);
        context.registerBeanDefinition("permissionChanges", bean);
        context.refresh();
        PermissionChanges listener = context.getBean(PermissionChanges.class);
        verify(publisher).register(listener);
        verify(cluster).registerListener(PermissionChanges.CHANNEL, listener);

        context.close();

        verify(publisher).unregister(listener);
        verify(cluster).unregisterListener(PermissionChanges.CHANNEL, listener);
    }
}
