package org.saleskpi.core.gadget.funnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.saleskpi.core.gadget.Histories.deal;
import static org.saleskpi.core.gadget.Ports.unused;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.drill.HeldSelections;
import org.saleskpi.core.drill.KeySelections;
import org.saleskpi.core.index.IndexedIssueSource;
import org.saleskpi.core.gadget.GadgetData;
import org.saleskpi.core.gadget.Gadgets;
import org.saleskpi.core.gadget.Histories;
import org.saleskpi.core.gadget.Node;
import org.saleskpi.core.gadget.Ports;
import org.saleskpi.core.goal.GoalRepository;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.IssueCatalog;
import org.saleskpi.core.issue.IssueQuery;
import org.saleskpi.core.kpi.KpiProfile;
import org.saleskpi.core.kpi.KpiProfileRepository;
import org.saleskpi.core.kpi.QuotaRepository;
import org.saleskpi.core.kpi.SalesModel;
import org.saleskpi.core.user.AccessPolicy;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.core.validation.InvalidInputException;

/** The funnel's dataset through the use case, over deals told with their history and counted by hand. */
class FunnelTypeTest {
    private static final UserRef VERA = new UserRef("vera", "Vera");
    private static final Clock CLOCK = Clock.fixed(Histories.at("2026-03-20 12:00"), Histories.ZONE);

    /*
     * The first quarter of 2026 (this quarter on 20 March), stages Prospecting, Proposal, Negotiation, then won.
     *  SALES-1 created 01-10 in Prospecting, 01-20 Proposal, 02-01 Negotiation, 02-15 Won: every step.
     *  SALES-2 created 01-15 in Prospecting, 02-01 Negotiation (skips Proposal), 02-20 Lost.
     *  SALES-3 created 02-01 in Prospecting, 02-10 Proposal, 02-20 back to Prospecting, 03-01 Proposal again.
     *  SALES-4 created 03-01 in Prospecting, no change.
     *  SALES-5 created 2025-12-20 in Prospecting, 01-05 Proposal, 01-25 Won: created (and entered) last quarter.
     *  SALES-6 created 01-05 in New (no stage), 02-05 Proposal (skips Prospecting).
     *  SALES-7 a lead created 01-10 in Prospecting, 01-12 Proposal: not a deal, never counted.
     *
     * Cumulative, created in the quarter (SALES-1, 2, 3, 4, 6; the step each got to, a skipped one passed):
     *  SALES-1 won; SALES-2 Negotiation; SALES-3 Proposal; SALES-4 Prospecting; SALES-6 Proposal.
     *  reached: Prospecting 5, Proposal 4 (1, 2, 3, 6), Negotiation 2 (1, 2), won 1 (1).
     *  step conversion: 4/5 = 0.8, 2/4 = 0.5, 1/2 = 0.5, won none (absent).
     *  from start: 5/5 = 1, 4/5 = 0.8, 2/5 = 0.4, 1/5 = 0.2.
     * Strict (stages entered in order 1, 2, ...): SALES-1 all 4; SALES-2 Prospecting only (then Negotiation,
     *  out of order); SALES-3 Prospecting, Proposal; SALES-4 Prospecting; SALES-6 none (never in Prospecting).
     *  reached: 4, 2, 1, 1.
     * Cumulative, the cohort entering Prospecting in the quarter: SALES-1 (01-10), 2 (01-15), 3 (02-01),
     *  4 (03-01); SALES-5 entered on 2025-12-20 and SALES-6 never. reached: 4, 3 (1, 2, 3), 2 (1, 2), 1.
     */
    static final List<Histories.Deal> DEALS = List.of(
            deal("SALES-1", "2026-01-10 10:00", "Prospecting")
                    .change("2026-01-20 10:00", Column.STATUS, "Proposal")
                    .change("2026-02-01 10:00", Column.STATUS, "Negotiation")
                    .change("2026-02-15 10:00", Column.STATUS, "Won"),
            deal("SALES-2", "2026-01-15 10:00", "Prospecting")
                    .change("2026-02-01 10:00", Column.STATUS, "Negotiation")
                    .change("2026-02-20 10:00", Column.STATUS, "Lost"),
            deal("SALES-3", "2026-02-01 10:00", "Prospecting")
                    .change("2026-02-10 10:00", Column.STATUS, "Proposal")
                    .change("2026-02-20 10:00", Column.STATUS, "Prospecting")
                    .change("2026-03-01 10:00", Column.STATUS, "Proposal"),
            deal("SALES-4", "2026-03-01 10:00", "Prospecting"),
            deal("SALES-5", "2025-12-20 10:00", "Prospecting")
                    .change("2026-01-05 10:00", Column.STATUS, "Proposal")
                    .change("2026-01-25 10:00", Column.STATUS, "Won"),
            deal("SALES-6", "2026-01-05 10:00", "New")
                    .change("2026-02-05 10:00", Column.STATUS, "Proposal"),
            deal("SALES-7", "2026-01-10 10:00", "Prospecting").with(Column.ISSUE_TYPE, "Lead")
                    .change("2026-01-12 10:00", Column.STATUS, "Proposal"));

    private final List<IssueQuery> loads = new ArrayList<>();

    private Node.Fields data(SalesModel model, List<Histories.Deal> deals, Map<String, List<String>> parameters) {
        return data(model, deals, KeySelections.NONE, parameters);
    }

    private Node.Fields data(SalesModel model, List<Histories.Deal> deals, KeySelections selections,
            Map<String, List<String>> parameters) {
        return (Node.Fields) new GadgetData(unused(AccessPolicy.class), Histories.source(deals, loads),
                unused(IssueCatalog.class), Ports.clockZone(), unused(KpiProfileRepository.class),
                unused(GoalRepository.class), unused(QuotaRepository.class), CLOCK, selections)
                .data("funnel", VERA, new KpiProfile(1, "SALES", "Sales", model, 1), parameters);
    }

    private Node.Fields data(Map<String, List<String>> parameters) {
        return data(Histories.model(), DEALS, parameters);
    }

    private static List<Map<String, Node>> steps(Node.Fields data) {
        return ((Node.Items) data.members().get("steps")).items().stream()
                .map(step -> ((Node.Fields) step).members()).toList();
    }

    private static List<Node> column(Node.Fields data, String name) {
        return steps(data).stream().map(step -> step.get(name)).toList();
    }

    private static Node number(String decimal) {
        return new Node.Number(new BigDecimal(decimal));
    }

    private static List<BigDecimal> numbers(Node.Fields data, String name) {
        return column(data, name).stream().map(n -> n instanceof Node.Number number ? number.number() : null).toList();
    }

    @Test
    void theRegistryFindsItWithItsOptions() {
        assertThat(Gadgets.find("funnel")).get().satisfies(type -> assertThat(type.options())
                .extracting(o -> o.name() + ":" + o.kind().key() + ":" + o.byDefault().orElse(""))
                .containsExactly("jql:jql:", "period:period:this-quarter", "funnelOrder:choice:cumulative",
                        "cohort:choice:created"));
    }

    @Test
    void cumulativeFunnelOfTheDealsCreatedInThePeriodWithItsConversions() {
        Node.Fields data = data(Map.of("period", List.of("this-quarter")));

        assertThat(loads).singleElement().satisfies(query -> assertThat(query.history()).contains(Column.STATUS));
        assertThat(data.members()).containsEntry("type", new Node.Text("funnel"))
                .containsEntry("absentReason", Node.Null.NULL)
                .containsEntry("funnelOrder", new Node.Text("cumulative"))
                .containsEntry("cohort", new Node.Text("created"));
        assertThat(column(data, "step")).containsExactly(new Node.Text("Prospecting"), new Node.Text("Proposal"),
                new Node.Text("Negotiation"), new Node.Text("won"));
        assertThat(column(data, "won")).containsExactly(new Node.Bool(false), new Node.Bool(false),
                new Node.Bool(false), new Node.Bool(true));
        assertThat(numbers(data, "reached")).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal(5), new BigDecimal(4), new BigDecimal(2), BigDecimal.ONE);
        assertThat(numbers(data, "stepConversion")).usingElementComparator(FunnelTypeTest::compareOrNull)
                .containsExactly(new BigDecimal("0.8"), new BigDecimal("0.5"), new BigDecimal("0.5"), null);
        assertThat(column(data, "stepConversionAbsentReason").get(3)).isNotEqualTo(Node.Null.NULL);
        assertThat(numbers(data, "fromStartConversion")).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(BigDecimal.ONE, new BigDecimal("0.8"), new BigDecimal("0.4"), new BigDecimal("0.2"));
    }

    @Test
    void cumulativeStepsOfTheCreatedCohortDrillOverHistoryInAShortQuery() {
        List<Map<String, Node>> steps = steps(data(Map.of("period", List.of("this-quarter"))));

        List<String> drills = steps.stream().map(step -> ((Node.Text) step.get("jql")).text()).toList();
        assertThat(drills).allSatisfy(jql -> assertThat(jql).startsWith("(project = SALES) AND ")
                .contains("issuetype = \"Deal\"").contains("created >= ").contains("created < ")
                .doesNotContain("key"));
        // Step k: the step's statuses and every later step's, won last (KPI-DEFINITIONS.md row 11, cumulative).
        assertThat(drills.get(0)).contains("status was in (\"Negotiation\", \"Proposal\", \"Prospecting\", \"Won\")");
        assertThat(drills.get(1)).contains("status was in (\"Negotiation\", \"Proposal\", \"Won\")");
        assertThat(drills.get(2)).contains("status was in (\"Negotiation\", \"Won\")");
        assertThat(drills.get(3)).contains("status was in (\"Won\")");
    }

    /*
     * The drills run through the JQL subset over the same deals in an index, WAS answered from their changes: each
     * selects as many deals as its step counts, in every order and cohort (the counts are the hand-worked ones above:
     * cumulative created 5 4 2 1, strict created 4 2 1 1, cumulative entered 4 3 2 1; strict entered: SALES-1 all 4,
     * SALES-2 Prospecting, SALES-3 Prospecting and Proposal, SALES-4 Prospecting: 4 2 1 1).
     */
    @Test
    void eachStepsDrillSelectsExactlyTheDealsItCountsInEveryOrderAndCohort() {
        IndexedIssueSource index = Histories.indexed(DEALS, CLOCK.instant());
        Map<String, List<Long>> expected = Map.of(
                "cumulative/created", List.of(5L, 4L, 2L, 1L), "strict/created", List.of(4L, 2L, 1L, 1L),
                "cumulative/entered", List.of(4L, 3L, 2L, 1L), "strict/entered", List.of(4L, 2L, 1L, 1L));
        expected.forEach((mode, counts) -> {
            String[] parts = mode.split("/");
            List<Map<String, Node>> steps = steps(data(Map.of("period", List.of("this-quarter"),
                    "funnelOrder", List.of(parts[0]), "cohort", List.of(parts[1]))));
            for (int step = 0; step < counts.size(); step++) {
                assertThat(((Node.Number) steps.get(step).get("reached")).number().longValue()).as(mode + " " + step)
                        .isEqualTo(counts.get(step));
                String jql = ((Node.Text) steps.get(step).get("jql")).text();
                assertThat(jql).as(mode).contains(mode.equals("cumulative/created") ? "status was in" : "key");
                assertThat(index.count(jql, VERA)).as(mode + " step " + step + ": " + jql).isEqualTo(counts.get(step));
            }
        });
    }

    @Test
    void aCreatedCohortHoldingADealOfUnknownPastDrillsByItsKeys() {
        // SALES-8, imported without history in February, is in the quarter's created cohort but in no step's count:
        // a search over history would judge it on its status today, so the steps list their keys instead.
        List<Histories.Deal> deals = new ArrayList<>(DEALS);
        deals.add(deal("SALES-8", "2026-02-02 10:00", "Negotiation").unknown());
        List<Map<String, Node>> steps = steps(data(Histories.model(), deals, Map.of("period", List.of("this-quarter"))));

        assertThat(((Node.Text) steps.get(2).get("jql")).text()).contains("key in (\"SALES-1\", \"SALES-2\")")
                .doesNotContain("was");
        assertThat(Histories.indexed(deals, CLOCK.instant()).count(((Node.Text) steps.get(2).get("jql")).text(), VERA))
                .isEqualTo(2);
    }

    /** 201 deals created in January in Prospecting, moved to Proposal in February: one past the inline bound. */
    private static List<Histories.Deal> overTheInlineBound() {
        List<Histories.Deal> deals = new ArrayList<>();
        for (int i = 1; i <= StepDrills.MAX_KEYS + 1; i++) {
            deals.add(deal("SALES-" + i, "2026-01-10 10:00", "Prospecting").change("2026-02-10 10:00", Column.STATUS,
                    "Proposal"));
        }
        return deals;
    }

    @Test
    void whereTheHostKeepsNoListsAStepOfMoreKeysThanALinkHoldsHasNoDrill() {
        // Strict order: step 1 (Proposal) reaches all 201, one past the bound, and step 2 (Negotiation) none.
        List<Histories.Deal> deals = overTheInlineBound();
        List<Map<String, Node>> steps = steps(data(Histories.model(), deals,
                Map.of("period", List.of("this-quarter"), "funnelOrder", List.of("strict"))));

        assertThat(((Node.Number) steps.get(1).get("reached")).number().intValue()).isEqualTo(StepDrills.MAX_KEYS + 1);
        assertThat(steps.get(1)).doesNotContainKey("jql");
        assertThat(steps.get(2)).doesNotContainKey("jql");
        // The same deals in the cumulative created funnel drill over history whatever their number.
        List<Map<String, Node>> cumulative = steps(data(Histories.model(), deals,
                Map.of("period", List.of("this-quarter"))));
        assertThat(Histories.indexed(deals, CLOCK.instant()).count(((Node.Text) cumulative.get(1).get("jql")).text(),
                VERA)).isEqualTo(StepDrills.MAX_KEYS + 1);
    }

    @Test
    void aStepOfMoreKeysThanALinkHoldsDrillsThroughAListSavedForTheViewer() {
        // Strict and entered cohorts alike: steps 0 (Prospecting) and 1 (Proposal) each reach all 201 deals
        // (created, and entering Prospecting, on 01-10; Proposal on 02-10, in order), one past the inline bound.
        List<Histories.Deal> deals = overTheInlineBound();
        HeldSelections store = new HeldSelections();
        KeySelections selections = new KeySelections(store, CLOCK);
        IndexedIssueSource search = Histories.indexed(deals, CLOCK.instant(), selections);
        for (String cohort : List.of("created", "entered")) {
            List<Map<String, Node>> steps = steps(data(Histories.model(), deals, selections, Map.of(
                    "period", List.of("this-quarter"), "funnelOrder", List.of("strict"), "cohort", List.of(cohort))));

            for (int step = 0; step <= 1; step++) {
                String jql = ((Node.Text) steps.get(step).get("jql")).text();
                assertThat(jql).as(cohort).contains("issue in saleskpiSelection(\"").doesNotContain("SALES-1");
                assertThat(search.count(jql, VERA)).as(cohort).isEqualTo(StepDrills.MAX_KEYS + 1);
            }
            assertThat(steps.get(2)).doesNotContainKey("jql");
        }
        // Steps 0 and 1 hold the same 201 keys, in both cohorts: one list serves all four links.
        assertThat(store.size()).isEqualTo(1);
        String jql = ((Node.Text) steps(data(Histories.model(), deals, selections, Map.of("period",
                List.of("this-quarter"), "funnelOrder", List.of("strict")))).get(1).get("jql")).text();
        // The list is Vera's: anyone else's search is told it does not exist, naming the jql.
        assertThatThrownBy(() -> search.count(jql, new UserRef("walt", "Walt")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(error -> {
                            assertThat(error.field()).isEqualTo("jql");
                            assertThat(error.messageKey()).isEqualTo("saleskpi.jql.selection.unknown");
                        }));
        // A week later the link has expired, and says so.
        IndexedIssueSource nextWeek = Histories.indexed(deals, CLOCK.instant(), new KeySelections(store,
                Clock.offset(CLOCK, KeySelections.LIFETIME)));
        assertThatThrownBy(() -> nextWeek.count(jql, VERA))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(error -> error.field() + " " + error.messageKey())
                        .containsExactly("jql saleskpi.jql.selection.expired"));
    }

    @Test
    void strictCountsOnlyStagesEnteredInOrder() {
        Node.Fields data = data(Map.of("period", List.of("this-quarter"), "funnelOrder", List.of("strict")));

        assertThat(data.members()).containsEntry("funnelOrder", new Node.Text("strict"));
        assertThat(numbers(data, "reached")).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal(4), new BigDecimal(2), BigDecimal.ONE, BigDecimal.ONE);
        // The lead SALES-7 entered Prospecting and Proposal in order: listed, left out by the deal type.
        assertThat(((Node.Text) steps(data).get(1).get("jql")).text())
                .contains("key in (\"SALES-1\", \"SALES-3\", \"SALES-7\")");
    }

    @Test
    void theCohortEnteringTheFirstStageInThePeriod() {
        Node.Fields data = data(Map.of("period", List.of("this-quarter"), "cohort", List.of("entered")));

        assertThat(numbers(data, "reached")).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal(4), new BigDecimal(3), new BigDecimal(2), BigDecimal.ONE);
    }

    @Test
    void withoutStagesTheWholeFunnelSaysItIsNotConfigured() {
        Node.Fields data = data(Histories.withoutStages(), DEALS, Map.of("period", List.of("this-quarter")));

        assertThat(data.members()).containsEntry("absentReason", new Node.Text("not-configured"));
        assertThat(steps(data)).isEmpty();
    }

    @Test
    void withoutHistoryTheWholeFunnelSaysSo() {
        List<Histories.Deal> imported = List.of(deal("SALES-1", "2026-01-10 10:00", "Proposal").unknown(),
                deal("SALES-2", "2026-02-10 10:00", "Won").unknown());

        Node.Fields data = data(Histories.model(), imported, Map.of("period", List.of("this-quarter")));

        assertThat(data.members()).containsEntry("absentReason", new Node.Text("no-history"));
        assertThat(steps(data)).isEmpty();
    }

    @Test
    void anUnknownOrderIsRefusedBeforeAnythingIsLoaded() {
        assertThatThrownBy(() -> data(Map.of("funnelOrder", List.of("sideways"))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(error -> error.field()).containsExactly("funnelOrder"));
        assertThat(loads).isEmpty();
    }

    private static int compareOrNull(BigDecimal a, BigDecimal b) {
        if (a == null || b == null) {
            return a == b ? 0 : 1;
        }
        return a.compareTo(b);
    }
}
