package org.saleskpi.core.jql;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;
import org.saleskpi.core.issue.StatusCategory;
import org.saleskpi.core.index.IndexCodedColumn;
import org.saleskpi.core.index.CustomField;
import org.saleskpi.core.index.IndexColumns;
import org.saleskpi.core.index.IndexField;
import org.saleskpi.core.index.IndexLongColumn;
import org.saleskpi.core.index.RowSet;
import org.saleskpi.core.index.SystemField;
import org.saleskpi.core.index.IndexTextColumn;

/**
 * Evaluates a query's condition over the index columns into the set of matching rows. Each clause
 * scans one column (values are matched once per dictionary entry, not per row); AND and OR combine
 * the row sets, and a NOT is pushed into its clauses as Jira does ({@link Clause#negated}). Names of
 * projects, types and statuses match ignoring case; a user value is the key of the person it names
 * ({@link UserValues}, looked up before the scan).
 */
public final class JqlFilter {
    private static final long NO_LOWER = Long.MIN_VALUE + 1;
    private static final long NO_UPPER = Long.MAX_VALUE;

    private final IndexColumns columns;
    private final JqlContext context;
    private final int rows;

    private JqlFilter(IndexColumns columns, JqlContext context, int rows) {
        this.columns = columns;
        this.context = context;
        this.rows = rows;
    }

    /** The rows matching the query's condition; every row for a query without one. */
    public static RowSet select(JqlQuery query, IndexColumns columns, JqlContext context) {
        JqlFilter filter = new JqlFilter(columns, context, columns.rows());
        return query.where().map(filter::evaluate).orElseGet(() -> RowSet.all(columns.rows()));
    }

    /** Resolves every field, operator and value of the query without scanning a row. */
    public static void check(JqlQuery query, IndexColumns columns, JqlContext context) {
        query.where().ifPresent(new JqlFilter(columns, context, 0)::evaluate);
        JqlOrder.check(query, columns);
    }

    private RowSet evaluate(Clause clause) {
        if (clause instanceof Clause.And and) {
            RowSet result = evaluate(and.clauses().get(0));
            for (int i = 1; i < and.clauses().size(); i++) {
                result.and(evaluate(and.clauses().get(i)));
            }
            return result;
        }
        if (clause instanceof Clause.Or or) {
            RowSet result = evaluate(or.clauses().get(0));
            for (int i = 1; i < or.clauses().size(); i++) {
                result.or(evaluate(or.clauses().get(i)));
            }
            return result;
        }
        if (clause instanceof Clause.Not not) {
            // Not the complement: NOT assignee = bob is assignee != bob, which skips the unassigned.
            return evaluate(not.clause().negated());
        }
        if (clause instanceof Clause.Terminal terminal) {
            return terminal(terminal);
        }
        throw new IllegalStateException("unknown clause: " + clause);
    }

    /** One clause over one field's column: each kind of index column is matched its own way. */
    private RowSet terminal(Clause.Terminal clause) {
        IndexField field = JqlFields.column(clause.field(), columns);
        if (clause.operator().readsHistory()) {
            return was(clause, field);
        }
        if (field instanceof IndexField.Names names) {
            return coded(clause, names.column(), JqlFilter::sameName, names.searchable());
        }
        if (field instanceof IndexField.People people) {
            return users(clause, people.column());
        }
        if (field instanceof IndexField.Categories categories) {
            return coded(clause, categories.column(), JqlFilter::sameCategory, false);
        }
        if (field instanceof IndexField.Labels labels) {
            return coded(clause, labels.column(), (set, value) -> set.stream()
                    .anyMatch(label -> label.equalsIgnoreCase(value)), false);
        }
        if (field instanceof IndexField.Instants instants) {
            return instants(clause, instants.column());
        }
        if (field instanceof IndexField.Days days) {
            return days(clause, days.column());
        }
        if (field instanceof IndexField.Numbers numbers) {
            return numbers(clause, numbers.column());
        }
        if (field instanceof IndexField.Keys) {
            return keys(clause);
        }
        if (field instanceof IndexField.Texts texts) {
            return text(clause, texts.texts(), texts.fields());
        }
        throw new IllegalStateException("no filter for the index column " + field);
    }

    /** A dictionary-encoded field: the clause becomes a mask over codes, then one scan. */
    private <V> RowSet coded(Clause.Terminal clause, IndexCodedColumn<V> column, BiPredicate<V, String> matches,
            boolean searchable) {
        return coded(clause, column, matches, searchable, operand -> name(clause, operand));
    }

    /** A user field holds keys: each value becomes the key of the person it names, then the same one scan. */
    private RowSet users(Clause.Terminal clause, IndexCodedColumn<String> column) {
        return coded(clause, column, JqlFilter::sameName, false, operand -> userKey(clause, operand));
    }

    private <V> RowSet coded(Clause.Terminal clause, IndexCodedColumn<V> column, BiPredicate<V, String> matches,
            boolean searchable, Function<Operand, String> name) {
        Operator operator = clause.operator();
        Operator positive = operator.positive();
        boolean[] mask;
        if (positive == Operator.IS) {
            mask = new boolean[column.cardinality()];
            mask[IndexCodedColumn.EMPTY] = true;
        } else if (positive == Operator.CONTAINS && searchable) {
            Predicate<String> search = TextSearch.of(literal(clause, clause.operand()), clause.field().text());
            mask = column.codesWhere(v -> search.test((String) v));
        } else if (positive == Operator.EQUALS || positive == Operator.IN) {
            List<String> names = new ArrayList<>();
            boolean empty = false;
            for (Operand operand : operands(clause)) {
                if (operand instanceof Operand.Empty) {
                    empty = true;
                } else if (clause.field().text().equalsIgnoreCase("resolution") && isUnresolved(operand)) {
                    empty = true;
                } else {
                    names.add(name.apply(operand));
                }
            }
            mask = column.codesWhere(v -> names.stream().anyMatch(n -> n != null && matches.test(v, n)));
            mask[IndexCodedColumn.EMPTY] = empty;
        } else {
            throw JqlError.unsupported(operator, clause.field().text());
        }
        if (operator != positive) {
            // Negations leave empty cells out, as Jira does; IS NOT EMPTY is exactly the filled cells.
            for (int code = 0; code < mask.length; code++) {
                mask[code] = code != IndexCodedColumn.EMPTY && !mask[code];
            }
        }
        RowSet result = RowSet.none(rows);
        column.select(mask, rows, result);
        return result;
    }

    /**
     * WAS and its kin: the rows holding one of the values now, plus the rows the host's history says had one
     * ({@link PastValues}); WAS NOT the rest, empty cells included ("never had").
     */
    private RowSet was(Clause.Terminal clause, IndexField field) {
        String name = clause.field().text();
        if (JqlFields.history(clause.field()).isEmpty()) {
            throw JqlError.unsupported(clause.operator(), name);
        }
        // The four history fields are names (status, resolution) or people (assignee, reporter).
        IndexCodedColumn<String> column = field instanceof IndexField.People people ? people.column()
                : ((IndexField.Names) field).column();
        if (!context.past().recorded()) {
            throw JqlError.noHistory(clause.operator(), name);
        }
        PastValues.Named named = PastValues.named(clause, field instanceof IndexField.People, context);
        boolean[] mask = column.codesWhere(v -> named.values().stream().anyMatch(v::equalsIgnoreCase));
        mask[IndexCodedColumn.EMPTY] = named.empty();
        RowSet had = RowSet.none(rows);
        column.select(mask, rows, had);
        for (String key : context.past().keys(clause)) {
            int row = columns.row(key);
            if (row >= 0 && row < rows) {
                had.add(row);
            }
        }
        return clause.operator() == clause.operator().positive() ? had : had.not();
    }

    private RowSet instants(Clause.Terminal clause, IndexLongColumn column) {
        return inProjectZones(clause, filter -> filter.moments(clause, column, (from, to) -> new long[] {from, to}));
    }

    /** A date field holds days: day D matches when its start in the zone lies in the instant range. */
    private RowSet days(Clause.Terminal clause, IndexLongColumn column) {
        return inProjectZones(clause, filter -> {
            ZoneId zone = filter.context.zone();
            return filter.moments(clause, column,
                    (from, to) -> new long[] {firstDayFrom(from, zone), firstDayFrom(to, zone)});
        });
    }

    /**
     * A date clause read in each project's zone ({@link JqlContext#projectZones}): once per zone the index's projects
     * use, each time kept to the rows of those projects. Without other zones, one reading in the query's zone.
     */
    private RowSet inProjectZones(Clause.Terminal clause, Function<JqlFilter, RowSet> evaluate) {
        ProjectZones other = context.projectZones();
        if (other.none()) {
            return evaluate.apply(this);
        }
        IndexCodedColumn<String> projects = columns.project();
        Map<ZoneId, boolean[]> codesByZone = new LinkedHashMap<>();
        for (int code = 1; code < projects.cardinality(); code++) {
            String project = projects.value(code);
            List<String> mixed = other.mixed().get(project);
            if (mixed != null) {
                throw JqlError.mixedZones(clause.field().text(), mixed);
            }
            ZoneId zone = other.zones().getOrDefault(project, context.zone());
            codesByZone.computeIfAbsent(zone, z -> new boolean[projects.cardinality()])[code] = true;
        }
        if (codesByZone.size() <= 1) {
            ZoneId only = codesByZone.isEmpty() ? context.zone() : codesByZone.keySet().iterator().next();
            return evaluate.apply(new JqlFilter(columns, context.inZone(only), rows));
        }
        RowSet result = RowSet.none(rows);
        codesByZone.forEach((zone, codes) -> {
            RowSet inZone = RowSet.none(rows);
            projects.select(codes, rows, inZone);
            result.or(evaluate.apply(new JqlFilter(columns, context.inZone(zone), rows)).and(inZone));
        });
        return result;
    }

    /** A date or time value is a span of instants; = takes the whole span, a comparison its start. */
    private RowSet moments(Clause.Terminal clause, IndexLongColumn column, RangeMapping mapping) {
        String field = clause.field().text();
        return ranges(clause, column, new Ranges() {
            @Override
            public long[] equal(Operand operand) {
                Moment moment = Moment.of(operand, field, context);
                return mapping.map(moment.from(), moment.to());
            }

            @Override
            public long[] compared(Operator operator, Operand operand) {
                long start = Moment.of(operand, field, context).from();
                return mapping.map(comparedFrom(operator, start), comparedTo(operator, start));
            }
        });
    }

    /** Numbers compare unscaled at the column's scale; a value between two steps rounds the right way. */
    private RowSet numbers(Clause.Terminal clause, IndexLongColumn column) {
        int scale = column.scale();
        String field = clause.field().text();
        Function<Operand, BigDecimal> scaled = operand -> {
            if (!(operand instanceof Operand.Literal literal)) {
                throw JqlError.badValue(describe(operand), field, "a number");
            }
            try {
                return new BigDecimal(literal.text().trim()).movePointRight(scale);
            } catch (NumberFormatException e) {
                throw JqlError.badValue(literal.text(), field, "a number");
            }
        };
        return ranges(clause, column, new Ranges() {
            @Override
            public long[] equal(Operand operand) {
                BigDecimal value = scaled.apply(operand);
                if (value.stripTrailingZeros().scale() > 0) {
                    return null;
                }
                long exact = clamp(value);
                return new long[] {exact, exact + 1};
            }

            @Override
            public long[] compared(Operator operator, Operand operand) {
                BigDecimal value = scaled.apply(operand);
                long floor = clamp(value.setScale(0, RoundingMode.FLOOR));
                long ceiling = clamp(value.setScale(0, RoundingMode.CEILING));
                return switch (operator) {
                    case GREATER -> new long[] {floor + 1, NO_UPPER};
                    case GREATER_OR_EQUAL -> new long[] {ceiling, NO_UPPER};
                    case LESS -> new long[] {NO_LOWER, ceiling};
                    case LESS_OR_EQUAL -> new long[] {NO_LOWER, floor + 1};
                    default -> throw notAComparison(operator);
                };
            }
        });
    }

    /** A column of longs: IS, = and IN select per operand, a comparison one range of stored values. */
    private RowSet ranges(Clause.Terminal clause, IndexLongColumn column, Ranges ranges) {
        Operator operator = clause.operator();
        Operator positive = operator.positive();
        RowSet result = RowSet.none(rows);
        if (positive == Operator.IS) {
            column.selectEmpty(rows, result);
        } else if (positive == Operator.EQUALS || positive == Operator.IN) {
            for (Operand operand : operands(clause)) {
                if (operand instanceof Operand.Empty) {
                    column.selectEmpty(rows, result);
                    continue;
                }
                long[] range = ranges.equal(operand);
                if (range != null) {
                    column.selectBetween(range[0], range[1], rows, result);
                }
            }
        } else if (positive == Operator.CONTAINS || clause.operand() instanceof Operand.Empty
                || clause.operand() instanceof Operand.Values) {
            throw JqlError.unsupported(operator, clause.field().text());
        } else {
            long[] range = ranges.compared(operator, clause.operand());
            column.selectBetween(range[0], range[1], rows, result);
        }
        return operator == positive ? result : negate(result, column);
    }

    private RowSet keys(Clause.Terminal clause) {
        Operator operator = clause.operator();
        Operator positive = operator.positive();
        RowSet result = RowSet.none(rows);
        if (positive == Operator.IS) {
            // Every issue has a key: IS EMPTY matches none, IS NOT EMPTY all.
            return operator == positive ? result : RowSet.all(rows);
        }
        if (positive == Operator.IN && clause.operand() instanceof Operand.Function function
                && SavedSelections.is(function)) {
            // A saved selection is a key set, nothing more: the caller's visibility still applies.
            for (String key : context.saved().keys(function)) {
                int row = columns.row(key);
                if (row >= 0 && row < rows) {
                    result.add(row);
                }
            }
            return operator == positive ? result : result.not();
        }
        if (positive == Operator.EQUALS || positive == Operator.IN) {
            for (Operand operand : operands(clause)) {
                int row = columns.row(issueKey(clause, operand));
                if (row >= 0 && row < rows) {
                    result.add(row);
                }
            }
            return operator == positive ? result : result.not();
        }
        if (positive == Operator.CONTAINS || !(clause.operand() instanceof Operand.Literal)) {
            throw JqlError.unsupported(operator, clause.field().text());
        }
        // Keys order within a project by number: SALES-10 > SALES-9.
        String key = issueKey(clause, clause.operand());
        int dash = key.lastIndexOf('-');
        String prefix = key.substring(0, dash);
        long number = Long.parseLong(key.substring(dash + 1));
        long from = comparedFrom(operator, number);
        long to = comparedTo(operator, number);
        IndexCodedColumn<String> prefixes = columns.keyPrefix();
        boolean[] mask = prefixes.codesWhere(p -> p.equalsIgnoreCase(prefix));
        for (int row = 0; row < rows; row++) {
            long n = columns.keyNumber(row);
            if (mask[prefixes.code(row)] && n >= from && n < to) {
                result.add(row);
            }
        }
        return result;
    }

    private RowSet text(Clause.Terminal clause, List<IndexTextColumn> texts, List<IndexCodedColumn<String>> fields) {
        Operator operator = clause.operator();
        Operator positive = operator.positive();
        RowSet result = RowSet.none(rows);
        Predicate<String> test;
        TextSearch search = null;
        if (positive == Operator.CONTAINS) {
            search = TextSearch.of(literal(clause, clause.operand()), clause.field().text());
            test = search;
        } else if (positive == Operator.IS) {
            test = String::isEmpty;
        } else {
            throw JqlError.unsupported(operator, clause.field().text());
        }
        for (IndexTextColumn column : texts) {
            if (search != null) {
                search.select(column, rows, result);
            } else {
                column.selectFilled(false, rows, result);
            }
        }
        for (IndexCodedColumn<String> column : fields) {
            boolean[] wanted = column.codesWhere(test);
            // Most searches match none of a field's values: then its rows need no scan.
            for (boolean any : wanted) {
                if (any) {
                    column.select(wanted, rows, result);
                    break;
                }
            }
        }
        if (operator == positive) {
            return result;
        }
        // "!~" keeps the issues with text that lacks the words; IS NOT EMPTY those with any text.
        RowSet filled = RowSet.none(rows);
        for (IndexTextColumn column : texts) {
            column.selectFilled(true, rows, filled);
        }
        return positive == Operator.IS ? filled : result.not().and(filled);
    }

    private RowSet negate(RowSet positive, IndexLongColumn column) {
        RowSet empty = RowSet.none(rows);
        column.selectEmpty(rows, empty);
        return positive.or(empty).not();
    }

    private List<Operand> operands(Clause.Terminal clause) {
        if (clause.operand() instanceof Operand.Values values) {
            return values.values();
        }
        return List.of(clause.operand());
    }

    /** The name an operand stands for; null when currentUser() has no user (it then matches nothing). */
    private String name(Clause.Terminal clause, Operand operand) {
        if (operand instanceof Operand.Function function) {
            if (function.name().equalsIgnoreCase("currentUser") && function.arguments().isEmpty()) {
                return context.currentUser().orElse(null);
            }
            throw JqlError.unknownFunction(function.name(), function.position());
        }
        return literal(clause, operand);
    }

    /**
     * The key of the person a user value names; a name no person has may still be a key that issues
     * hold (as Jira finds a user by name even when the directory has lost them). Nobody at all, or
     * several people, is the query's error.
     */
    private String userKey(Clause.Terminal clause, Operand operand) {
        if (!(operand instanceof Operand.Literal literal)) {
            return name(clause, operand);
        }
        String field = clause.field().text();
        UserValues.Named named = context.users().of(literal.text());
        if (named instanceof UserValues.Named.One one) {
            return one.key();
        }
        if (named instanceof UserValues.Named.Several several) {
            throw JqlError.ambiguousUser(literal.text(), field, several.keys());
        }
        String value = literal.text().strip();
        if (!isUserKey(value)) {
            throw JqlError.noSuchValue(literal.text(), field);
        }
        return value;
    }

    /** Whether some issue holds {@code value} as a user key, in any user field. */
    private boolean isUserKey(String value) {
        List<IndexField> fields = new ArrayList<>();
        for (SystemField field : SystemField.values()) {
            fields.add(field.column(columns));
        }
        for (CustomField field : columns.fields()) {
            fields.add(columns.column(field));
        }
        List<IndexCodedColumn<String>> people = new ArrayList<>();
        for (IndexField field : fields) {
            if (field instanceof IndexField.People person) {
                people.add(person.column());
            }
        }
        for (IndexCodedColumn<String> column : people) {
            for (boolean match : column.codesWhere(key -> key.equalsIgnoreCase(value))) {
                if (match) {
                    return true;
                }
            }
        }
        return false;
    }

    private String literal(Clause.Terminal clause, Operand operand) {
        if (operand instanceof Operand.Literal literal) {
            return literal.text();
        }
        throw JqlError.unsupported(clause.operator(), clause.field().text());
    }

    private String issueKey(Clause.Terminal clause, Operand operand) {
        String key = literal(clause, operand).trim().toUpperCase(Locale.ROOT);
        if (!key.matches("[A-Z][A-Z0-9_]*-\\d{1,9}")) {
            throw JqlError.badValue(key, clause.field().text(), "an issue key such as SALES-42");
        }
        return key;
    }

    private static boolean isUnresolved(Operand operand) {
        return operand instanceof Operand.Literal literal && !literal.quoted()
                && literal.text().equalsIgnoreCase("unresolved");
    }

    private static boolean sameName(String value, String name) {
        return value.equalsIgnoreCase(name.trim());
    }

    /** Jira names a category by its name ("In Progress"), its key ("indeterminate") or its id (4). */
    private static boolean sameCategory(StatusCategory category, String name) {
        String wanted = name.trim();
        String id = switch (category) {
            case TO_DO -> "2";
            case IN_PROGRESS -> "4";
            case DONE -> "3";
        };
        return wanted.equalsIgnoreCase(category.name().replace('_', ' ')) || wanted.equalsIgnoreCase(
                category.jiraKey()) || wanted.equals(id);
    }

    private static long comparedFrom(Operator operator, long value) {
        return switch (operator) {
            case GREATER -> value + 1;
            case GREATER_OR_EQUAL -> value;
            case LESS, LESS_OR_EQUAL -> NO_LOWER;
            default -> throw notAComparison(operator);
        };
    }

    private static long comparedTo(Operator operator, long value) {
        return switch (operator) {
            case LESS -> value;
            case LESS_OR_EQUAL -> value + 1;
            case GREATER, GREATER_OR_EQUAL -> NO_UPPER;
            default -> throw notAComparison(operator);
        };
    }

    /** Only <, <=, > and >= reach a range comparison; the others are matched before. */
    private static IllegalStateException notAComparison(Operator operator) {
        return new IllegalStateException("not a comparison: " + operator);
    }

    /** The first day whose start in the zone is at or after the instant; the open ends stay open. */
    private static long firstDayFrom(long millis, ZoneId zone) {
        if (millis <= NO_LOWER || millis >= NO_UPPER) {
            return millis;
        }
        LocalDate day = LocalDate.ofInstant(Instant.ofEpochMilli(millis), zone);
        long start = day.atStartOfDay(zone).toInstant().toEpochMilli();
        return start < millis ? day.toEpochDay() + 1 : day.toEpochDay();
    }

    private static long clamp(BigDecimal value) {
        if (value.compareTo(BigDecimal.valueOf(NO_LOWER)) < 0) {
            return NO_LOWER;
        }
        if (value.compareTo(BigDecimal.valueOf(NO_UPPER - 1)) > 0) {
            return NO_UPPER - 1;
        }
        return value.longValue();
    }

    private static String describe(Operand operand) {
        return operand instanceof Operand.Function f ? f.name() + "()" : "EMPTY";
    }

    /** Turns an instant range into the stored unit's range. */
    private interface RangeMapping {
        long[] map(long from, long to);
    }

    /** The stored values [from, to) an operand selects: for =, or null for none; for a comparison. */
    private interface Ranges {
        long[] equal(Operand operand);

        long[] compared(Operator operator, Operand operand);
    }
}
