package org.saleskpi.jira.simulated;

import com.atlassian.jira.cluster.ClusterMessageConsumer;
import com.atlassian.jira.cluster.ClusterMessagingService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Jira's cluster messages between simulated nodes, as Jira 6's OfBizMessageHandlerService gives them to plugins
 * (turgaycelik/mysource@ee01e28, jira-core): a message goes to the listeners of its channel on every node but the
 * sender's; a channel over 20 or a message over 200 characters is refused; messages wait until the receiving nodes
 * read them ({@link #deliver}, Jira's database poll every 3 seconds). A test can lose the messages in flight
 * ({@link #loseInFlight}), as a node that restarts or misses the poll would.
 */
public final class SimulatedCluster {
    static final int CHANNEL_MAX = 20;
    static final int MESSAGE_MAX = 200;

    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final List<Sent> inFlight = new CopyOnWriteArrayList<>();
    private final List<String> sent = new CopyOnWriteArrayList<>();

    private record Sent(String from, String channel, String message) {
    }

    /** The messaging service of node {@code name}, made on first use. */
    public ClusterMessagingService node(String name) {
        return nodes.computeIfAbsent(name, Node::new);
    }

    /** Hands every message in flight to the listeners of the other nodes; returns how many were read. */
    public int deliver() {
        List<Sent> now = new ArrayList<>(inFlight);
        inFlight.removeAll(now);
        for (Sent message : now) {
            for (Node node : List.copyOf(nodes.values())) {
                if (!node.name.equals(message.from())) {
                    node.receive(message);
                }
            }
        }
        return now.size();
    }

    /** Drops every message not yet delivered. */
    public void loseInFlight() {
        inFlight.clear();
    }

    /** Every message sent so far, as {@code channel:message}. */
    public List<String> sent() {
        return List.copyOf(sent);
    }

    private final class Node implements ClusterMessagingService {
        private final String name;
        private final Map<String, List<ClusterMessageConsumer>> listeners = new LinkedHashMap<>();

        Node(String name) {
            this.name = name;
        }

        @Override
        public synchronized void registerListener(String channel, ClusterMessageConsumer consumer) {
            listeners.computeIfAbsent(channel, c -> new CopyOnWriteArrayList<>()).add(consumer);
        }

        @Override
        public synchronized void unregisterListener(String channel, ClusterMessageConsumer consumer) {
            listeners.getOrDefault(channel, new ArrayList<>()).remove(consumer);
        }

        @Override
        public void sendRemote(String channel, String message) {
            Objects.requireNonNull(channel, "channel");
            if (channel.length() > CHANNEL_MAX || message.length() > MESSAGE_MAX) {
                throw new IllegalArgumentException("channel or message exceeds max length: " + channel);
            }
            sent.add(channel + ":" + message);
            inFlight.add(new Sent(name, channel, message));
        }

        private void receive(Sent message) {
            List<ClusterMessageConsumer> now;
            synchronized (this) {
                now = List.copyOf(listeners.getOrDefault(message.channel(), List.of()));
            }
            now.forEach(consumer -> consumer.receive(message.channel(), message.message(), message.from()));
        }
    }
}
