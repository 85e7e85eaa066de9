package org.saleskpi.server.cluster;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.saleskpi.core.index.CustomField;
import org.saleskpi.core.index.IndexedIssue;
import org.saleskpi.core.index.IssueIndex;
import org.saleskpi.core.issue.FieldValue;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.StatusCategory;
import org.saleskpi.server.issues.IssueStore;
import org.saleskpi.server.issues.IssueWrite;
import org.saleskpi.server.progress.Progress;

/**
 * Nodes in this JVM on one database, each with its own store and index as a server has, closed after each test
 * (register it with {@code @RegisterExtension}); and the deals they write and how their indexes are compared.
 */
final class NodesInOneJvm implements AfterEachCallback {
    static final Instant T = Instant.parse("2026-11-02T09:00:00Z");
    static final IssueWrite EDITOR = IssueWrite.by("editor", T.plusSeconds(60));

    private final List<AutoCloseable> closing = new ArrayList<>();

    /** A node of its own id, loaded from what is stored, catching up every {@code catchUp}. */
    Node node(DataSource database, Duration catchUp) {
        return loaded(new ClusterNode(database, catchUp));
    }

    /** As {@link #node(DataSource, Duration)}; the sequence's rows wait only for nodes heard from within {@code window}. */
    Node node(DataSource database, Duration catchUp, Duration window) {
        return loaded(new ClusterNode(database, catchUp, window));
    }

    private Node loaded(ClusterNode node) {
        IssueIndex index = new IssueIndex();
        IssueStore store = node.store(index);
        store.createSchema();
        node.load(store, index, Progress.NONE);
        closing.add(node);
        return new Node(node, store, index);
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        for (AutoCloseable closeable : closing) {
            closeable.close();
        }
        closing.clear();
    }

    /** A node in this JVM with its store and index. */
    static final class Node {
        final ClusterNode node;
        final IssueStore store;
        final IssueIndex index;

        Node(ClusterNode node, IssueStore store, IssueIndex index) {
            this.node = node;
            this.store = store;
            this.index = index;
        }
    }

    /** An open deal of SALES created at {@link #T} with this amount. */
    static IndexedIssue deal(String key, CustomField amount, String value) {
        return new IndexedIssue(IssueRecord.builder(key, "SALES").type("Deal").status("Open", StatusCategory.TO_DO)
                .created(T).updated(T).field(amount.id(), FieldValue.number(new BigDecimal(value))).build(),
                "Deal " + key, "", Set.of());
    }

    /** The amount of the deal the index holds under {@code key}, zero when it holds none. */
    static BigDecimal amountOf(IssueIndex index, String key) {
        return index.get(key).map(issue -> issue.record().fields().values().iterator().next())
                .map(value -> ((FieldValue.NumberValue) value).value()).orElse(BigDecimal.ZERO);
    }

    /** The index's issues SALES-0 to SALES-99 by key, to compare two indexes. */
    static Map<String, IndexedIssue> contents(IssueIndex index) {
        Map<String, IndexedIssue> all = new TreeMap<>();
        for (int i = 0; i < 100; i++) {
            index.get("SALES-" + i).ifPresent(issue -> all.put(issue.key(), issue));
        }
        return all;
    }

    /** Waits until {@code condition} holds; fails after 10 s. */
    static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        Eventually.within(condition);
    }
}
