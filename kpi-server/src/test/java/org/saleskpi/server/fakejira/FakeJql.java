package org.saleskpi.server.fakejira;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fake Jira's own JQL, written from Jira's documentation and independently of the app's JQL
 * module (org.saleskpi.core.jql), so the conformance suite compares two implementations.
 * Structure: {@code AND}, {@code OR}, {@code NOT}, parentheses, {@code ORDER BY} with several keys.
 * Clauses: see {@link #clauses()}; every other field is refused with Jira's "does not exist" error.
 * Syntax and operators: Jira's "Advanced search reference - JQL fields/operators" pages (Cloud and
 * Data Center); the clause names {@code id}, {@code issue}, {@code issuekey}, {@code key} are one
 * field, as {@code GET /rest/api/2/field} lists them in {@code clauseNames}.
 */
public final class FakeJql {

    /** What a clause may use: the site, who asks (account id), and the zone dates are read in. */
    public record Context(FakeSite site, String accountId, ZoneId zone) {
    }

    /**
     * A clause's right-hand side: a value ({@code text}, quoted or not), {@code EMPTY}/{@code NULL},
     * a function call ({@code function} with its arguments in {@code list}), or a list in parentheses.
     */
    public record Operand(String text, boolean quoted, boolean empty, String function, List<Operand> list) {
        public boolean isList() {
            return list != null && function == null;
        }

        /** The values of a list, or this single value. */
        public List<Operand> values() {
            return isList() ? list : List.of(this);
        }
    }

    /** One field's clauses: the test for "field operator operand" ({@code operator} upper case: "=", "NOT IN", "IS NOT"). */
    @FunctionalInterface
    public interface Clause {
        Predicate<FakeIssue> test(String field, String operator, Operand operand, Context context);
    }

    /** A parsed query: which issues and in which order. */
    public record Query(Predicate<FakeIssue> where, Comparator<FakeIssue> order) {
    }

    private static final Map<String, Clause> CLAUSES = clauses();
    private static final Map<String, Function<Context, Comparator<FakeIssue>>> ORDERS = orders();

    private FakeJql() {
    }

    /**
     * The clauses the fake understands, by lower-case clause name. THE PLACE TO ADD CLAUSES (part
     * jqlconf): put the field's clause names here with a {@link Clause}; {@link #orders()} likewise.
     */
    private static Map<String, Clause> clauses() {
        Map<String, Clause> clauses = new HashMap<>();
        clauses.put("project", FakeJql::project);
        Clause type = FakeJql::issueType;
        clauses.put("issuetype", type);
        clauses.put("type", type);
        Clause key = FakeJql::issueKey;
        for (String name : List.of("id", "issue", "issuekey", "key")) {
            clauses.put(name, key);
        }
        Clause created = (field, op, operand, context) -> dateClause("created", FakeIssue::created, op, operand, context);
        clauses.put("created", created);
        clauses.put("createddate", created);
        Clause updated = (field, op, operand, context) -> dateClause("updated", FakeIssue::updated, op, operand, context);
        clauses.put("updated", updated);
        clauses.put("updateddate", updated);
        return Map.copyOf(clauses);
    }

    /**
     * Sort keys by lower-case name. {@code key} sorts by project key, then issue number; {@code id} by
     * the numeric id (UNVERIFIED: Jira lists id among the issue key's clause names, so its ORDER BY id
     * may sort like key; no public source settles it).
     */
    private static Map<String, Function<Context, Comparator<FakeIssue>>> orders() {
        Map<String, Function<Context, Comparator<FakeIssue>>> orders = new HashMap<>();
        orders.put("created", context -> Comparator.comparing(FakeIssue::created));
        orders.put("updated", context -> Comparator.comparing(FakeIssue::updated));
        orders.put("id", context -> Comparator.comparingLong(FakeIssue::numericId));
        Function<Context, Comparator<FakeIssue>> key = context -> Comparator.comparing(FakeIssue::project)
                .thenComparingInt(FakeIssue::keyNumber);
        orders.put("key", key);
        orders.put("issuekey", key);
        return Map.copyOf(orders);
    }

    /** The issues {@code accountId} may see that match {@code jql}, in the query's order. */
    public static List<FakeIssue> run(String jql, FakeSite site, String accountId) {
        Context context = new Context(site, accountId, site.zone());
        Query query = parse(jql, context);
        List<FakeIssue> matching = new ArrayList<>();
        for (FakeIssue issue : site.issues()) {
            if (site.canSee(accountId, issue) && query.where().test(issue)) {
                matching.add(issue);
            }
        }
        matching.sort(query.order());
        return matching;
    }

    public static Query parse(String jql, Context context) {
        return new Parser(tokens(jql == null ? "" : jql), context).query();
    }

    // ---- clauses ----

    private static Predicate<FakeIssue> project(String field, String op, Operand operand, Context context) {
        requireOperator(field, op, "=", "!=", "IN", "NOT IN");
        List<String> keys = new ArrayList<>();
        for (Operand value : operand.values()) {
            keys.add(projectKey(value, context));
        }
        Predicate<FakeIssue> in = issue -> keys.contains(issue.project());
        return op.startsWith("NOT") || op.equals("!=") ? in.negate() : in;
    }

    /**
     * A project by key, name or id. One the user may not browse is refused like one that does not exist,
     * with 400 "The value 'X' does not exist for the field 'project'.": spark1security/n0s1#20 shows Cloud
     * answering so for a project whose issues the token may not browse; tenable/integration-jira-cloud#25
     * and pycontribs/jira#27 show the message.
     */
    private static String projectKey(Operand value, Context context) {
        Optional<FakeProject> project = context.site().projects().stream()
                .filter(p -> p.key().equalsIgnoreCase(value.text()) || p.name().equalsIgnoreCase(value.text())
                        || p.id().equals(value.text()))
                .filter(p -> context.site().visibleProjects(context.accountId()).contains(p.key()))
                .findFirst();
        return project.map(FakeProject::key).orElseThrow(() -> new FakeJqlException(
                "The value '" + value.text() + "' does not exist for the field 'project'."));
    }

    private static Predicate<FakeIssue> issueType(String field, String op, Operand operand, Context context) {
        requireOperator(field, op, "=", "!=", "IN", "NOT IN");
        List<String> names = new ArrayList<>();
        for (Operand value : operand.values()) {
            String name = FakeSchema.ISSUE_TYPES.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(value.text()) || e.getValue().equals(value.text()))
                    .map(Map.Entry::getKey).findFirst()
                    .orElseThrow(() -> new FakeJqlException(
                            "The value '" + value.text() + "' does not exist for the field '" + field + "'."));
            names.add(name);
        }
        Predicate<FakeIssue> in = issue -> names.contains(issue.issueType());
        return op.startsWith("NOT") || op.equals("!=") ? in.negate() : in;
    }

    /**
     * The issue key field: numbers compare with the issue id, keys with the key (an order comparison
     * on keys stays inside the key's project and compares numbers). A key or id that does not exist
     * matches nothing (UNVERIFIED: Jira refuses a missing key with "An issue with key 'X' does not
     * exist for field 'key'."; the fake is lenient so that censuses of deleted issues keep working).
     */
    private static Predicate<FakeIssue> issueKey(String field, String op, Operand operand, Context context) {
        requireOperator(field, op, "=", "!=", "<", "<=", ">", ">=", "IN", "NOT IN");
        List<Predicate<FakeIssue>> any = new ArrayList<>();
        for (Operand value : operand.values()) {
            String text = value.text();
            if (text == null) {
                throw new FakeJqlException("The field '" + field + "' does not support searching for EMPTY values.");
            }
            if (text.chars().allMatch(Character::isDigit) && !text.isEmpty()) {
                long id = Long.parseLong(text);
                any.add(issue -> compare(Long.compare(issue.numericId(), id), op));
            } else {
                Matcher key = Pattern.compile("([A-Za-z][A-Za-z0-9_]*)-(\\d+)").matcher(text);
                if (!key.matches()) {
                    throw new FakeJqlException("The issue key '" + text + "' for field '" + field + "' is invalid.");
                }
                String project = key.group(1).toUpperCase(Locale.ROOT);
                int number = Integer.parseInt(key.group(2));
                any.add(issue -> issue.project().equals(project) && compare(Integer.compare(issue.keyNumber(), number), op));
            }
        }
        Predicate<FakeIssue> in = issue -> any.stream().anyMatch(p -> p.test(issue));
        return op.equals("NOT IN") ? in.negate() : op.equals("!=") ? issue -> any.stream().allMatch(p -> p.test(issue)) : in;
    }

    /** {@code compared} is issue-vs-value; = and IN mean equal, != means not equal. */
    private static boolean compare(int compared, String op) {
        return switch (op) {
            case "=", "IN", "NOT IN" -> compared == 0;
            case "!=" -> compared != 0;
            case "<" -> compared < 0;
            case "<=" -> compared <= 0;
            case ">" -> compared > 0;
            case ">=" -> compared >= 0;
            default -> throw new IllegalStateException(op);
        };
    }

    private static Predicate<FakeIssue> dateClause(String field, Function<FakeIssue, Instant> read, String op,
            Operand operand, Context context) {
        requireOperator(field, op, "=", "!=", "<", "<=", ">", ">=");
        if (operand.isList() || operand.empty() || operand.function() != null) {
            throw new FakeJqlException("The operator '" + op.toLowerCase(Locale.ROOT) + "' does not support the value given for field '" + field + "'.");
        }
        Instant value = date(field, operand.text(), context);
        return issue -> compare(read.apply(issue).compareTo(value), op);
    }

    private static final List<DateTimeFormatter> DATE_TIMES = List.of(
            DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm"), DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("yyyy/MM/dd"), DateTimeFormatter.ofPattern("yyyy-MM-dd"));
    private static final Pattern PERIOD = Pattern.compile("([-+]?)(\\d+)([wdhm])");

    /**
     * A date value in the asking user's zone: "yyyy/MM/dd HH:mm", "yyyy-MM-dd HH:mm", "yyyy/MM/dd",
     * "yyyy-MM-dd" (a date alone is its midnight), or a period from now like "-5d", "-2h", "-30m"
     * (Jira's date field reference lists these formats).
     */
    static Instant date(String field, String text, Context context) {
        for (DateTimeFormatter format : DATE_TIMES) {
            try {
                return LocalDateTime.parse(text, format).atZone(context.zone()).toInstant();
            } catch (DateTimeParseException e) {
                // next format
            }
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text, format).atStartOfDay(context.zone()).toInstant();
            } catch (DateTimeParseException e) {
                // next format
            }
        }
        Matcher period = PERIOD.matcher(text);
        if (period.matches()) {
            long amount = Long.parseLong(period.group(2)) * (period.group(1).equals("-") ? -1 : 1);
            Duration unit = switch (period.group(3)) {
                case "w" -> Duration.ofDays(7);
                case "d" -> Duration.ofDays(1);
                case "h" -> Duration.ofHours(1);
                default -> Duration.ofMinutes(1);
            };
            return context.site().now().plus(unit.multipliedBy(amount));
        }
        throw new FakeJqlException("Date value '" + text + "' for field '" + field + "' is invalid. Valid formats include:"
                + " 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.");
    }

    private static void requireOperator(String field, String op, String... allowed) {
        if (!List.of(allowed).contains(op)) {
            throw new FakeJqlException("The operator '" + op.toLowerCase(Locale.ROOT).replace("not in", "not in")
                    + "' is not supported by the '" + field + "' field.");
        }
    }

    // ---- tokens ----

    enum Kind { WORD, STRING, OPERATOR, OPEN, CLOSE, COMMA, END }

    record Token(Kind kind, String text, int position) {
        boolean is(String word) {
            return kind == Kind.WORD && text.equalsIgnoreCase(word);
        }
    }

    private static List<Token> tokens(String jql) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < jql.length()) {
            char c = jql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')' || c == ',') {
                tokens.add(new Token(c == '(' ? Kind.OPEN : c == ')' ? Kind.CLOSE : Kind.COMMA, String.valueOf(c), i));
                i++;
            } else if (c == '"' || c == '\'') {
                StringBuilder text = new StringBuilder();
                int start = i++;
                while (i < jql.length() && jql.charAt(i) != c) {
                    if (jql.charAt(i) == '\\' && i + 1 < jql.length()) {
                        i++;
                    }
                    text.append(jql.charAt(i++));
                }
                if (i >= jql.length()) {
                    throw error("Error in the JQL Query: The quoted string '" + text + "' has not been completed.", start);
                }
                i++;
                tokens.add(new Token(Kind.STRING, text.toString(), start));
            } else if ("=!<>~".indexOf(c) >= 0) {
                int start = i;
                String two = jql.length() > i + 1 ? jql.substring(i, i + 2) : "";
                String op = List.of("!=", "<=", ">=", "!~").contains(two) ? two : String.valueOf(c);
                if (op.equals("!")) {
                    throw error("Error in the JQL Query: The character '!' is a reserved JQL character.", start);
                }
                i += op.length();
                tokens.add(new Token(Kind.OPERATOR, op, start));
            } else {
                int start = i;
                while (i < jql.length() && !Character.isWhitespace(jql.charAt(i)) && "(),\"'=!<>~".indexOf(jql.charAt(i)) < 0) {
                    i++;
                }
                tokens.add(new Token(Kind.WORD, jql.substring(start, i), start));
            }
        }
        tokens.add(new Token(Kind.END, "", jql.length()));
        return tokens;
    }

    private static FakeJqlException error(String message, int position) {
        return new FakeJqlException(message + " (line 1, character " + (position + 1) + ")");
    }

    private static final class Parser {
        private final List<Token> tokens;
        private final Context context;
        private int at;

        Parser(List<Token> tokens, Context context) {
            this.tokens = tokens;
            this.context = context;
        }

        Query query() {
            Predicate<FakeIssue> where = issue -> true;
            if (peek().kind() != Kind.END && !peek().is("ORDER")) {
                where = or();
            }
            Comparator<FakeIssue> order = null;
            if (peek().is("ORDER")) {
                next();
                if (!next().is("BY")) {
                    throw error("Error in the JQL Query: Expecting 'by' but got '" + tokens.get(at - 1).text() + "'.", tokens.get(at - 1).position());
                }
                do {
                    Token field = next();
                    if (field.kind() != Kind.WORD && field.kind() != Kind.STRING) {
                        throw error("Error in the JQL Query: Expecting a field name but got '" + field.text() + "'.", field.position());
                    }
                    Function<Context, Comparator<FakeIssue>> sort = ORDERS.get(field.text().toLowerCase(Locale.ROOT));
                    if (sort == null) {
                        throw unknownField(field.text());
                    }
                    Comparator<FakeIssue> one = sort.apply(context);
                    if (peek().is("DESC")) {
                        next();
                        one = one.reversed();
                    } else if (peek().is("ASC")) {
                        next();
                    }
                    order = order == null ? one : order.thenComparing(one);
                } while (peek().kind() == Kind.COMMA && next() != null);
            }
            if (peek().kind() != Kind.END) {
                throw error("Error in the JQL Query: Expecting either 'OR' or 'AND' but got '" + peek().text() + "'.", peek().position());
            }
            // UNVERIFIED: the order Jira uses without ORDER BY; the jrjc search fixture lists keys
            // descending (TST-13 .. TST-6). Ties are broken by id so that paging is stable.
            Comparator<FakeIssue> byId = Comparator.comparingLong(FakeIssue::numericId);
            Comparator<FakeIssue> fallback = ORDERS.get("key").apply(context).reversed();
            return new Query(where, order == null ? fallback.thenComparing(byId) : order.thenComparing(byId));
        }

        private Predicate<FakeIssue> or() {
            Predicate<FakeIssue> left = and();
            while (peek().is("OR")) {
                next();
                left = left.or(and());
            }
            return left;
        }

        private Predicate<FakeIssue> and() {
            Predicate<FakeIssue> left = not();
            while (peek().is("AND")) {
                next();
                left = left.and(not());
            }
            return left;
        }

        private Predicate<FakeIssue> not() {
            if (peek().is("NOT")) {
                next();
                return not().negate();
            }
            if (peek().kind() == Kind.OPEN) {
                next();
                Predicate<FakeIssue> inner = or();
                expect(Kind.CLOSE, "')'");
                return inner;
            }
            return clause();
        }

        private Predicate<FakeIssue> clause() {
            Token field = next();
            if (field.kind() != Kind.WORD && field.kind() != Kind.STRING) {
                throw error("Error in the JQL Query: Expecting a field name but got '" + field.text() + "'.", field.position());
            }
            String operator = operator();
            Operand operand = operand();
            Clause clause = CLAUSES.get(field.text().toLowerCase(Locale.ROOT));
            if (clause == null) {
                throw unknownField(field.text());
            }
            return clause.test(field.text(), operator, operand, context);
        }

        private String operator() {
            Token token = next();
            if (token.kind() == Kind.OPERATOR) {
                return token.text();
            }
            if (token.is("IN")) {
                return "IN";
            }
            if (token.is("IS")) {
                if (peek().is("NOT")) {
                    next();
                    return "IS NOT";
                }
                return "IS";
            }
            if (token.is("NOT") && peek().is("IN")) {
                next();
                return "NOT IN";
            }
            if (token.is("WAS") || token.is("CHANGED")) {
                throw new FakeJqlException("The fake Jira does not evaluate history operators ('" + token.text() + "').");
            }
            throw error("Error in the JQL Query: Expecting operator but got '" + token.text() + "'. The valid operators are"
                    + " '=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'.", token.position());
        }

        private Operand operand() {
            Token token = next();
            if (token.kind() == Kind.OPEN) {
                List<Operand> values = new ArrayList<>();
                do {
                    values.add(operand());
                } while (peek().kind() == Kind.COMMA && next() != null);
                expect(Kind.CLOSE, "')'");
                return new Operand(null, false, false, null, values);
            }
            if (token.kind() == Kind.STRING) {
                return new Operand(token.text(), true, false, null, null);
            }
            if (token.kind() != Kind.WORD) {
                throw error("Error in the JQL Query: Expecting either a value, list or function but got '" + token.text() + "'.", token.position());
            }
            if (token.is("EMPTY") || token.is("NULL")) {
                return new Operand(null, false, true, null, null);
            }
            if (peek().kind() == Kind.OPEN) {
                next();
                List<Operand> arguments = new ArrayList<>();
                if (peek().kind() != Kind.CLOSE) {
                    do {
                        arguments.add(operand());
                    } while (peek().kind() == Kind.COMMA && next() != null);
                }
                expect(Kind.CLOSE, "')'");
                return new Operand(null, false, false, token.text(), arguments);
            }
            return new Operand(token.text(), false, false, null, null);
        }

        private void expect(Kind kind, String what) {
            Token token = next();
            if (token.kind() != kind) {
                throw error("Error in the JQL Query: Expecting " + what + " but got '" + token.text() + "'.", token.position());
            }
        }

        private Token peek() {
            return tokens.get(at);
        }

        private Token next() {
            Token token = tokens.get(at);
            if (token.kind() != Kind.END) {
                at++;
            }
            return token;
        }
    }

    private static FakeJqlException unknownField(String field) {
        return new FakeJqlException("Field '" + field + "' does not exist or you do not have permission to view it.");
    }
}
