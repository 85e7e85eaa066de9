package org.saleskpi.server.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.saleskpi.server.cluster.NodesInOneJvm.EDITOR;
import static org.saleskpi.server.cluster.NodesInOneJvm.amountOf;
import static org.saleskpi.server.cluster.NodesInOneJvm.contents;
import static org.saleskpi.server.cluster.NodesInOneJvm.deal;
import static org.saleskpi.server.cluster.NodesInOneJvm.waitUntil;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.saleskpi.server.cluster.NodesInOneJvm.Node;
import org.saleskpi.core.index.CustomField;
import org.saleskpi.core.index.IndexedIssue;
import org.saleskpi.core.index.IssueSink;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.server.issues.IssueStore;
import org.saleskpi.store.Database;

/**
 * Two nodes in one JVM on one embedded PostgreSQL, each with its own store and index, as two servers would have:
 * what one writes, the other's index holds after the feed catches up.
 */
class TwoNodesInOneJvmTest {
    @RegisterExtension
    final NodesInOneJvm nodes = new NodesInOneJvm();

    @Test
    void writesDeletionsAndNewFieldsOfOneNodeReachTheOther() throws Exception {
        DataSource database = Database.POSTGRES.openDataSource();
        Node a = node(database);
        Node b = node(database);
        CustomField amount = a.store.defineField("Amount", FieldType.NUMBER);

        a.store.save(List.of(deal("SALES-1", amount, "100"), deal("SALES-2", amount, "200")), EDITOR);
        waitUntil(() -> b.index.size() == 2);
        assertThat(b.index.get("SALES-1")).isEqualTo(a.index.get("SALES-1"));
        assertThat(b.index.fields()).contains(amount);

        b.store.save(List.of(deal("SALES-1", amount, "150")), EDITOR);
        waitUntil(() -> amountOf(a.index, "SALES-1").equals(new BigDecimal("150")));

        a.store.deleteIssues(List.of("SALES-2"));
        waitUntil(() -> b.index.get("SALES-2").isEmpty());
        assertThat(contents(a.index)).isEqualTo(contents(b.index)).containsOnlyKeys("SALES-1");
    }

    @Test
    void aWriteWhoseNotificationIsLostArrivesByTheCatchUp() throws Exception {
        DataSource database = Database.POSTGRES.openDataSource();
        Node b = node(database);
        // A writer that numbers its writes but never notifies: only the periodic catch-up can find them.
        ChangeSequence silent = new ChangeSequence(database, "silent-node", false);
        IssueStore writer = new IssueStore(database, IssueSink.NONE, silent);
        CustomField amount = writer.defineField("Amount", FieldType.NUMBER);
        long before = b.node.feed().orElseThrow().applied();

        writer.save(List.of(deal("SALES-7", amount, "70")), EDITOR);

        waitUntil(() -> b.index.get("SALES-7").isPresent());
        assertThat(b.node.feed().orElseThrow().applied()).isEqualTo(before + 1);
        assertThat(amountOf(b.index, "SALES-7")).isEqualByComparingTo("70");
    }

    @Test
    void aNodeStartedLaterLoadsWhatIsStoredThenFollows() throws Exception {
        DataSource database = Database.POSTGRES.openDataSource();
        Node a = node(database);
        CustomField amount = a.store.defineField("Amount", FieldType.NUMBER);
        List<IndexedIssue> first = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            first.add(deal("SALES-" + i, amount, Integer.toString(i)));
        }
        a.store.save(first, EDITOR);

        Node late = node(database);
        assertThat(late.index.size()).isEqualTo(40);
        a.store.save(List.of(deal("SALES-41", amount, "41")), EDITOR);
        waitUntil(() -> late.index.size() == 41);
        assertThat(contents(late.index)).isEqualTo(contents(a.index));
    }

    @Test
    void writersOnBothNodesAtOnceLeaveBothIndexesEqualToTheTables() throws Exception {
        DataSource database = Database.POSTGRES.openDataSource();
        Node a = node(database);
        Node b = node(database);
        CustomField amount = a.store.defineField("Amount", FieldType.NUMBER);
        waitUntil(() -> b.store.field("Amount").isPresent());
        ExecutorService writers = Executors.newFixedThreadPool(2);
        try {
            // Both write the same ten keys, so each index sees the other's writes interleaved with its own.
            List<Future<?>> done = new ArrayList<>();
            for (Node node : List.of(a, b)) {
                done.add(writers.submit(() -> {
                    for (int i = 0; i < 60; i++) {
                        node.store.save(List.of(deal("SALES-" + (i % 10), amount,
                                Integer.toString(i) + (node == a ? "1" : "2"))), EDITOR);
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            writers.shutdown();
        }
        Map<String, IndexedIssue> stored = new TreeMap<>(a.store.find(contents(a.index).keySet()));
        a.node.feed().orElseThrow().catchUp();
        b.node.feed().orElseThrow().catchUp();

        assertThat(stored).hasSize(10);
        assertThat(contents(a.index)).isEqualTo(stored);
        assertThat(contents(b.index)).isEqualTo(stored);
    }

    @Test
    void aWriteThatRollsBackTakesNoNumber() {
        for (Database kind : List.of(Database.H2_MEMORY, Database.POSTGRES)) {
            DataSource database = kind.openDataSource();
            ChangeSequence sequence = new ChangeSequence(database, "node-a", kind == Database.POSTGRES);
            sequence.createSchema();
            IssueStore store = new IssueStore(database, IssueSink.NONE, sequence);
            store.createSchema();
            CustomField amount = store.defineField("Amount", FieldType.NUMBER);
            store.save(List.of(deal("SALES-1", amount, "1")), EDITOR);
            assertThat(sequence.head()).as(kind.name()).isEqualTo(1);

            assertThatThrownBy(() -> store.applySyncPage(1, List.of(), connection -> {
                throw new SQLException("the checkpoint failed");
            })).isInstanceOf(IllegalStateException.class);
            store.deleteIssues(List.of("SALES-1"));

            // The failed page numbered nothing; the deletion is write 2.
            assertThat(sequence.head()).as(kind.name()).isEqualTo(2);
            assertThat(new ChangeSequence(database, "node-b", false).othersKeys(0, 2)).containsExactly("SALES-1");
            assertThat(sequence.othersKeys(0, 2)).as("a node skips its own writes").isEmpty();
        }
    }

    @Test
    void anAdvisoryLockIsHeldByOneNodeAndFreedWhenItsConnectionDies() throws Exception {
        DataSource database = Database.POSTGRES.openDataSource();
        ClusterLock a = ClusterLock.over(database, true);
        ClusterLock b = ClusterLock.over(database, true);

        ClusterLock.Held held = a.tryAcquire("sync:1").orElseThrow();
        assertThat(b.tryAcquire("sync:1")).isEmpty();
        assertThat(a.tryAcquire("sync:1")).as("a second holder on the same node too").isEmpty();
        try (ClusterLock.Held other = b.tryAcquire("sync:2").orElseThrow()) {
            assertThat(other).isNotNull();
        }
        held.close();
        ClusterLock.Held byB = b.tryAcquire("sync:1").orElseThrow();

        // B's connection ends (its node was killed): PostgreSQL frees the lock.
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory'"
                    + " AND classid = " + AdvisoryLock.APP + " AND objid = "
                    + Integer.toUnsignedLong(AdvisoryLock.key("sync:1")));
        }
        waitUntil(() -> a.tryAcquire("sync:1").map(lock -> {
            lock.close();
            return true;
        }).orElse(false));
        byB.close(); // its connection is gone: releasing logs and does nothing
    }

    @Test
    void onH2TheLockIsThisJvms() {
        ClusterLock local = ClusterLock.over(Database.H2_MEMORY.openDataSource(), false);
        ClusterLock.Held held = local.tryAcquire("import").orElseThrow();
        assertThat(local.tryAcquire("import")).isEmpty();
        held.close();
        held.close();
        assertThat(local.tryAcquire("import")).isPresent();
    }

    private Node node(DataSource database) {
        return nodes.node(database, Duration.ofMillis(200));
    }
}
