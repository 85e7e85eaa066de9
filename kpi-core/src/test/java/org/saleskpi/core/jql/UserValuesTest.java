package org.saleskpi.core.jql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.saleskpi.core.jql.UserClausesTest.directory;
import static org.saleskpi.core.jql.UserClausesTest.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.index.CustomField;
import org.saleskpi.core.issue.FieldType;

/** How one user value is looked up: Jira's order of username, then full name or e-mail address. */
class UserValuesTest {

    @Test
    void aUsernameWinsOverSomeoneElsesFullName() {
        // "max" is max's username and also the full name of another person.
        List<JqlPeople.Person> people = List.of(person("max", "Max Mustermann", null), person("m2", "Max", null));

        assertThat(named("max", people)).isEqualTo(new UserValues.Named.One("max"));
        assertThat(named("MAX", people)).isEqualTo(new UserValues.Named.One("max"));
    }

    @Test
    void aSyncedPersonsJiraIdNamesThemAsAUsernameDoes() {
        // A Cloud account id holds a colon, which a local username may not: the person keeps it as their Jira id,
        // which wins over another person whose full name happens to be that id.
        List<JqlPeople.Person> people = List.of(
                new JqlPeople.Person("557058_f58131cb", "557058_f58131cb", "Jane Doe", Optional.empty(),
                        Optional.of("557058:f58131cb")),
                person("557058:f58131cb-other", "557058:f58131cb", null));

        assertThat(named("557058:f58131cb", people)).isEqualTo(new UserValues.Named.One("557058_f58131cb"));
        assertThat(named("Jane Doe", people)).isEqualTo(new UserValues.Named.One("557058_f58131cb"));
        // The id is no full name: a value that only contains it names nobody.
        assertThat(named("557058", people)).isEqualTo(UserValues.Named.NOBODY);
    }

    @Test
    void anAddressLookingValuePrefersTheEmailMatch() {
        // One person's full name is another's address (an account named after a mailbox).
        List<JqlPeople.Person> people = List.of(person("sales.box", "sam@example.com", null),
                person("sam", "Sam Seller", "sam@example.com"));

        assertThat(named("sam@example.com", people)).isEqualTo(new UserValues.Named.One("sam"));
    }

    @Test
    void aPlainValuePrefersTheFullNameMatch() {
        // An address without a domain is no address: the full name wins, as in Jira.
        List<JqlPeople.Person> people = List.of(person("a", "Sales Desk", null),
                person("b", "Bea Buyer", "sales desk"));

        assertThat(named("sales desk", people)).isEqualTo(new UserValues.Named.One("a"));
    }

    @Test
    void aSharedAddressIsAmbiguousAsASharedNameIs() {
        List<JqlPeople.Person> people = List.of(person("b", "Bea", "team@example.com"),
                person("a", "Al", "team@example.com"));

        assertThat(named("team@example.com", people)).isEqualTo(new UserValues.Named.Several(List.of("a", "b")));
        assertThat(named("nobody@example.com", people)).isEqualTo(UserValues.Named.NOBODY);
    }

    @Test
    void onlyUserClausesAreLookedUp() {
        List<String> asked = new ArrayList<>();
        JqlPeople people = value -> {
            asked.add(value);
            return List.of();
        };
        List<CustomField> fields = List.of(new CustomField("customfield_1", "Owner", FieldType.USER),
                new CustomField("customfield_2", "Customer", FieldType.TEXT));

        UserValues.resolve(JqlParser.parse("status = \"Jane Doe\" AND Customer = Jane AND summary ~ Jane"
                + " AND (Owner in (\"Ann\", EMPTY, currentUser()) OR reporter = \" Bo \" OR NOT assignee = Cy)"), fields,
                people);

        assertThat(asked).containsExactlyInAnyOrder("Ann", "Bo", "Cy");
    }

    @Test
    void resolvedValuesAreEqualWhenTheyNameTheSamePeople() {
        List<JqlPeople.Person> people = List.of(person("jane.doe", "Jane Doe", null));
        JqlQuery query = JqlParser.parse("assignee = \"Jane Doe\"");

        UserValues once = UserValues.resolve(query, List.of(), directory(people));
        UserValues again = UserValues.resolve(query, List.of(), directory(people));
        UserValues renamed = UserValues.resolve(query, List.of(),
                directory(List.of(person("jane.doe", "Jane Doe", null), person("jd", "Jane Doe", null))));

        assertThat(again).isEqualTo(once).hasSameHashCodeAs(once);
        assertThat(renamed).isNotEqualTo(once);
    }

    private static UserValues.Named named(String value, List<JqlPeople.Person> people) {
        JqlQuery query = JqlParser.parse("assignee = \"" + value + "\"");
        return UserValues.resolve(query, List.of(), directory(people)).of(value);
    }
}
