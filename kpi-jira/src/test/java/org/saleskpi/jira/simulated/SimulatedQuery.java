package org.saleskpi.jira.simulated;

import com.atlassian.query.Query;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** A parsed query of the simulated Jira: its JQL text and what it selects. */
final class SimulatedQuery implements Query {
    private final String jql;
    private final Predicate<StoredIssue> selects;
    private final Optional<Set<Long>> ids;

    SimulatedQuery(String jql, SimulatedJql.Selection selection) {
        this.jql = jql;
        this.selects = selection.selects();
        this.ids = selection.ids();
    }

    /** The only ids the query can select, when its JQL says so. */
    Optional<Set<Long>> ids() {
        return ids;
    }

    String jql() {
        return jql;
    }

    Predicate<StoredIssue> selects() {
        return selects;
    }

    @Override
    public String toString() {
        return jql;
    }
}
