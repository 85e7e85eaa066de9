package org.saleskpi.core.issue;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;
import org.saleskpi.core.user.UserRef;

/**
 * What a computation asks an {@link IssueSource} for: the issues matching {@code jql} that
 * {@code user} may browse, with only {@code columns} loaded, dates local to {@code zone}, and the
 * changes of the {@code history} columns when a figure needs a past state (empty: no history read).
 */
public record IssueQuery(String jql, UserRef user, Set<Column> columns, ZoneId zone, Set<Column> history) {
    public IssueQuery {
        Objects.requireNonNull(jql, "jql");
        Objects.requireNonNull(user, "user");
        columns = Set.copyOf(columns);
        Objects.requireNonNull(zone, "zone");
        history = Set.copyOf(history);
    }

    /** A query of current values only. */
    public IssueQuery(String jql, UserRef user, Set<Column> columns, ZoneId zone) {
        this(jql, user, columns, zone, Set.of());
    }

    public boolean wantsHistory() {
        return !history.isEmpty();
    }
}
