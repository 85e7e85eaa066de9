package org.saleskpi.jira.sync;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.issue.Issue;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One node's event publisher: it calls, on the publishing thread, every public {@link EventListener} method of its
 * registered listeners whose parameter takes the event, as atlassian-event does. Events never cross to another node.
 */
final class NodeEvents implements EventPublisher {
    final List<Object> listeners = new ArrayList<>();

    @Override
    public void publish(Object event) {
        for (Object listener : List.copyOf(listeners)) {
            for (Method method : listener.getClass().getMethods()) {
                if (method.isAnnotationPresent(EventListener.class) && method.getParameterCount() == 1
                        && method.getParameterTypes()[0].isInstance(event)) {
                    try {
                        method.invoke(listener, event);
                    } catch (IllegalAccessException | InvocationTargetException e) {
                        throw new AssertionError(e);
                    }
                }
            }
        }
    }

    @Override
    public void register(Object listener) {
        listeners.add(listener);
    }

    @Override
    public void unregister(Object listener) {
        listeners.remove(listener);
    }

    /** The event Jira publishes for {@code issueId} on the node where it changed. */
    static IssueEvent issueEvent(long issueId, Long eventTypeId) {
        Issue issue = mock(Issue.class);
        when(issue.getId()).thenReturn(issueId);
        return new IssueEvent(issue, Map.of(), null, eventTypeId);
    }
}
