package org.saleskpi.core.jql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.saleskpi.core.issue.StandardField;
import org.saleskpi.core.validation.InvalidInputException;
import org.saleskpi.core.index.IssueIndex;
import org.saleskpi.core.index.SystemField;
import org.saleskpi.core.index.TwelveIssues;

/** The one field table: every name a query may use, every engine field, and every entry filters and orders. */
class FieldTableTest {
    private static final IssueIndex INDEX = TwelveIssues.index();
    private static final JqlContext CONTEXT = new JqlContext(TwelveIssues.NOW, TwelveIssues.ZONE,
            Optional.of("alice"), DayOfWeek.MONDAY);

    @Test
    void jiraNamesOfTheSystemFields() {
        Map<String, SystemField> byName = new TreeMap<>();
        for (SystemField field : SystemField.values()) {
            field.names().forEach(name -> byName.put(name, field));
        }
        assertThat(byName).containsExactlyEntriesOf(new TreeMap<>(Map.ofEntries(
                Map.entry("assignee", SystemField.ASSIGNEE), Map.entry("created", SystemField.CREATED),
                Map.entry("createddate", SystemField.CREATED), Map.entry("description", SystemField.DESCRIPTION),
                Map.entry("due", SystemField.DUE), Map.entry("duedate", SystemField.DUE),
                Map.entry("issue", SystemField.KEY), Map.entry("issuekey", SystemField.KEY),
                Map.entry("issuetype", SystemField.ISSUE_TYPE),
                Map.entry("key", SystemField.KEY), Map.entry("labels", SystemField.LABELS),
                Map.entry("project", SystemField.PROJECT), Map.entry("reporter", SystemField.REPORTER),
                Map.entry("resolution", SystemField.RESOLUTION), Map.entry("resolutiondate", SystemField.RESOLVED),
                Map.entry("resolved", SystemField.RESOLVED), Map.entry("status", SystemField.STATUS),
                Map.entry("statuscategory", SystemField.STATUS_CATEGORY), Map.entry("summary", SystemField.SUMMARY),
                Map.entry("text", SystemField.TEXT), Map.entry("type", SystemField.ISSUE_TYPE),
                Map.entry("updated", SystemField.UPDATED), Map.entry("updateddate", SystemField.UPDATED))));
        assertThat(SystemField.named("ResolutionDate")).contains(SystemField.RESOLVED);
        assertThat(SystemField.named("customfield_10010")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(StandardField.class)
    void everyEngineFieldHasItsIndexColumn(StandardField field) {
        assertThat(SystemField.of(field).engine()).contains(field);
    }

    @Test
    void onlyAssigneeAndReporterHoldPeople() {
        Set<SystemField> people = Arrays.stream(SystemField.values()).filter(SystemField::holdsUsers)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(SystemField.class)));
        assertThat(people).containsExactly(SystemField.ASSIGNEE, SystemField.REPORTER);
    }

    /** Each of a field's names selects the same rows, and empty and filled cells split every issue. */
    @ParameterizedTest
    @EnumSource(SystemField.class)
    void everyNameOfAFieldFiltersItsColumn(SystemField field) {
        List<String> filled = keys(field.names().get(0) + " is not empty");
        List<String> empty = keys(field.names().get(0) + " is empty");
        for (String name : field.names()) {
            assertThat(keys(name.toUpperCase(Locale.ROOT) + " is not empty")).isEqualTo(filled);
            assertThat(keys(name + " is empty")).isEqualTo(empty);
        }
        if (field != SystemField.TEXT) {
            // text IS EMPTY matches an issue with any of its texts empty, IS NOT EMPTY one with any filled.
            assertThat(filled).noneMatch(empty::contains);
            assertThat(filled.size() + empty.size()).isEqualTo(INDEX.size());
        }
    }

    @ParameterizedTest
    @EnumSource(SystemField.class)
    void everyFieldButLabelsAndTextOrders(SystemField field) {
        String jql = "order by " + field.names().get(0);
        if (field == SystemField.LABELS || field == SystemField.TEXT) {
            assertThatThrownBy(() -> INDEX.read(c -> {
                JqlFilter.check(JqlParser.parse(jql), c, CONTEXT);
                return null;
            })).isInstanceOf(InvalidInputException.class).hasMessageContaining("does not support sorting");
        } else {
            int[] ascending = INDEX.read(c -> JqlOrder.page(JqlParser.parse(jql), JqlFilter.select(
                    JqlParser.parse(jql), c, CONTEXT), c, 0, Integer.MAX_VALUE));
            int[] descending = INDEX.read(c -> JqlOrder.page(JqlParser.parse(jql + " desc"), JqlFilter.select(
                    JqlParser.parse(jql), c, CONTEXT), c, 0, Integer.MAX_VALUE));
            // Empty cells come last ascending and first descending, as in Jira.
            List<String> emptyKeys = keys(field.names().get(0) + " is empty");
            int empty = emptyKeys.size();
            assertThat(ascending).hasSize(INDEX.size());
            assertThat(keysOf(ascending).subList(INDEX.size() - empty, INDEX.size()))
                    .containsExactlyInAnyOrderElementsOf(emptyKeys);
            assertThat(keysOf(descending).subList(0, empty)).containsExactlyInAnyOrderElementsOf(emptyKeys);
            assertThat(keysOf(ascending)).isNotEqualTo(keysOf(descending));
        }
    }

    private static List<String> keysOf(int[] rows) {
        return INDEX.read(columns -> Arrays.stream(rows).mapToObj(columns::key).toList());
    }

    private static List<String> keys(String jql) {
        return INDEX.read(columns -> {
            List<String> found = new ArrayList<>();
            JqlFilter.select(JqlParser.parse(jql), columns, CONTEXT).forEach(row -> found.add(columns.key(row)));
            return found;
        });
    }
}
