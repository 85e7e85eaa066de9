package org.saleskpi.jira.simulated;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.saleskpi.core.issue.IssueRecord;

/**
 * The JQL the app and its cache send to Jira, read by the simulated Jira: clauses joined by AND, OR, NOT and
 * parentheses; {@code =}, {@code !=}, {@code in}, {@code not in} on project, issuetype, status, resolution, assignee,
 * reporter, key (issuekey) and id; {@code >=}, {@code >}, {@code <=}, {@code <} on created, updated and resolved with a
 * date ({@code "2026/12/05 10:30"}, {@code "2026-12-05"}, in Jira's zone) or a relative time ({@code -5m}, {@code -2h},
 * {@code -1d}); a trailing ORDER BY is accepted and ignored (results come by id). Anything else is rejected with a
 * message, as Jira rejects what it cannot parse, so a test learns when the app sends a shape this does not read.
 */
final class SimulatedJql {
    private static final Pattern TOKEN = Pattern.compile(
            "\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'|!=|>=|<=|[=<>(),]|[^\\s=!<>(),\"']+)");
    private static final Pattern ORDER_BY = Pattern.compile("(?i)\\s+order\\s+by\\s+.*$|^\\s*order\\s+by\\s+.*$");
    private static final Pattern RELATIVE = Pattern.compile("-(\\d+)([mhdw])");
    private static final List<DateTimeFormatter> DATE_TIMES = List.of(
            DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm"), DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("yyyy/MM/dd"), DateTimeFormatter.ofPattern("yyyy-MM-dd"));

    private final List<String> tokens;
    private final ZoneId zone;
    private final Clock clock;
    private int next;
    /** The id lists of {@code id in (…)} and {@code id = n} clauses, while no OR or NOT is seen. */
    private final List<Set<Long>> idLists = new ArrayList<>();
    private boolean onlyConjunctions = true;

    private SimulatedJql(List<String> tokens, ZoneId zone, Clock clock) {
        this.tokens = tokens;
        this.zone = zone;
        this.clock = clock;
    }

    /**
     * The issues {@code jql} selects; an empty query selects every issue.
     *
     * @throws IllegalArgumentException with Jira-like words when the text is not in the shapes above
     */
    static Predicate<StoredIssue> parse(String jql, ZoneId zone, Clock clock) {
        return read(jql, zone, clock).selects();
    }

    /**
     * What {@code jql} selects, and, when it is a conjunction with {@code id in (…)} or {@code id = n}, the only ids
     * it can select: the cache reads issues by id 500 at a time, which must not scan a million issues each time.
     */
    record Selection(Predicate<StoredIssue> selects, Optional<Set<Long>> ids) {
    }

    static Selection read(String jql, ZoneId zone, Clock clock) {
        String text = ORDER_BY.matcher(jql == null ? "" : jql).replaceFirst("").trim();
        if (text.isEmpty()) {
            return new Selection(issue -> true, Optional.empty());
        }
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        int at = 0;
        while (at < text.length() && matcher.find(at) && matcher.start() == at) {
            tokens.add(matcher.group(1));
            at = matcher.end();
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }
        if (at < text.length()) {
            throw new IllegalArgumentException("Error in the JQL Query: unexpected text at '" + text.substring(at)
                    + "'.");
        }
        SimulatedJql parser = new SimulatedJql(tokens, zone, clock);
        Predicate<StoredIssue> query = parser.or();
        if (parser.next < tokens.size()) {
            throw new IllegalArgumentException("Error in the JQL Query: unexpected '" + tokens.get(parser.next)
                    + "'.");
        }
        Optional<Set<Long>> ids = Optional.empty();
        if (parser.onlyConjunctions && !parser.idLists.isEmpty()) {
            Set<Long> common = new java.util.HashSet<>(parser.idLists.get(0));
            parser.idLists.forEach(common::retainAll);
            ids = Optional.of(Set.copyOf(common));
        }
        return new Selection(query, ids);
    }

    private Predicate<StoredIssue> or() {
        Predicate<StoredIssue> left = and();
        while (accept("or")) {
            onlyConjunctions = false;
            left = left.or(and());
        }
        return left;
    }

    private Predicate<StoredIssue> and() {
        Predicate<StoredIssue> left = unary();
        while (accept("and")) {
            left = left.and(unary());
        }
        return left;
    }

    private Predicate<StoredIssue> unary() {
        if (accept("not")) {
            onlyConjunctions = false;
            return unary().negate();
        }
        if (accept("(")) {
            Predicate<StoredIssue> inner = or();
            expect(")");
            return inner;
        }
        return clause();
    }

    private Predicate<StoredIssue> clause() {
        String field = word().toLowerCase(Locale.ROOT);
        String operator = word().toLowerCase(Locale.ROOT);
        if (operator.equals("not")) {
            expect("in");
            operator = "not in";
            onlyConjunctions = onlyConjunctions && !field.equals("id");
        }
        switch (field) {
            case "created":
            case "updated":
            case "resolved":
            case "resolutiondate":
                return time(field, operator, word());
            default:
                return text(field, operator);
        }
    }

    private Predicate<StoredIssue> text(String field, String operator) {
        Set<String> values;
        switch (operator) {
            case "=":
            case "!=":
                values = Set.of(lower(word()));
                break;
            case "in":
            case "not in":
                values = list();
                break;
            default:
                throw new IllegalArgumentException("Error in the JQL Query: the operator '" + operator
                        + "' is not supported by the simulated Jira for the field '" + field + "'.");
        }
        if (field.equals("id") && (operator.equals("=") || operator.equals("in"))) {
            idLists.add(values.stream().map(SimulatedJql::id).collect(Collectors.toSet()));
        }
        java.util.function.Function<StoredIssue, String> value = value(field);
        Predicate<StoredIssue> in = issue -> {
            String v = value.apply(issue);
            return v != null && values.contains(v.toLowerCase(Locale.ROOT));
        };
        return operator.equals("=") || operator.equals("in") ? in : in.negate();
    }

    private static java.util.function.Function<StoredIssue, String> value(String field) {
        switch (field) {
            case "project":
                return issue -> issue.record().project();
            case "issuetype":
            case "type":
                return issue -> issue.record().issueType();
            case "status":
                return issue -> issue.record().status();
            case "resolution":
                return issue -> issue.record().resolution().orElse(null);
            case "assignee":
                return issue -> issue.record().assignee().orElse(null);
            case "reporter":
                return issue -> issue.record().reporter().orElse(null);
            case "key":
            case "issuekey":
                return issue -> issue.record().key();
            case "id":
                return issue -> Long.toString(issue.id());
            default:
                throw new IllegalArgumentException("Field '" + field + "' does not exist or you do not have"
                        + " permission to view it.");
        }
    }

    private static Long id(String text) {
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Error in the JQL Query: '" + text + "' is not an issue id.");
        }
    }

    private Predicate<StoredIssue> time(String field, String operator, String literal) {
        Instant bound = instant(unquote(literal));
        java.util.function.Function<IssueRecord, Optional<Instant>> value = switch (field) {
            case "created" -> r -> Optional.of(r.created());
            case "updated" -> r -> Optional.of(r.updated());
            default -> IssueRecord::resolved;
        };
        Predicate<Instant> compare = switch (operator) {
            case ">=" -> t -> !t.isBefore(bound);
            case ">" -> t -> t.isAfter(bound);
            case "<=" -> t -> !t.isAfter(bound);
            case "<" -> t -> t.isBefore(bound);
            default -> throw new IllegalArgumentException("Error in the JQL Query: the operator '" + operator
                    + "' is not supported by the simulated Jira for the field '" + field + "'.");
        };
        return issue -> value.apply(issue.record()).map(compare::test).orElse(false);
    }

    private Instant instant(String literal) {
        Matcher relative = RELATIVE.matcher(literal);
        if (relative.matches()) {
            long amount = Long.parseLong(relative.group(1));
            Duration back = switch (relative.group(2)) {
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                case "d" -> Duration.ofDays(amount);
                default -> Duration.ofDays(7 * amount);
            };
            return clock.instant().minus(back);
        }
        for (DateTimeFormatter format : DATE_TIMES) {
            try {
                return LocalDateTime.parse(literal, format).atZone(zone).toInstant();
            } catch (DateTimeParseException e) {
                // next format
            }
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(literal, format).atStartOfDay(zone).toInstant();
            } catch (DateTimeParseException e) {
                // next format
            }
        }
        throw new IllegalArgumentException("Date value '" + literal + "' is invalid. Valid formats include:"
                + " 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g."
                + " '-5d', '4w 2d'.");
    }

    private Set<String> list() {
        expect("(");
        List<String> values = new ArrayList<>();
        values.add(lower(word()));
        while (accept(",")) {
            values.add(lower(word()));
        }
        expect(")");
        return values.stream().collect(Collectors.toUnmodifiableSet());
    }

    private String lower(String token) {
        return unquote(token).toLowerCase(Locale.ROOT);
    }

    private static String unquote(String token) {
        if (token.length() >= 2 && (token.startsWith("\"") && token.endsWith("\"")
                || token.startsWith("'") && token.endsWith("'"))) {
            return token.substring(1, token.length() - 1).replaceAll("\\\\(.)", "$1");
        }
        return token;
    }

    private String word() {
        if (next >= tokens.size()) {
            throw new IllegalArgumentException("Error in the JQL Query: the query ends too early.");
        }
        String token = tokens.get(next++);
        if (token.equals("(") || token.equals(")") || token.equals(",")) {
            throw new IllegalArgumentException("Error in the JQL Query: unexpected '" + token + "'.");
        }
        return token;
    }

    private boolean accept(String token) {
        if (next < tokens.size() && tokens.get(next).equalsIgnoreCase(token)) {
            next++;
            return true;
        }
        return false;
    }

    private void expect(String token) {
        if (!accept(token)) {
            throw new IllegalArgumentException("Error in the JQL Query: expected '" + token + "'"
                    + (next < tokens.size() ? " at '" + tokens.get(next) + "'." : " at the end."));
        }
    }
}
