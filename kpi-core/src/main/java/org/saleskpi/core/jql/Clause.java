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
