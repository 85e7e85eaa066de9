package org.saleskpi.server.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.saleskpi.server.cluster.NodesInOneJvm.EDITOR;
import static org.saleskpi.server.cluster.NodesInOneJvm.amountOf;
import static org.saleskpi.server.cluster.NodesInOneJvm.contents;
import static org.saleskpi.server.cluster.NodesInOneJvm.deal;
import static org.saleskpi.server.cluster.NodesInOneJvm.waitUntil;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.saleskpi.core.index.CustomField;
import org.saleskpi.core.index.IssueIndex;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.server.issues.IssueStore;
import org.saleskpi.server.progress.Progress;
import org.saleskpi.store.Database;

/**
 * The write sequence keeps only what some node still needs: rows every node has applied are deleted, a node that is
 * heard from holds back the rows it has not applied, and a node not heard from for longer than the window no longer
 * does, finds the rows it needed gone when it returns, and reads its whole index again instead of missing writes.
 */
class WriteSequencePruningTest {
    private static final Duration CATCH_UP = Duration.ofMillis(100);

    @RegisterExtension
    final NodesInOneJvm nodes = new NodesInOneJvm();

    @Test
    void rowsEveryNodeHasAppliedArePrunedAndANodeBehindHoldsBackTheRest() throws Exception {
        DataSource database = Database.POSTGRES.openDataSource();
        Node a = node(database, Duration.ofMinutes(5));
        Node b = node(database, Duration.ofMinutes(5));
        CustomField amount = a.store.defineField("Amount", FieldType.NUMBER);
        for (int i = 1; i <= 5; i++) {
            a.store.save(List.of(deal("SALES-" + i, amount, String.valueOf(i))), EDITOR);
        }
        waitUntil(() -> b.index.size() == 5);
        // Both nodes have applied write 5 and said so; the next catch-up of either prunes up to it.
        waitUntil(() -> rows(database, "SELECT COUNT(*) FROM SK.WRITE_SEQ") == 0);
        assertThat(a.followers.pruned()).isEqualTo(5);

        // A third node joins and is heard from, but applies nothing more: the rows after its number stay.
        SequenceFollowers slow = new SequenceFollowers(database, "slow", Duration.ofMinutes(5));
        assertThat(slow.join()).isEqualTo(5);
        for (int i = 6; i <= 8; i++) {
            a.store.save(List.of(deal("SALES-" + i, amount, String.valueOf(i))), EDITOR);
        }
        waitUntil(() -> b.index.size() == 8);
        b.node.feed().orElseThrow().catchUp();
        assertThat(rows(database, "SELECT COUNT(DISTINCT SEQ) FROM SK.WRITE_SEQ")).isEqualTo(3);
        assertThat(a.followers.pruned()).isEqualTo(5);

        // Once it has applied them, or left, they go.
        slow.applied(7);
        waitUntil(() -> rows(database, "SELECT MIN(SEQ) FROM SK.WRITE_SEQ") == 8);
        slow.leave();
        waitUntil(() -> rows(database, "SELECT COUNT(*) FROM SK.WRITE_SEQ") == 0);
        assertThat(a.followers.pruned()).isEqualTo(8);
    }

    @Test
    void aNodeUnheardForLongerThanTheWindowReadsItsWholeIndexAgainInsteadOfMissingWrites() throws Exception {
        DataSource database = Database.POSTGRES.openDataSource();
        Duration window = Duration.ofSeconds(2);
        Node a = node(database, window);
        CustomField amount = a.store.defineField("Amount", FieldType.NUMBER);
        a.store.save(List.of(deal("SALES-1", amount, "1"), deal("SALES-2", amount, "2"), deal("SALES-3", amount, "3")),
                EDITOR);
        // B loads, then stops being heard from: its feed does not run (a long pause, a cut-off connection).
        ChangeSequence sequenceB = new ChangeSequence(database, "b", true);
        IssueIndex indexB = new IssueIndex();
        IssueStore storeB = new IssueStore(database, indexB, sequenceB);
        SequenceFollowers followersB = new SequenceFollowers(database, "b", window);
        long loadedAt = followersB.join();
        storeB.loadInto(indexB, Progress.NONE);
        ClusterFeed feedB = new ClusterFeed(database, sequenceB, followersB, storeB, indexB, loadedAt, CATCH_UP);
        assertThat(contents(indexB)).containsOnlyKeys("SALES-1", "SALES-2", "SALES-3");

        a.store.save(List.of(deal("SALES-2", amount, "20"), deal("SALES-4", amount, "4")), EDITOR);
        a.store.deleteIssues(List.of("SALES-3"));
        CustomField stage = a.store.defineField("Stage", FieldType.TEXT);
        a.store.save(List.of(deal("SALES-5", amount, "5")), EDITOR);
        long head = sequenceB.head();
        // A prunes everything once B has been silent for longer than the window: B can no longer learn from the rows.
        waitUntil(() -> a.followers.pruned() == head);
        assertThat(rows(database, "SELECT COUNT(*) FROM SK.WRITE_SEQ WHERE SEQ > " + loadedAt)).isZero();

        assertThat(feedB.catchUp()).isEqualTo(head);

        assertThat(contents(indexB)).isEqualTo(contents(a.index))
                .containsOnlyKeys("SALES-1", "SALES-2", "SALES-4", "SALES-5");
        assertThat(amountOf(indexB, "SALES-2")).isEqualByComparingTo("20");
        assertThat(indexB.fields()).contains(stage);
        assertThat(feedB.wholeReloads()).isEqualTo(1);

        // Heard from again, B follows the rows as before.
        a.store.save(List.of(deal("SALES-6", amount, "6")), EDITOR);
        assertThat(feedB.catchUp()).isEqualTo(head + 1);
        assertThat(feedB.wholeReloads()).isEqualTo(1);
        assertThat(contents(indexB)).isEqualTo(contents(a.index));
    }

    private Node node(DataSource database, Duration window) {
        NodesInOneJvm.Node node = nodes.node(database, CATCH_UP, window);
        return new Node(node.node, node.store, node.index, new SequenceFollowers(database, node.node.id(), window));
    }

    /** A node in this JVM, and a view of the sequence's pruning mark. */
    private record Node(ClusterNode node, IssueStore store, IssueIndex index, SequenceFollowers followers) {
    }

    private static long rows(DataSource database, String sql) {
        try (Connection connection = database.getConnection(); PreparedStatement query = connection.prepareStatement(sql);
                ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
