package org.saleskpi.core.jql;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.saleskpi.core.index.IssueIndex;
import org.saleskpi.core.index.TwelveIssues;

/**
 * Jira's rule for every kind of field the subset holds: "The != operator will not match a field that has no value",
 * "typing field != value is the same as typing NOT field = value" and "field != EMPTY is the same as field IS_NOT
 * EMPTY" (https://confluence.atlassian.com/jiracoreserver0816/advanced-searching-operators-reference-1063165739.html,
 * NOT EQUALS; NOT IN likewise "will not match a field that has no value"). So for each field and value of
 * {@link TwelveIssues}: the four ways to say "not v" select the same issues, which are exactly the issues with a
 * value other than v; and IS EMPTY and IS NOT EMPTY split the issues in two.
 */
class NegationsLeaveEmptyOutTest {
    private static final IssueIndex INDEX = TwelveIssues.index();
    private static final JqlContext CONTEXT = new JqlContext(TwelveIssues.NOW, TwelveIssues.ZONE,
            Optional.of("alice"), DayOfWeek.MONDAY);

    static Stream<Arguments> fieldsAndValues() {
        return Stream.of(
                Arguments.of("assignee", "alice"),
                Arguments.of("reporter", "bob"),
                Arguments.of("resolution", "Done"),
                Arguments.of("Region", "EMEA"),
                Arguments.of("Owner", "alice"),
                Arguments.of("Customer", "\"Acme Corp\""),
                Arguments.of("Amount", "200"),
                Arguments.of("\"Close Date\"", "\"2024-02-01\""),
                Arguments.of("due", "\"2024-03-20\""),
                Arguments.of("resolved", "\"2024-02-29\""),
                Arguments.of("labels", "vip"));
    }

    @ParameterizedTest(name = "[{index}] {0} {1}")
    @MethodSource("fieldsAndValues")
    void everyNegationSkipsTheEmptyCells(String field, String value) {
        Set<String> equal = keys(field + " = " + value);
        Set<String> empty = keys(field + " is EMPTY");
        Set<String> others = new HashSet<>(keys(""));
        others.removeAll(equal);
        others.removeAll(empty);

        // Each field has issues on all three sides, so a negation that kept the empty cells would show.
        assertThat(equal).as("issues with %s = %s", field, value).isNotEmpty();
        assertThat(empty).as("issues without %s", field).isNotEmpty();
        assertThat(others).as("issues with another %s", field).isNotEmpty();
        assertThat(keys(field + " != " + value)).isEqualTo(others);
        assertThat(keys(field + " not in (" + value + ")")).isEqualTo(others);
        assertThat(keys("NOT " + field + " = " + value)).isEqualTo(others);
        assertThat(keys("NOT " + field + " in (" + value + ")")).isEqualTo(others);
        // NOT over a group pushes down: NOT (f = v OR f is EMPTY) is f != v AND f is not EMPTY.
        assertThat(keys("NOT (" + field + " = " + value + " OR " + field + " is EMPTY)")).isEqualTo(others);
        // Naming EMPTY in the list asks for it explicitly, on both sides.
        Set<String> equalOrEmpty = new HashSet<>(equal);
        equalOrEmpty.addAll(empty);
        assertThat(keys(field + " in (" + value + ", EMPTY)")).isEqualTo(equalOrEmpty);
        assertThat(keys(field + " not in (" + value + ", EMPTY)")).isEqualTo(others);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("fieldsAndValues")
    void isEmptyAndIsNotEmptySplitTheIssues(String field, String value) {
        Set<String> empty = keys(field + " is EMPTY");
        Set<String> filled = keys(field + " is not EMPTY");
        assertThat(keys(field + " = EMPTY")).isEqualTo(empty);
        assertThat(keys(field + " = NULL")).isEqualTo(empty);
        assertThat(keys(field + " != EMPTY")).isEqualTo(filled);
        assertThat(keys("NOT " + field + " is EMPTY")).isEqualTo(filled);
        assertThat(filled).doesNotContainAnyElementsOf(empty);
        Set<String> both = new HashSet<>(empty);
        both.addAll(filled);
        assertThat(both).isEqualTo(keys(""));
    }

    private static Set<String> keys(String jql) {
        return INDEX.read(columns -> {
            Set<String> found = new HashSet<>();
            JqlFilter.select(JqlParser.parse(jql), columns, CONTEXT).forEach(row -> found.add(columns.key(row)));
            return found;
        });
    }
}
