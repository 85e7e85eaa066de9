package org.saleskpi.core.jql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.saleskpi.core.index.CustomField;

/**
 * Whom the values of a query's user clauses name, looked up in the directory once per query and
 * before any row is read: a clause then costs one lookup per value, and its scan stays one pass
 * over the column's codes. Being a value, it also keys loaded tables, so a renamed or new person
 * never answers from a table loaded before.
 *
 * <p>Jira's rule, for assignee, reporter and user-picker fields alike: "You can search by the user's
 * full name, ID, or email address"
 * (https://confluence.atlassian.com/display/JIRACORESERVER0713/Advanced+searching+-+fields+reference).
 * A username (here also the key, and for a person synced from Jira their Jira account id or key, which Jira's JQL
 * takes: "reporter = \"abcde-12345-fedcba\"" finds "John Smith whose Atlassian account id is abcde-12345-fedcba",
 * https://support.atlassian.com/jira-service-management-cloud/docs/jql-operators/) comes first; otherwise the
 * people whose full name or e-mail address equals the value, both ignoring case, the e-mail matches winning
 * when the value looks like an address
 * ({@code UserResolver.getIdsFromName},
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/jql/resolver/UserResolver.html; the order,
 * the ignored case and the e-mail preference are those of a public copy of Jira's 6.x-era
 * {@code UserResolverImpl}, UNVERIFIED against the 10.3 and 11.3 builds). Accents are letters like
 * any other: "José Núñez" matches "josé núñez" but never "Jose Nunez".
 *
 * <p>Where Jira's resolver returns every person of an ambiguous name and searches them all, the
 * subset refuses the value with an error naming the usernames (see {@link Named.Several}): a KPI
 * that silently adds two reps' deals together is worse than a question back.
 */
public record UserValues(Map<String, Named> named) {
    /** No value resolved: every value names the user key it spells, if an issue holds it. */
    public static final UserValues NONE = new UserValues(Map.of());

    /** Only decides which matches win (Jira asks its own address check), never whether a value is valid. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public UserValues {
        named = Map.copyOf(named);
    }

    /** Looks up every literal of the query's user clauses; {@code fields} tells which custom fields hold users. */
    public static UserValues resolve(JqlQuery query, List<CustomField> fields, JqlPeople people) {
        Map<String, Named> named = new HashMap<>();
        query.terminals().forEach(terminal -> collect(terminal, fields, people, named));
        return new UserValues(named);
    }

    /** Whom a value names; a value the query did not hold names nobody. */
    Named of(String value) {
        return named.getOrDefault(value.strip(), Named.NOBODY);
    }

    private static void collect(Clause.Terminal terminal, List<CustomField> fields, JqlPeople people,
            Map<String, Named> named) {
        if (!JqlFields.holdsUsers(terminal.field(), fields)) {
            return;
        }
        List<Operand> operands = terminal.operand() instanceof Operand.Values values
                ? values.values() : List.of(terminal.operand());
        for (Operand operand : operands) {
            if (operand instanceof Operand.Literal literal) {
                named.computeIfAbsent(literal.text().strip(), value -> lookUp(value, people));
            }
        }
    }

    private static Named lookUp(String value, JqlPeople people) {
        if (value.isEmpty()) {
            return Named.NOBODY; // every name contains "": not worth asking the directory
        }
        List<JqlPeople.Person> candidates = people.candidates(value);
        for (JqlPeople.Person person : candidates) {
            if (person.username().equalsIgnoreCase(value) || person.key().equalsIgnoreCase(value)
                    || person.jiraId().filter(value::equalsIgnoreCase).isPresent()) {
                return new Named.One(person.key());
            }
        }
        List<String> byFullName = new ArrayList<>();
        List<String> byEmail = new ArrayList<>();
        for (JqlPeople.Person person : candidates) {
            if (person.fullName().equalsIgnoreCase(value)) {
                byFullName.add(person.key());
            }
            if (person.email().filter(value::equalsIgnoreCase).isPresent()) {
                byEmail.add(person.key());
            }
        }
        List<String> keys = byEmail.isEmpty() || (!byFullName.isEmpty() && !EMAIL.matcher(value).matches())
                ? byFullName : byEmail;
        if (keys.isEmpty()) {
            return Named.NOBODY;
        }
        return keys.size() == 1 ? new Named.One(keys.get(0)) : new Named.Several(keys);
    }

    /** Whom one value names. */
    public sealed interface Named {
        Named NOBODY = new Nobody();

        /** Exactly one person, by key. */
        record One(String key) implements Named {
        }

        /** Several people share the full name or e-mail address: the query must say which, by username. */
        record Several(List<String> keys) implements Named {
            public Several {
                keys = keys.stream().sorted().toList();
            }
        }

        /** No person: the value can still be a user key that issues hold (an account gone from the directory). */
        record Nobody() implements Named {
        }
    }
}
