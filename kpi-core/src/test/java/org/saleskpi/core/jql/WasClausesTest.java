package org.saleskpi.core.jql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.saleskpi.core.gadget.Histories.deal;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.saleskpi.core.gadget.Histories;
import org.saleskpi.core.index.IndexedIssue;
import org.saleskpi.core.index.IndexedIssueSource;
import org.saleskpi.core.index.IssueHistories;
import org.saleskpi.core.index.IssueIndex;
import org.saleskpi.core.index.SearchPage;
import org.saleskpi.core.index.Visibility;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.IssueQuery;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.core.validation.FieldError;
import org.saleskpi.core.validation.InvalidInputException;

/**
 * JQL's history operators over four deals told change by change (Berlin local times), WAS answered from their
 * recorded changes and the index's current values. The keys each query must select are worked out from the
 * histories below, not from what the code printed.
 */
class WasClausesTest {
    private static final UserRef ANN = new UserRef("ann", "Ann");
    private static final Instant NOW = Histories.at("2026-03-20 12:00");

    /*
     *  SALES-1 created in Prospecting, assigned to ann; 01-20 Proposal; 02-01 reassigned to bob; 02-15 Won.
     *     statuses had: Prospecting, Proposal, Won (now). assignees had: ann, bob (now).
     *  SALES-2 created in Prospecting, unassigned; 01-16 assigned to carl; 02-20 Lost.
     *     statuses had: Prospecting, Lost (now). assignees had: none, carl (now).
     *  SALES-3 created in Proposal, assigned to bob; no change. statuses had: Proposal. assignees had: bob.
     *  SALES-4 imported without history, now in Negotiation, assigned to carl: judged on that alone.
     */
    private static final List<Histories.Deal> DEALS = List.of(
            deal("SALES-1", "2026-01-10 10:00", "Prospecting").with(Column.ASSIGNEE, "ann")
                    .change("2026-01-20 10:00", Column.STATUS, "Proposal")
                    .change("2026-02-01 10:00", Column.ASSIGNEE, "bob")
                    .change("2026-02-15 10:00", Column.STATUS, "Won"),
            deal("SALES-2", "2026-01-15 10:00", "Prospecting")
                    .change("2026-01-16 10:00", Column.ASSIGNEE, "carl")
                    .change("2026-02-20 10:00", Column.STATUS, "Lost"),
            deal("SALES-3", "2026-02-01 10:00", "Proposal").with(Column.ASSIGNEE, "bob"),
            deal("SALES-4", "2026-02-05 10:00", "Negotiation").with(Column.ASSIGNEE, "carl").unknown());

    private static final IndexedIssueSource SOURCE = Histories.indexed(DEALS, NOW);
    private static final IndexedIssueSource TRACKED = Histories.tracked(DEALS, NOW);

    static Stream<Arguments> queries() {
        return Stream.of(
                // Had it before (SALES-1 and 2 were created in it), not now.
                Arguments.of("status was Prospecting", "1 2"),
                // Had it before (SALES-1) or has it now (SALES-3); names match ignoring case.
                Arguments.of("status WAS \"proposal\"", "1 3"),
                // Won now (SALES-1); Negotiation now, past unknown (SALES-4).
                Arguments.of("status was in (Won, Negotiation)", "1 4"),
                Arguments.of("status was Qualified", ""),
                // Never had it: neither now nor before.
                Arguments.of("status was not Prospecting", "3 4"),
                Arguments.of("status was not in (Proposal, Lost)", "4"),
                Arguments.of("not status was Won", "2 3 4"),
                Arguments.of("assignee was ann", "1"),
                Arguments.of("assignee was bob", "1 3"),
                Arguments.of("assignee was currentUser()", "1"),
                // SALES-2 was unassigned until 01-16.
                Arguments.of("assignee was EMPTY", "2"),
                Arguments.of("assignee was in (ann, carl)", "1 2 4"),
                Arguments.of("assignee was not bob", "2 4"),
                Arguments.of("status was Proposal and assignee was carl", ""),
                Arguments.of("status was Prospecting and assignee was not ann", "2"),
                Arguments.of("status was Proposal or assignee was carl", "1 2 3 4"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void selectsTheIssuesThatHaveOrHadTheValues(String jql, String keys) {
        assertSelects(SOURCE, jql, keys);
    }

    /** The same answers from an index holding the deals' changes beside its rows, its store never asked. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void anIndexHoldingTheChangesSelectsTheSameWithoutAskingTheStore(String jql, String keys) {
        SearchPage page = assertSelects(TRACKED, jql, keys);

        assertThat(keys(TRACKED.load(new IssueQuery(jql, ANN, Set.of(Column.KEY), Histories.ZONE))))
                .isEqualTo(page.issues().stream().map(IndexedIssue::key).toList());
        TRACKED.validate(jql);
    }

    /** Searches and counts {@code jql}: the numbers of the keys it selects, in key order. */
    private static SearchPage assertSelects(IndexedIssueSource source, String jql, String keys) {
        SearchPage page = source.search(jql + " ORDER BY key", ANN, 0, 10);

        assertThat(page.issues()).extracting(issue -> issue.key().substring("SALES-".length()))
                .containsExactlyElementsOf(keys.isEmpty() ? List.of() : Arrays.asList(keys.split(" ")));
        assertThat(source.count(jql, ANN)).isEqualTo(page.total());
        return page;
    }

    @Test
    void theOperatorsParseWithTheirValues() {
        assertThat(operator("status was Won")).isEqualTo(Operator.WAS);
        assertThat(operator("status WAS NOT Won")).isEqualTo(Operator.WAS_NOT);
        assertThat(operator("status was in (Won, Lost)")).isEqualTo(Operator.WAS_IN);
        assertThat(operator("status was not in (Won)")).isEqualTo(Operator.WAS_NOT_IN);
        Clause.Terminal in = (Clause.Terminal) JqlParser.parse("status was in (Won, EMPTY)").where().orElseThrow();
        assertThat(((Operand.Values) in.operand()).values()).hasSize(2);
        assertThat(JqlParser.parse("status was Won").readsHistory()).isTrue();
        assertThat(JqlParser.parse("status in (Won)").readsHistory()).isFalse();
    }

    @Test
    void brokenHistoryClausesAreRefusedInJirasWords() {
        assertThat(error("status was in Won")).isEqualTo("Expecting '(' but got 'Won' at character 14.");
        assertThat(error("status was Won BEFORE \"2026-01-01\"")).isEqualTo("The history predicate 'BEFORE' at"
                + " character 15 is not supported here; only the field's values, past or present, are.");
        // Jira's WAS applies to assignee, fix version, priority, reporter, resolution and status only.
        assertThat(error("summary was Won")).isEqualTo("The operator 'was' is not supported by the 'summary' field.");
        assertThat(error("Amount was 5")).isEqualTo("The operator 'was' is not supported by the 'Amount' field.");
        assertThat(error("created was not \"2026-01-01\""))
                .isEqualTo("The operator 'was not' is not supported by the 'created' field.");
    }

    @Test
    void aHostWithoutHistoryRefusesTheClauseNamingTheField() {
        IssueIndex index = new IssueIndex();
        IndexedIssueSource without = new IndexedIssueSource(index, (user, projects) -> new Visibility(
                Set.copyOf(projects), Set.of()), Clock.fixed(NOW, Histories.ZONE), Histories.ZONE, JqlPeople.NONE,
                IssueHistories.NONE);

        for (Runnable query : List.<Runnable>of(() -> without.count("Status was in (Won, Lost)", ANN),
                () -> without.validate("project = SALES and Status was in (Won, Lost)"))) {
            assertThatThrownBy(query::run).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
                    e.errors()).containsExactly(new FieldError("jql", "saleskpi.jql.history", "The operator 'was in'"
                            + " is not supported by the 'Status' field here: no history of its changes is recorded.")));
        }
    }

    @Test
    void theHistoryIsAskedOncePerClauseWithTheValuesAsRecorded() {
        // One question per WAS clause, user values as keys, names as written, EMPTY as its own flag.
        List<String> asked = new java.util.ArrayList<>();
        IssueHistories recorder = new IssueHistories() {
            @Override
            public Map<String, org.saleskpi.core.history.IssueHistory> histories(List<String> keys,
                    Set<String> fieldIds) {
                return Map.of();
            }

            @Override
            public java.util.Optional<ValueHistory> values() {
                return java.util.Optional.of((fieldId, values, empty) -> {
                    asked.add(fieldId + " " + new java.util.TreeSet<>(values) + " " + empty);
                    return Set.of("SALES-9");
                });
            }
        };
        IndexedIssueSource source = new IndexedIssueSource(new IssueIndex(), (user, projects) -> new Visibility(
                Set.copyOf(projects), Set.of()), Clock.fixed(NOW, Histories.ZONE), Histories.ZONE, JqlPeople.NONE,
                recorder);

        // SALES-9 is held by no index row: the keys the history gives are matched to rows, never invented.
        assertThat(source.count("status was in (Won, \"Closed Won\") or assignee was not (currentUser())"
                .replace("(currentUser())", "currentUser()") + " or reporter was EMPTY or status = Won", ANN))
                .isZero();
        assertThat(asked).containsExactly("status [Closed Won, Won] false", "assignee [ann] false",
                "reporter [] true");
    }

    private static List<String> keys(IssueTable table) {
        List<String> keys = new java.util.ArrayList<>();
        for (int row = 0; row < table.size(); row++) {
            keys.add(table.keys().key(row));
        }
        keys.sort(null);
        return keys;
    }

    private static Operator operator(String jql) {
        return ((Clause.Terminal) JqlParser.parse(jql).where().orElseThrow()).operator();
    }

    private static String error(String jql) {
        try {
            SOURCE.count(jql, ANN);
        } catch (InvalidInputException e) {
            return e.errors().get(0).message();
        }
        throw new AssertionError("no error for " + jql);
    }
}
