package org.saleskpi.core.jql;

import java.util.List;

/** The syntax tree of a query's condition. */
public sealed interface Clause {

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
