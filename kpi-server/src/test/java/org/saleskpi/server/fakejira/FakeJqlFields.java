package org.saleskpi.server.fakejira;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The fields the fake's JQL ({@link FakeJql}) knows beyond project, type, key and the two timestamps, added for the
 * conformance suite: status, resolution, assignee and reporter, labels, and every custom field of
 * {@link FakeSchema} by name, {@code cf[id]} or id. Written from Jira's documentation, not from the app's JQL module:
 * <ul>
 * <li>"The != operator will not match a field that has no value", nor will NOT IN; {@code field != EMPTY} is
 * {@code field IS NOT EMPTY}; {@code IN (.., EMPTY)} asks for the empty field too (Advanced searching - operators
 * reference, https://confluence.atlassian.com/jiracoreserver0816/advanced-searching-operators-reference-1063165739.html).
 * <li>A user is named by account id on Cloud ("reporter = \"abcde-12345-fedcba\"") or by user name on Data Center,
 * and by display name or e-mail address on both ("You can search by the user's full name, ID, or email address",
 * Advanced searching - fields reference, Assignee); a name no user has is Jira's "The value 'x' does not exist for
 * the field 'assignee'." The fake also takes a Data Center user key (UNVERIFIED: no page documents keys in JQL).
 * <li>A date field's value is a day; "yyyy/MM/dd" and "yyyy-MM-dd" (fields reference, Due).
 * <li>ORDER BY: a missing value sorts after every value ascending and before every value descending (UNVERIFIED in
 * the docs; it is what a public copy of Jira's {@code MappedSortComparator} does).
 * </ul>
 */
final class FakeJqlFields {
    private static final List<DateTimeFormatter> DAYS = List.of(DateTimeFormatter.ofPattern("yyyy/M/d"),
            DateTimeFormatter.ofPattern("yyyy-M-d"));

    private FakeJqlFields() {
    }

    /** The operator Jira puts in place of {@code op} when a NOT stands above the clause. */
    static String opposite(String op) {
        return switch (op) {
            case "=" -> "!=";
            case "!=" -> "=";
            case "IN" -> "NOT IN";
            case "NOT IN" -> "IN";
            case "IS" -> "IS NOT";
            case "IS NOT" -> "IS";
            case "<" -> ">=";
            case ">=" -> "<";
            case ">" -> "<=";
            case "<=" -> ">";
            case "~" -> "!~";
            case "!~" -> "~";
            default -> throw new IllegalStateException(op);
        };
    }

    static void addClauses(Map<String, FakeJql.Clause> clauses) {
        // A status by name or id.
        clauses.put("status", (field, op, operand, context) -> names(field, op, operand,
                issue -> issue.field("status"), FakeSchema.STATUSES.stream().flatMap(s -> List.of(s.name(), s.id())
                        .stream()).toList(), id -> FakeSchema.STATUSES.stream().filter(s -> s.id().equals(id))
                        .map(FakeSchema.Status::name).findFirst().orElse(id), context));
        clauses.put("resolution", FakeJqlFields::resolution);
        clauses.put("assignee", (field, op, operand, context) -> user(field, op, operand, "assignee", context));
        clauses.put("reporter", (field, op, operand, context) -> user(field, op, operand, "reporter", context));
        clauses.put("labels", FakeJqlFields::labels);
        for (FakeField custom : FakeSchema.FIELDS) {
            if (!custom.custom()) {
                continue;
            }
            FakeJql.Clause clause = switch (custom.schemaType()) {
                case "number" -> (field, op, operand, context) -> compared(field, op, operand,
                        issue -> number(issue.field(custom.id())), FakeJqlFields::number, context);
                case "date" -> (field, op, operand, context) -> compared(field, op, operand,
                        issue -> (LocalDate) issue.field(custom.id()), value -> day(field, value), context);
                case "option" -> (field, op, operand, context) -> names(field, op, operand,
                        issue -> issue.field(custom.id()), FakeSchema.OPTIONS.get(custom.id()).stream()
                                .map(Map.Entry::getKey).toList(), Function.identity(), context);
                // A text field takes ~ in Jira, not =; the fake knows only whether it is empty.
                default -> (field, op, operand, context) -> {
                    requireOperator(field, op, "IS", "IS NOT");
                    return names(field, op, operand, issue -> issue.field(custom.id()), null, Function.identity(),
                            context);
                };
            };
            for (String name : namesOf(custom)) {
                clauses.put(name, clause);
            }
        }
    }

    static void addOrders(Map<String, Function<FakeJql.Context, Comparator<FakeIssue>>> orders) {
        for (FakeField custom : FakeSchema.FIELDS) {
            if (!custom.custom() || !(custom.schemaType().equals("number") || custom.schemaType().equals("date"))) {
                continue;
            }
            Function<FakeIssue, Comparable<Object>> read = issue -> {
                Object value = issue.field(custom.id());
                @SuppressWarnings("unchecked")
                Comparable<Object> comparable = (Comparable<Object>) (value instanceof Double d ? number(d) : value);
                return comparable;
            };
            Function<FakeJql.Context, Comparator<FakeIssue>> order =
                    context -> Comparator.comparing(read, Comparator.nullsLast(Comparator.naturalOrder()));
            for (String name : namesOf(custom)) {
                orders.put(name, order);
            }
        }
    }

    private static List<String> namesOf(FakeField custom) {
        String number = custom.id().substring("customfield_".length());
        return List.of(custom.name().toLowerCase(Locale.ROOT), custom.id(), "cf[" + number + "]");
    }

    /** A field holding one name (status, an option, text): equal ignoring case, EMPTY where it has none. */
    private static Predicate<FakeIssue> names(String field, String op, FakeJql.Operand operand,
            Function<FakeIssue, Object> read, List<String> known, Function<String, String> canonical,
            FakeJql.Context context) {
        requireOperator(field, op, "=", "!=", "IN", "NOT IN", "IS", "IS NOT");
        List<String> wanted = new ArrayList<>();
        boolean empty = false;
        for (FakeJql.Operand value : operand.values()) {
            if (value.empty()) {
                empty = true;
            } else if (known != null && known.stream().noneMatch(v -> v.equalsIgnoreCase(value.text()))) {
                throw doesNotExist(value.text(), field);
            } else {
                wanted.add(value.text());
            }
        }
        List<String> names = wanted.stream().map(canonical).toList();
        return equality(op, empty, issue -> {
            Object value = read.apply(issue);
            return value == null ? null : names.stream().anyMatch(n -> n.equalsIgnoreCase(value.toString()));
        });
    }

    /** resolution: names, and Unresolved (unquoted) for no resolution. */
    private static Predicate<FakeIssue> resolution(String field, String op, FakeJql.Operand operand,
            FakeJql.Context context) {
        List<FakeJql.Operand> values = new ArrayList<>();
        for (FakeJql.Operand value : operand.values()) {
            boolean unresolved = !value.empty() && !value.quoted() && value.function() == null
                    && "unresolved".equalsIgnoreCase(value.text());
            values.add(unresolved ? new FakeJql.Operand(null, false, true, null, null) : value);
        }
        FakeJql.Operand resolved = operand.isList() ? new FakeJql.Operand(null, false, false, null, values)
                : values.get(0);
        return names(field, op, resolved, issue -> issue.field("resolution"),
                List.copyOf(FakeSchema.RESOLUTIONS.keySet()), Function.identity(), context);
    }

    /** assignee, reporter: a user by account id, key, user name, display name or address; currentUser(). */
    private static Predicate<FakeIssue> user(String field, String op, FakeJql.Operand operand, String fieldId,
            FakeJql.Context context) {
        requireOperator(field, op, "=", "!=", "IN", "NOT IN", "IS", "IS NOT");
        Set<String> accounts = new HashSet<>();
        boolean empty = false;
        for (FakeJql.Operand value : operand.values()) {
            if (value.empty()) {
                empty = true;
            } else if (value.function() != null) {
                if (!value.function().equalsIgnoreCase("currentUser")) {
                    throw new FakeJqlException("Unable to find JQL function '" + value.function() + "()'.");
                }
                accounts.add(context.accountId());
            } else {
                List<String> named = context.site().users().stream().filter(u -> u.accountId().equals(value.text())
                                || u.key().equalsIgnoreCase(value.text()) || u.name().equalsIgnoreCase(value.text())
                                || u.displayName().equalsIgnoreCase(value.text())
                                || u.email().equalsIgnoreCase(value.text()))
                        .map(FakeUser::accountId).toList();
                if (named.isEmpty()) {
                    throw doesNotExist(value.text(), field);
                }
                accounts.addAll(named);
            }
        }
        return equality(op, empty, issue -> {
            Object account = issue.field(fieldId);
            return account == null ? null : accounts.contains(account);
        });
    }

    /** labels hold a list: = and IN ask for one of the labels, != and NOT IN for labels without any of them. */
    private static Predicate<FakeIssue> labels(String field, String op, FakeJql.Operand operand,
            FakeJql.Context context) {
        requireOperator(field, op, "=", "!=", "IN", "NOT IN", "IS", "IS NOT");
        List<String> wanted = new ArrayList<>();
        boolean empty = false;
        for (FakeJql.Operand value : operand.values()) {
            if (value.empty()) {
                empty = true;
            } else {
                wanted.add(value.text());
            }
        }
        return equality(op, empty, issue -> {
            List<?> labels = (List<?>) issue.field("labels");
            return labels == null || labels.isEmpty() ? null : labels.stream().anyMatch(wanted::contains);
        });
    }

    /**
     * Jira's EMPTY rules over a test that says, per issue, null for an empty field, else whether the field holds
     * one of the values: = and IN match the values (and the empty field when EMPTY is among them); != and NOT IN
     * match a field that has a value and none of them; IS EMPTY and IS NOT EMPTY ask only for emptiness.
     */
    private static Predicate<FakeIssue> equality(String op, boolean emptyNamed, Function<FakeIssue, Boolean> holds) {
        return issue -> {
            Boolean held = holds.apply(issue);
            return switch (op) {
                case "IS" -> held == null;
                case "IS NOT" -> held != null;
                case "=", "IN" -> held == null ? emptyNamed : held;
                case "!=", "NOT IN" -> held != null && !held;
                default -> throw new IllegalStateException(op);
            };
        };
    }

    /** A number or date field: equality as above, and the order comparisons, which never match an empty field. */
    private static <T extends Comparable<T>> Predicate<FakeIssue> compared(String field, String op,
            FakeJql.Operand operand, Function<FakeIssue, T> read, Function<String, T> parse, FakeJql.Context context) {
        requireOperator(field, op, "=", "!=", "IN", "NOT IN", "IS", "IS NOT", "<", "<=", ">", ">=");
        List<T> values = new ArrayList<>();
        boolean empty = false;
        for (FakeJql.Operand value : operand.values()) {
            if (value.empty()) {
                empty = true;
            } else {
                values.add(parse.apply(value.text()));
            }
        }
        if (List.of("<", "<=", ">", ">=").contains(op)) {
            if (values.size() != 1 || operand.isList()) {
                throw new FakeJqlException("The operator '" + op + "' does not support the value given for field '"
                        + field + "'.");
            }
            T bound = values.get(0);
            return issue -> {
                T value = read.apply(issue);
                if (value == null) {
                    return false;
                }
                int c = value.compareTo(bound);
                return switch (op) {
                    case "<" -> c < 0;
                    case "<=" -> c <= 0;
                    case ">" -> c > 0;
                    default -> c >= 0;
                };
            };
        }
        return equality(op, empty, issue -> {
            T value = read.apply(issue);
            return value == null ? null : values.stream().anyMatch(v -> v.compareTo(value) == 0);
        });
    }

    private static BigDecimal number(Object value) {
        return value == null ? null : new BigDecimal(value.toString());
    }

    private static BigDecimal number(String text) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new FakeJqlException("'" + text + "' is not a valid number.");
        }
    }

    private static LocalDate day(String field, String text) {
        for (DateTimeFormatter format : DAYS) {
            try {
                return LocalDate.parse(text.strip(), format);
            } catch (DateTimeParseException e) {
                // next format
            }
        }
        throw new FakeJqlException("Date value '" + text + "' for field '" + field + "' is invalid.");
    }

    /**
     * A date function's instant in the asking user's zone: now(), and the starts of the user's day, week (Monday,
     * UNVERIFIED: Jira follows the user's locale), month and year, moved by a whole number of those units.
     */
    static Instant function(FakeJql.Operand operand, FakeJql.Context context) {
        String name = operand.function().toLowerCase(Locale.ROOT);
        ZonedDateTime now = context.site().now().atZone(context.zone());
        if (name.equals("now")) {
            return now.toInstant();
        }
        int by = operand.list() == null || operand.list().isEmpty() ? 0
                : Integer.parseInt(operand.list().get(0).text().replace("+", ""));
        LocalDate today = now.toLocalDate();
        LocalDate day = switch (name) {
            case "startofday" -> today.plusDays(by);
            case "startofweek" -> today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(by);
            case "startofmonth" -> today.withDayOfMonth(1).plusMonths(by);
            case "startofyear" -> today.withDayOfYear(1).plusYears(by);
            default -> throw new FakeJqlException("Unable to find JQL function '" + operand.function() + "()'.");
        };
        return day.atStartOfDay(context.zone()).toInstant();
    }

    private static FakeJqlException doesNotExist(String value, String field) {
        return new FakeJqlException("The value '" + value + "' does not exist for the field '" + field + "'.");
    }

    private static void requireOperator(String field, String op, String... allowed) {
        if (!List.of(allowed).contains(op)) {
            throw new FakeJqlException("The operator '" + op.toLowerCase(Locale.ROOT) + "' is not supported by the '"
                    + field + "' field.");
        }
    }
}
