package org.saleskpi.core.jql;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** A parsed query: its condition (none means every issue) and its ORDER BY keys. */
public record JqlQuery(Optional<Clause> where, List<SortKey> orderBy) {
    public JqlQuery {
        orderBy = List.copyOf(orderBy);
    }

    /**
     * Whether the query selects the same issues whatever the moment and the user: no function
     * ({@code now()}, {@code currentUser()}, ...) and no relative date such as {@code -365d}.
     */
    public boolean isContextFree() {
        return terminals().allMatch(terminal -> isContextFree(terminal.operand()));
    }

    /** Whether a clause asks about past values (WAS and its kin), which the host's history answers. */
    public boolean readsHistory() {
        return terminals().anyMatch(terminal -> terminal.operator().readsHistory());
    }

    /** The query's {@code field operator operand} clauses, left to right, whatever their logic. */
    public Stream<Clause.Terminal> terminals() {
        return where.stream().flatMap(Clause::terminals);
    }

    private static boolean isContextFree(Operand operand) {
        if (operand instanceof Operand.Function) {
            return false;
        }
        if (operand instanceof Operand.Values values) {
            return values.values().stream().allMatch(JqlQuery::isContextFree);
        }
        // Any literal that could be read as a period counts: a missed reuse is cheaper than a wrong one.
        return !(operand instanceof Operand.Literal literal) || !Moment.isPeriod(literal.text());
    }

    /** One ORDER BY key. */
    public record SortKey(Clause.FieldName field, boolean descending) {
    }
}
