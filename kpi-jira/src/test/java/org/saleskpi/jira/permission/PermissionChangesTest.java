package org.saleskpi.jira.permission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import com.atlassian.crowd.event.group.GroupMembershipDeletedEvent;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.permission.PermissionDeletedEvent;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.testing.HandClock;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.jira.permission.SimulatedPermissions.Grant;
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
        new PermissionChanges(events, policy);
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

    /** The plugin's Spring context registers the listener on creation and unregisters it when it closes. */
    @Test
    void thePluginContextUnregistersTheListenerWhenItCloses() {
        EventPublisher publisher = mock(EventPublisher.class);
        GenericApplicationContext context = new GenericApplicationContext();
        context.getBeanFactory().registerSingleton("policy", policy);
        context.getBeanFactory().registerSingleton("events", publisher);
        RootBeanDefinition bean = new RootBeanDefinition(PermissionChanges.class);
        bean.setAutowireMode(RootBeanDefinition.AUTOWIRE_CONSTRUCTOR);
        context.registerBeanDefinition("permissionChanges", bean);
        context.refresh();
        PermissionChanges listener = context.getBean(PermissionChanges.class);
        verify(publisher).register(listener);

        context.close();

        verify(publisher).unregister(listener);
    }
}
