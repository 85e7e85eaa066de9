package org.saleskpi.core.jql;

/** The comparisons of a clause, with how a query writes them. */
public enum Operator {
    EQUALS("="),
    NOT_EQUALS("!="),
    GREATER(">"),
    GREATER_OR_EQUAL(">="),
    LESS("<"),
    LESS_OR_EQUAL("<="),
    IN("in"),
    NOT_IN("not in"),
    IS("is"),
    IS_NOT("is not"),
    CONTAINS("~"),
    NOT_CONTAINS("!~");

    private final String text;

    Operator(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    /** Jira leaves empty cells out of every negative comparison: {@code assignee != bob} skips the unassigned. */
    public boolean isNegative() {
        return this == NOT_EQUALS || this == NOT_IN || this == NOT_CONTAINS;
    }

    /** The positive operator a negative one complements. */
    public Operator positive() {
        switch (this) {
            case NOT_EQUALS:
                return EQUALS;
            case NOT_IN:
                return IN;
            case NOT_CONTAINS:
                return CONTAINS;
            case IS_NOT:
                return IS;
            default:
                return this;
        }
    }

    static Operator ofSymbol(String symbol) {
        for (Operator operator : values()) {
            if (operator.text.equals(symbol)) {
                return operator;
            }
        }
        throw new IllegalArgumentException("not an operator: " + symbol);
    }
}
