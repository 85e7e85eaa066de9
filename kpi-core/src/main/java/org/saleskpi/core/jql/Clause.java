package org.saleskpi.core.jql;

import java.util.List;
import java.util.stream.Stream;

/** The syntax tree of a query's condition. */
public sealed interface Clause {

    /**
     * The {@code field operator operand} clauses under this one, left to right through every And, Or and Not: the
     * one walk for whatever asks about the fields and values a query names, whatever their logic.
     */
    default Stream<Terminal> terminals() {
        if (this instanceof Terminal terminal) {
            return Stream.of(terminal);
        }
        if (this instanceof Not not) {
            return not.clause().terminals();
        }
        List<Clause> clauses = this instanceof And and ? and.clauses() : ((Or) this).clauses();
        return clauses.stream().flatMap(Clause::terminals);
    }

    /**
     * The clause {@code NOT (this)} means in Jira: the NOT goes down by De Morgan's laws (an And of negations
     * becomes an Or, and the reverse) and each field clause takes its negated operator ({@link Operator#negated}),
     * so {@code NOT assignee = bob} is {@code assignee != bob}, which leaves the unassigned out.
     */
    default Clause negated() {
        if (this instanceof Terminal terminal) {
            return new Terminal(terminal.field(), terminal.operator().negated(), terminal.operand());
        }
        if (this instanceof Not not) {
            return not.clause();
        }
        if (this instanceof And and) {
            return new Or(and.clauses().stream().map(Clause::negated).toList());
        }
        return new And(((Or) this).clauses().stream().map(Clause::negated).toList());
    }

    record And(List<Clause> clauses) implements Clause {
        public And {
            clauses = List.copyOf(clauses);
        }
    }

    record Or(List<Clause> clauses) implements Clause {
        public Or {
            clauses = List.copyOf(clauses);
        }
    }

    record Not(Clause clause) implements Clause {
    }

    /** {@code field operator operand}, e.g. {@code status IN (Won, Lost)}. */
    record Terminal(FieldName field, Operator operator, Operand operand) implements Clause {
    }

    /** A field as written ({@code "Amount"}, {@code cf[10010]}, {@code issuetype}) and where. */
    record FieldName(String text, int position) {
    }
}
