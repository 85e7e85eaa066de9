package org.saleskpi.core.jql;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The projects a query's condition confines it to, read from its {@code project = K} and {@code project in (K, ...)}
 * clauses: under an AND, any such clause confines the whole; under an OR, only when every branch is confined. Keys
 * come back upper-cased, since the index matches them ignoring case. Anything else (NOT, {@code !=}, a function, no
 * condition) confines nothing. A host uses it to know a query cannot reach some project without evaluating it.
 */
public final class JqlProjects {
    private JqlProjects() {
    }

    /** The upper-cased project keys the query can select issues of; empty when it is not confined. */
    public static Optional<Set<String>> confinedTo(JqlQuery query) {
        return query.where().flatMap(JqlProjects::confinedTo);
    }

    private static Optional<Set<String>> confinedTo(Clause clause) {
        if (clause instanceof Clause.And and) {
            Optional<Set<String>> confined = Optional.empty();
            for (Clause part : and.clauses()) {
                Optional<Set<String>> keys = confinedTo(part);
                if (keys.isPresent()) {
                    confined = Optional.of(confined.map(before -> intersection(before, keys.get()))
                            .orElse(keys.get()));
                }
            }
            return confined;
        }
        if (clause instanceof Clause.Or or) {
            Set<String> union = new HashSet<>();
            for (Clause part : or.clauses()) {
                Optional<Set<String>> keys = confinedTo(part);
                if (keys.isEmpty()) {
                    return Optional.empty();
                }
                union.addAll(keys.get());
            }
            return Optional.of(Set.copyOf(union));
        }
        if (clause instanceof Clause.Terminal terminal && terminal.field().text().equalsIgnoreCase("project")) {
            return projectKeys(terminal);
        }
        return Optional.empty();
    }

    private static Optional<Set<String>> projectKeys(Clause.Terminal terminal) {
        if (terminal.operator() == Operator.EQUALS && terminal.operand() instanceof Operand.Literal literal) {
            return Optional.of(Set.of(key(literal)));
        }
        if (terminal.operator() == Operator.IN && terminal.operand() instanceof Operand.Values values) {
            Set<String> keys = new HashSet<>();
            for (Operand value : values.values()) {
                if (!(value instanceof Operand.Literal literal)) {
                    return Optional.empty();
                }
                keys.add(key(literal));
            }
            return Optional.of(Set.copyOf(keys));
        }
        return Optional.empty();
    }

    private static String key(Operand.Literal literal) {
        return literal.text().trim().toUpperCase(Locale.ROOT);
    }

    private static Set<String> intersection(Set<String> a, Set<String> b) {
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return Set.copyOf(both);
    }
}
