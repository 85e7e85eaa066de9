package org.saleskpi.core.jql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Recursive descent over the tokens. OR binds loosest, then AND, then NOT; parentheses group.
 * <pre>
 * query    := [or] [ORDER BY sortKey {, sortKey}]
 * or       := and {OR and}
 * and      := not {AND not}
 * not      := NOT not | '(' or ')' | field operator operand
 * operand  := EMPTY | NULL | value | function '(' [arg {, arg}] ')' | '(' operand {, operand} ')'
 * </pre>
 */
public final class JqlParser {
    public static final int MAX_LENGTH = 4000;
    public static final int MAX_DEPTH = 50;
    private static final Set<String> RESERVED = Set.of("and", "or", "not", "in", "is", "order", "by", "empty",
            "null");

    private final List<Token> tokens;
    private int next;

    private JqlParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** Parses a query; the empty query selects every issue. Throws {@code InvalidInputException} on field jql. */
    public static JqlQuery parse(String jql) {
        if (jql.length() > MAX_LENGTH) {
            throw JqlError.of("length", "The query is " + jql.length() + " characters long; at most " + MAX_LENGTH
                    + " are allowed.");
        }
        return new JqlParser(JqlLexer.tokens(jql)).query();
    }

    private JqlQuery query() {
        Optional<Clause> where = Optional.empty();
        if (peek().kind() != Token.Kind.END && !peek().is("order")) {
            where = Optional.of(or(0));
        }
        List<JqlQuery.SortKey> order = new ArrayList<>();
        if (peek().is("order")) {
            take();
            if (!peek().is("by")) {
                throw JqlError.expecting("'by'", peek());
            }
            take();
            do {
                Clause.FieldName field = fieldName();
                boolean descending = false;
                if (peek().is("asc") || peek().is("desc")) {
                    descending = take().is("desc");
                }
                order.add(new JqlQuery.SortKey(field, descending));
            } while (skip(Token.Kind.COMMA));
        }
        if (peek().kind() != Token.Kind.END) {
            throw JqlError.expecting(where.isPresent() ? "either 'OR' or 'AND'" : "a field name", peek());
        }
        return new JqlQuery(where, order);
    }

    private Clause or(int depth) {
        List<Clause> clauses = new ArrayList<>(List.of(and(depth)));
        while (peek().is("or")) {
            take();
            clauses.add(and(depth));
        }
        return clauses.size() == 1 ? clauses.get(0) : new Clause.Or(clauses);
    }

    private Clause and(int depth) {
        List<Clause> clauses = new ArrayList<>(List.of(not(depth)));
        while (peek().is("and")) {
            take();
            clauses.add(not(depth));
        }
        return clauses.size() == 1 ? clauses.get(0) : new Clause.And(clauses);
    }

    private Clause not(int depth) {
        Token token = peek();
        if (token.is("not") || token.kind() == Token.Kind.LEFT_PAREN) {
            if (depth >= MAX_DEPTH) {
                throw JqlError.of("depth", "The query nests more than " + MAX_DEPTH + " levels deep at character "
                        + token.position() + ".");
            }
            take();
            if (token.is("not")) {
                return new Clause.Not(not(depth + 1));
            }
            Clause inner = or(depth + 1);
            expect(Token.Kind.RIGHT_PAREN, "')'");
            return inner;
        }
        Clause.FieldName field = fieldName();
        Operator operator = operator();
        return new Clause.Terminal(field, operator, operand(operator));
    }

    private Clause.FieldName fieldName() {
        Token token = peek();
        boolean word = token.kind() == Token.Kind.WORD && !RESERVED.contains(token.text().toLowerCase(Locale.ROOT));
        if (!word && token.kind() != Token.Kind.STRING) {
            throw JqlError.expecting("a field name", token);
        }
        take();
        return new Clause.FieldName(token.text(), token.position());
    }

    private Operator operator() {
        Token token = peek();
        if (token.kind() == Token.Kind.OPERATOR) {
            take();
            return Operator.ofSymbol(token.text());
        }
        if (token.is("in")) {
            take();
            return Operator.IN;
        }
        if (token.is("not") && tokens.get(next + 1).is("in")) {
            next += 2;
            return Operator.NOT_IN;
        }
        if (token.is("is")) {
            take();
            if (peek().is("not")) {
                take();
                return Operator.IS_NOT;
            }
            return Operator.IS;
        }
        throw JqlError.expecting("operator", token);
    }

    private Operand operand(Operator operator) {
        Token token = peek();
        if (operator == Operator.IS || operator == Operator.IS_NOT) {
            if (!token.is("empty") && !token.is("null")) {
                throw JqlError.expecting("'EMPTY' or 'NULL'", token);
            }
            take();
            return new Operand.Empty(token.position());
        }
        if (operator == Operator.IN || operator == Operator.NOT_IN) {
            if (token.kind() != Token.Kind.LEFT_PAREN) {
                if (token.kind() == Token.Kind.WORD && tokens.get(next + 1).kind() == Token.Kind.LEFT_PAREN) {
                    return value();
                }
                throw JqlError.expecting("'('", token);
            }
            take();
            List<Operand> values = new ArrayList<>();
            do {
                values.add(value());
            } while (skip(Token.Kind.COMMA));
            expect(Token.Kind.RIGHT_PAREN, "')'");
            return new Operand.Values(values, token.position());
        }
        return value();
    }

    private Operand value() {
        Token token = peek();
        if (token.kind() == Token.Kind.STRING) {
            take();
            return new Operand.Literal(token.text(), true, token.position());
        }
        if (token.kind() != Token.Kind.WORD || RESERVED.contains(token.text().toLowerCase(Locale.ROOT))
                && !token.is("empty") && !token.is("null")) {
            throw JqlError.expecting("a value", token);
        }
        take();
        if (token.is("empty") || token.is("null")) {
            return new Operand.Empty(token.position());
        }
        if (peek().kind() != Token.Kind.LEFT_PAREN) {
            return new Operand.Literal(token.text(), false, token.position());
        }
        take();
        List<String> arguments = new ArrayList<>();
        if (peek().kind() != Token.Kind.RIGHT_PAREN) {
            do {
                Token argument = peek();
                if (argument.kind() != Token.Kind.WORD && argument.kind() != Token.Kind.STRING) {
                    throw JqlError.expecting("a function argument", argument);
                }
                arguments.add(take().text());
            } while (skip(Token.Kind.COMMA));
        }
        expect(Token.Kind.RIGHT_PAREN, "')'");
        return new Operand.Function(token.text(), arguments, token.position());
    }

    private Token peek() {
        return tokens.get(next);
    }

    private Token take() {
        Token token = tokens.get(next);
        if (token.kind() != Token.Kind.END) {
            next++;
        }
        return token;
    }

    private boolean skip(Token.Kind kind) {
        if (peek().kind() == kind) {
            take();
            return true;
        }
        return false;
    }

    private void expect(Token.Kind kind, String what) {
        if (peek().kind() != kind) {
            throw JqlError.expecting(what, peek());
        }
        take();
    }
}
