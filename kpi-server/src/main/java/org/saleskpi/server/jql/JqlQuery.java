package org.saleskpi.server.jql;

import java.util.List;
import java.util.Optional;

/** A parsed query: its condition (none means every issue) and its ORDER BY keys. */
public record JqlQuery(Optional<Clause> where, List<SortKey> orderBy) {
    public JqlQuery {
        orderBy = List.copyOf(orderBy);
    }

    /** One ORDER BY key. */
    public record SortKey(Clause.FieldName field, boolean descending) {
    }
}
