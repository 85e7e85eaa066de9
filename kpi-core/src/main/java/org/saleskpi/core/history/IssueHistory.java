package org.saleskpi.core.history;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What a host knows of one issue's past: when it was created and its changes in time order (changes
 * at the same instant keep the order the host gave). An issue whose host records no history (a CSV
 * import of a Jira export) is {@linkplain #unknown unknown}, which is not the same as "never changed".
 */
public record IssueHistory(String key, Instant created, List<Change> changes, boolean known) {
    private static final Comparator<Change> BY_TIME = Comparator.comparing(Change::at);

    public IssueHistory {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(created, "created");
        // Hosts give changes in time order: a copy keeps them, a sort (stable) only when one is out of order.
        changes = inOrder(changes) ? List.copyOf(changes) : changes.stream().sorted(BY_TIME).toList();
        if (!known && !changes.isEmpty()) {
            throw new IllegalArgumentException(key + ": an unknown history has no changes");
        }
    }

    private static boolean inOrder(List<Change> changes) {
        Instant last = null;
        for (Change change : changes) {
            if (last != null && change.at().isBefore(last)) {
                return false;
            }
            last = change.at();
        }
        return true;
    }

    /** A recorded history (possibly without any change). */
    public static IssueHistory of(String key, Instant created, List<Change> changes) {
        return new IssueHistory(key, created, changes, true);
    }

    /** An issue whose past the host does not know. */
    public static IssueHistory unknown(String key, Instant created) {
        return new IssueHistory(key, created, List.of(), false);
    }
}
