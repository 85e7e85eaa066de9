package org.saleskpi.core.jql;

import java.util.List;
import java.util.Optional;

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
        return where.map(JqlQuery::isContextFree).orElse(true);
    }

    private static boolean isContextFree(Clause clause) {
        if (clause instanceof Clause.And and) {
            return and.clauses().stream().allMatch(JqlQuery::isContextFree);
        }
        if (clause instanceof Clause.Or or) {
            return or.clauses().stream().allMatch(JqlQuery::isContextFree);
        }
        if (clause instanceof Clause.Not not) {
            return isContextFree(not.clause());
        }
        return isContextFree(((Clause.Terminal) clause).operand());
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
