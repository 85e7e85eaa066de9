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
    NOT_CONTAINS("!~"),
    /** Currently has or previously had the value (Jira's history operators, see {@link PastValues}). */
    WAS("was"),
    WAS_IN("was in"),
    /** Never had the value: neither now nor at any time before. */
    WAS_NOT("was not"),
    WAS_NOT_IN("was not in");

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

    /** Whether it asks about the past values as well as its current one. */
    public boolean readsHistory() {
        return this == WAS || this == WAS_IN || this == WAS_NOT || this == WAS_NOT_IN;
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
            case WAS_NOT:
                return WAS;
            case WAS_NOT_IN:
                return WAS_IN;
            default:
                return this;
        }
    }

    /**
     * The operator {@code NOT field op value} means: Jira pushes a NOT down to its clauses and flips their
     * operators, so "typing {@code field != value} is the same as typing {@code NOT field = value}" and
     * neither matches an empty field
     * (https://confluence.atlassian.com/jiracoreserver0816/advanced-searching-operators-reference-1063165739.html,
     * NOT EQUALS; the flips are those of {@code DeMorgansVisitor.getNotOperator} in a public copy of Jira's
     * 4.x-era source, UNVERIFIED against the 10.3 and 11.3 builds).
     */
    public Operator negated() {
        return switch (this) {
            case EQUALS -> NOT_EQUALS;
            case NOT_EQUALS -> EQUALS;
            case GREATER -> LESS_OR_EQUAL;
            case GREATER_OR_EQUAL -> LESS;
            case LESS -> GREATER_OR_EQUAL;
            case LESS_OR_EQUAL -> GREATER;
            case IN -> NOT_IN;
            case NOT_IN -> IN;
            case IS -> IS_NOT;
            case IS_NOT -> IS;
            case CONTAINS -> NOT_CONTAINS;
            case NOT_CONTAINS -> CONTAINS;
            case WAS -> WAS_NOT;
            case WAS_NOT -> WAS;
            case WAS_IN -> WAS_NOT_IN;
            case WAS_NOT_IN -> WAS_IN;
        };
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
