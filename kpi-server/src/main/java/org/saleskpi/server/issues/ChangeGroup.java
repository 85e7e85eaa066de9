package org.saleskpi.server.issues;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.saleskpi.core.history.Change;

/**
 * The changes one write made to one issue, as Jira groups them in a changelog entry: its number
 * within the issue (1 for the first write that changed something), when, by whom, and one change
 * per field.
 */
public record ChangeGroup(int number, Instant at, Optional<String> by, List<Change> changes) {
    public ChangeGroup {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
        changes = List.copyOf(changes);
    }
}
