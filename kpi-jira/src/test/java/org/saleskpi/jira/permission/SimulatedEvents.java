package org.saleskpi.jira.permission;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Jira's event publisher in memory: an event goes to every registered public method annotated
 * {@link EventListener} whose one parameter the event is an instance of (atlassian-event's contract, its
 * EventPublisher javadoc), synchronously.
 */
public final class SimulatedEvents implements EventPublisher {
    private final List<Object> listeners = new CopyOnWriteArrayList<>();

    @Override
    public void publish(Object event) {
        for (Object listener : listeners) {
            for (Method method : listener.getClass().getMethods()) {
                if (method.isAnnotationPresent(EventListener.class) && method.getParameterCount() == 1
                        && method.getParameterTypes()[0].isInstance(event)) {
                    invoke(listener, method, event);
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

    public List<Object> listeners() {
        return List.copyOf(listeners);
    }

    private static void invoke(Object listener, Method method, Object event) {
        try {
            method.invoke(listener, event);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(method + " failed on " + event, e);
        }
    }
}
