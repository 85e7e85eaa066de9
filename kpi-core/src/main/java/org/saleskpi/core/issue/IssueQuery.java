package org.saleskpi.core.issue;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;
import org.saleskpi.core.user.UserRef;

/**
 * What a computation asks an {@link IssueSource} for: the issues matching {@code jql} that
 * {@code user} may browse, with only {@code columns} loaded, dates local to {@code zone}.
 */
public record IssueQuery(String jql, UserRef user, Set<Column> columns, ZoneId zone) {
    public IssueQuery {
        Objects.requireNonNull(jql, "jql");
        Objects.requireNonNull(user, "user");
        columns = Set.copyOf(columns);
        Objects.requireNonNull(zone, "zone");
    }
}
