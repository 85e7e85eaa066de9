package org.saleskpi.core.jql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.issue.FieldValue;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.StatusCategory;
import org.saleskpi.core.validation.InvalidInputException;
import org.saleskpi.core.index.CustomField;
import org.saleskpi.core.index.IssueIndex;
import org.saleskpi.core.index.IndexedIssue;

/**
 * User values in every user clause, as Jira reads them: a username, else a full name or an e-mail
 * address that names exactly one person. The people, by key (full name):
 * <pre>
 * jane.doe   Jane Doe (jane@example.com)     D-1 assignee, D-2 D-3 reporter
 * jane.smith Jane Smith                      D-2 assignee, D-1 Owner
 * jos.n.ez   José Núñez                      D-3 assignee and Owner, D-4 reporter
 * max.m      Max Mustermann                  D-4 assignee, D-1 reporter
 * jdoe       Jane Doe as well, in AMBIGUOUS  D-6 assignee; not a person of PEOPLE
 * ghost      (nobody: a key only issues hold) D-5 reporter; D-5 is unassigned
 * </pre>
 */
class UserClausesTest {
    static final CustomField OWNER = new CustomField("customfield_10040", "Owner", FieldType.USER);
    static final JqlPeople.Person JANE_DOE = person("jane.doe", "Jane Doe", "jane@example.com");
    static final JqlPeople.Person JANE_SMITH = person("jane.smith", "Jane Smith", null);
    static final JqlPeople.Person JOSE = person("jos.n.ez", "José Núñez", null);
    static final JqlPeople.Person MAX = person("max.m", "Max Mustermann", null);
    static final JqlPeople.Person OTHER_JANE_DOE = person("jdoe", "Jane Doe", null);
    static final List<JqlPeople.Person> PEOPLE = List.of(JANE_DOE, JANE_SMITH, JOSE, MAX);
    static final List<JqlPeople.Person> AMBIGUOUS = List.of(JANE_DOE, JANE_SMITH, JOSE, MAX, OTHER_JANE_DOE);
    private static final IssueIndex INDEX = index();

    static Stream<Arguments> queries() {
        return Stream.of(
                Arguments.of("assignee = \"Jane Doe\"", "D-1"),
                Arguments.of("assignee = \"jane doe\"", "D-1"),
                Arguments.of("assignee = \"JANE DOE\"", "D-1"),
                Arguments.of("assignee in (\"Jane Doe\", \"Max Mustermann\")", "D-1 D-4"),
                Arguments.of("assignee = \"José Núñez\"", "D-3"),
                Arguments.of("assignee = \"JOSÉ NÚÑEZ\"", "D-3"),
                Arguments.of("assignee = \"jane@example.com\"", "D-1"),
                Arguments.of("assignee = \"JANE@Example.COM\"", "D-1"),
                Arguments.of("assignee = jane.smith", "D-2"),
                Arguments.of("assignee = JANE.SMITH", "D-2"),
                // Jira's negations leave the unassigned D-5 out, NOT as well (it is the same as !=).
                Arguments.of("assignee != \"Jane Doe\"", "D-2 D-3 D-4 D-6"),
                Arguments.of("assignee not in (\"Jane Doe\", \"jane smith\")", "D-3 D-4 D-6"),
                Arguments.of("NOT assignee = \"Jane Doe\"", "D-2 D-3 D-4 D-6"),
                Arguments.of("assignee in (\"Jane Smith\", EMPTY)", "D-2 D-5"),
                Arguments.of("assignee is EMPTY", "D-5"),
                Arguments.of("assignee is not EMPTY", "D-1 D-2 D-3 D-4 D-6"),
                Arguments.of("assignee = currentUser()", "D-1"),
                Arguments.of("reporter = \"Jane Doe\"", "D-2 D-3"),
                Arguments.of("reporter in (\"josé núñez\", \"Max Mustermann\")", "D-1 D-4"),
                Arguments.of("reporter = ghost", "D-5"),
                Arguments.of("Owner = \"José Núñez\"", "D-3"),
                Arguments.of("cf[10040] = \"jane smith\"", "D-1"),
                Arguments.of("Owner != \"Jane Smith\"", "D-3"),
                Arguments.of("assignee = \"Jane Doe\" OR reporter = \"Jane Doe\"", "D-1 D-2 D-3"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("queries")
    void aUserValueNamesThePersonByUsernameFullNameOrEmail(String jql, String expected) {
        assertThat(keys(jql, PEOPLE)).containsExactlyInAnyOrder(expected.split(" "));
    }

    @Test
    void accentsAreLettersOfTheirOwn() {
        assertThatThrownBy(() -> keys("assignee = \"Jose Nunez\"", PEOPLE))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors().get(0).field()).isEqualTo("jql");
                    assertThat(e.getMessage()).isEqualTo("The value 'Jose Nunez' does not exist for the field 'assignee'.");
                });
    }

    @Test
    void aFirstNameAloneOrNothingNamesNobody() {
        assertThatThrownBy(() -> keys("reporter in (Jane, \"Jane Smith\")", PEOPLE))
                .hasMessage("The value 'Jane' does not exist for the field 'reporter'.");
        assertThatThrownBy(() -> keys("assignee = \" \"", PEOPLE))
                .hasMessage("The value ' ' does not exist for the field 'assignee'.");
    }

    @Test
    void aFullNameTwoPeopleShareIsRefusedNamingBoth() {
        for (String jql : List.of("assignee = \"Jane Doe\"", "assignee in (\"Jane Smith\", \"jane doe\")",
                "assignee != \"Jane Doe\"", "project = D AND NOT assignee not in (\"JANE DOE\")")) {
            assertThatThrownBy(() -> keys(jql, AMBIGUOUS)).as(jql)
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.errors()).hasSize(1);
                        assertThat(e.errors().get(0).field()).isEqualTo("jql");
                        assertThat(e.errors().get(0).messageKey()).isEqualTo("saleskpi.jql.user.ambiguous");
                        assertThat(e.getMessage()).matches("The value '(Jane Doe|jane doe|JANE DOE)' for field"
                                + " 'assignee' names 2 users \\(jane.doe, jdoe\\): use the username of the one you mean.");
                    });
        }
        assertThatThrownBy(() -> keys("Owner = \"Jane Doe\"", AMBIGUOUS)).hasMessageContaining("field 'Owner'");
    }

    @Test
    void theUsernamesAndTheUnsharedNamesStillAnswerBesideAnAmbiguousName() {
        assertThat(keys("assignee = jdoe", AMBIGUOUS)).containsExactly("D-6");
        assertThat(keys("assignee = jane.doe", AMBIGUOUS)).containsExactly("D-1");
        assertThat(keys("assignee = \"jane@example.com\"", AMBIGUOUS)).containsExactly("D-1");
        assertThat(keys("assignee in (\"Jane Smith\", \"José Núñez\")", AMBIGUOUS)).containsExactlyInAnyOrder("D-2",
                "D-3");
    }

    @Test
    void checkingAQueryRefusesWhatRunningItWould() {
        INDEX.read(columns -> {
            JqlQuery query = JqlParser.parse("assignee = \"Jane Doe\"");
            JqlContext context = context(query, AMBIGUOUS);
            assertThatThrownBy(() -> JqlFilter.check(query, columns, context)).hasMessageContaining("names 2 users");
            JqlQuery unknown = JqlParser.parse("assignee = nobody");
            assertThatThrownBy(() -> JqlFilter.check(unknown, columns, context(unknown, PEOPLE)))
                    .hasMessage("The value 'nobody' does not exist for the field 'assignee'.");
            return null;
        });
    }

    /** Each value is looked up once per query, however many rows and clauses use it. */
    @Test
    void theDirectoryIsAskedOncePerValueNotPerRow() {
        IssueIndex big = new IssueIndex();
        List<IndexedIssue> issues = new ArrayList<>();
        String[] reps = {"jane.doe", "jane.smith", "jos.n.ez", "max.m"};
        for (int i = 1; i <= 20_000; i++) {
            issues.add(issue(IssueRecord.builder("BIG-" + i, "BIG").assignee(reps[i % 4]).reporter(reps[(i + 1) % 4])));
        }
        big.upsert(issues);
        AtomicInteger lookups = new AtomicInteger();
        JqlPeople counting = value -> {
            lookups.incrementAndGet();
            return directory(PEOPLE).candidates(value);
        };
        JqlQuery query = JqlParser.parse("assignee in (\"Jane Doe\", \"José Núñez\") OR reporter = \"Jane Doe\""
                + " OR (status = Won AND assignee != \"Jane Doe\")");
        JqlContext context = new JqlContext(Instant.EPOCH, ZoneOffset.UTC, Optional.empty(), DayOfWeek.MONDAY)
                .withUsers(UserValues.resolve(query, List.of(), counting));

        long found = big.read(columns -> JqlFilter.select(query, columns, context).count());

        // Rows i % 4 == 0 or 2 by assignee, i % 4 == 3 by reporter (none is Won): 15,000.
        assertThat(found).isEqualTo(15_000);
        assertThat(lookups).hasValue(2);
    }

    private static List<String> keys(String jql, List<JqlPeople.Person> people) {
        JqlQuery query = JqlParser.parse(jql);
        JqlContext context = context(query, people);
        return INDEX.read(columns -> {
            List<String> found = new ArrayList<>();
            JqlFilter.select(query, columns, context).forEach(row -> found.add(columns.key(row)));
            return found;
        });
    }

    private static JqlContext context(JqlQuery query, List<JqlPeople.Person> people) {
        return new JqlContext(Instant.EPOCH, ZoneOffset.UTC, Optional.of("jane.doe"), DayOfWeek.MONDAY)
                .withUsers(UserValues.resolve(query, List.of(OWNER), directory(people)));
    }

    /** Like the server's: everyone whose username or full name contains the value, in any case. */
    static JqlPeople directory(List<JqlPeople.Person> people) {
        return value -> people.stream().filter(p -> p.username().toLowerCase().contains(value.toLowerCase())
                || p.jiraId().filter(id -> id.equalsIgnoreCase(value)).isPresent()
                || p.fullName().toLowerCase().contains(value.toLowerCase())
                || p.email().filter(e -> e.equalsIgnoreCase(value)).isPresent()).toList();
    }

    static JqlPeople.Person person(String key, String fullName, String email) {
        return new JqlPeople.Person(key, key, fullName, Optional.ofNullable(email));
    }

    private static IssueIndex index() {
        IssueIndex index = new IssueIndex();
        index.defineField(OWNER);
        index.upsert(List.of(
                issue(IssueRecord.builder("D-1", "D").assignee("jane.doe").reporter("max.m")
                        .field(OWNER.id(), FieldValue.user("jane.smith"))),
                issue(IssueRecord.builder("D-2", "D").assignee("jane.smith").reporter("jane.doe")),
                issue(IssueRecord.builder("D-3", "D").assignee("jos.n.ez").reporter("jane.doe")
                        .field(OWNER.id(), FieldValue.user("jos.n.ez"))),
                issue(IssueRecord.builder("D-4", "D").assignee("max.m").reporter("jos.n.ez")),
                issue(IssueRecord.builder("D-5", "D").reporter("ghost")),
                issue(IssueRecord.builder("D-6", "D").assignee("jdoe"))));
        return index;
    }

    private static IndexedIssue issue(IssueRecord.Builder record) {
        return new IndexedIssue(record.type("Deal").status("Open", StatusCategory.TO_DO)
                .created(Instant.parse("2024-03-01T10:00:00Z")).build(), "a deal", "", java.util.Set.of());
    }
}
