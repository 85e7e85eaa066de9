package org.saleskpi.core.index;

import java.util.Collection;
import java.util.List;
import org.saleskpi.core.history.IssueHistory;

/**
 * Port: where the store hands what it holds, so a reader of issues (the in-memory index) stays in
 * step with the tables. Fields are always defined before issues that use them arrive.
 */
public interface IssueSink {

    /** A sink that keeps nothing, for hosts without an index (the command line import). */
    IssueSink NONE = new IssueSink() {
        @Override
        public void defineField(CustomField field) {
        }

        @Override
        public void upsert(Collection<IndexedIssue> issues) {
        }

        @Override
        public void remove(Collection<String> keys) {
        }
    };

    void defineField(CustomField field);

    /** Adds the issues, replacing any held under the same key. */
    void upsert(Collection<IndexedIssue> issues);

    /**
     * Adds the issues, replacing any held under the same key, each with its whole history as the store records it
     * now ({@code histories.get(i)} is {@code issues.get(i)}'s; an unknown one for an issue whose past the store does
     * not know). A sink that holds no history keeps the issues alone.
     */
    default void upsert(List<IndexedIssue> issues, List<IssueHistory> histories) {
        upsert(issues);
    }

    /** Forgets the issues with these keys (deleted from the store); keys not held are ignored. */
    void remove(Collection<String> keys);
}
