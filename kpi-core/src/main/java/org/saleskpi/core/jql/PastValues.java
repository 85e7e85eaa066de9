package org.saleskpi.core.jql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.saleskpi.core.index.CustomField;

/**
 * The issues whose recorded past holds the values of a query's WAS clauses, asked of the host's
 * {@link ValueHistory} once per query before any row is read (as {@link UserValues} are), or of an index's change
 * log under the lock its rows are read under: a clause then matches the rows holding a value now, plus the rows of
 * these keys.
 *
 * <p>Jira's operators, as its documentation defines them: WAS finds issues that "currently have or previously
 * had" the value, WAS IN any of several, WAS NOT issues that "have never had" it, WAS NOT IN never any of them;
 * they apply to Assignee, Fix Version, Priority, Reporter, Resolution and Status only (Advanced searching -
 * operators reference, Jira Service Management Data Center 10.3,
 * https://confluence.atlassian.com/servicemanagementserver103/advanced-searching-operators-reference-1488596776.html).
 * The subset has four of those six fields; its values match by name ignoring case, not by id. A host without
 * any recorded history ({@link #NONE}) refuses the clause, naming the field. An issue whose past the host does
 * not know (a Jira CSV import) is judged on its current value alone.
 */
public record PastValues(boolean recorded, Map<Clause.Terminal, Set<String>> keys) {
    /** A host that records no history: every WAS clause is an error. */
    public static final PastValues NONE = new PastValues(false, Map.of());

    public PastValues {
        keys = Map.copyOf(keys);
    }

    /**
     * Asks {@code history} (empty when the host records none) for the keys of every WAS clause of the query, its
     * user values named as {@code context} resolved them.
     */
    public static PastValues resolve(JqlQuery query, List<CustomField> fields, JqlContext context,
            Optional<ValueHistory> history) {
        if (history.isEmpty()) {
            return NONE;
        }
        Map<Clause.Terminal, Set<String>> keys = new HashMap<>();
        query.terminals().forEach(terminal -> collect(terminal, fields, context, history.get(), keys));
        return new PastValues(true, keys);
    }

    /** The ids of the history fields the query's WAS clauses name ({@code status}, {@code assignee}, ...). */
    public static Set<String> fieldIds(JqlQuery query) {
        Set<String> ids = new HashSet<>();
        query.terminals().filter(terminal -> terminal.operator().readsHistory())
                .forEach(terminal -> JqlFields.history(terminal.field()).ifPresent(ids::add));
        return ids;
    }

    /** The keys whose past holds the clause's values; none for a clause that was not resolved. */
    Set<String> keys(Clause.Terminal clause) {
        return keys.getOrDefault(clause, Set.of());
    }

    private static void collect(Clause.Terminal terminal, List<CustomField> fields, JqlContext context,
            ValueHistory history, Map<Clause.Terminal, Set<String>> keys) {
        Optional<String> fieldId = JqlFields.history(terminal.field());
        if (terminal.operator().readsHistory() && fieldId.isPresent()) {
            if (!history.records(fieldId.get())) {
                throw JqlError.noHistory(terminal.operator(), terminal.field().text());
            }
            Named named = named(terminal, JqlFields.holdsUsers(terminal.field(), fields), context);
            Set<String> had = history.keysThatHad(fieldId.get(), Set.copyOf(named.values()), named.empty());
            keys.put(terminal, Set.copyOf(had));
        }
    }

    /**
     * The values a WAS clause names, as history records them: names, or the keys of the people a user field's
     * values name (one rule for the current and the past values). A user value that names nobody is taken as
     * the key it spells: a past assignee may hold no issue now. {@code currentUser()} without a user names nothing.
     */
    static Named named(Clause.Terminal clause, boolean people, JqlContext context) {
        List<Operand> operands = clause.operand() instanceof Operand.Values list ? list.values()
                : List.of(clause.operand());
        Set<String> values = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        boolean empty = false;
        String field = clause.field().text();
        for (Operand operand : operands) {
            if (operand instanceof Operand.Empty) {
                empty = true;
            } else if (operand instanceof Operand.Function function) {
                if (!people || !function.name().equalsIgnoreCase("currentUser") || !function.arguments().isEmpty()) {
                    throw JqlError.unknownFunction(function.name(), function.position());
                }
                context.currentUser().ifPresent(values::add);
            } else if (operand instanceof Operand.Literal literal) {
                if (field.equalsIgnoreCase("resolution") && !literal.quoted()
                        && literal.text().equalsIgnoreCase("unresolved")) {
                    empty = true;
                } else if (people) {
                    values.add(userKey(literal, field, context.users()));
                } else {
                    values.add(literal.text().strip());
                }
            } else {
                throw JqlError.unsupported(clause.operator(), field);
            }
        }
        return new Named(new ArrayList<>(values), empty);
    }

    private static String userKey(Operand.Literal literal, String field, UserValues users) {
        UserValues.Named named = users.of(literal.text());
        if (named instanceof UserValues.Named.One one) {
            return one.key();
        }
        if (named instanceof UserValues.Named.Several several) {
            throw JqlError.ambiguousUser(literal.text(), field, several.keys());
        }
        return literal.text().strip();
    }

    /** The values of a WAS clause, and whether it also names "no value". */
    record Named(List<String> values, boolean empty) {
    }
}
