package org.saleskpi.core.gadget.timeinstage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.saleskpi.core.gadget.Histories.deal;
import static org.saleskpi.core.gadget.Ports.unused;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.gadget.GadgetData;
import org.saleskpi.core.gadget.Histories;
import org.saleskpi.core.gadget.Node;
import org.saleskpi.core.goal.GoalRepository;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.IssueCatalog;
import org.saleskpi.core.issue.IssueQuery;
import org.saleskpi.core.kpi.KpiProfile;
import org.saleskpi.core.kpi.KpiProfileRepository;
import org.saleskpi.core.kpi.QuotaRepository;
import org.saleskpi.core.kpi.SalesModel;
import org.saleskpi.core.user.AccessPolicy;
import org.saleskpi.core.user.Directory;
import org.saleskpi.core.user.UserRef;

/** Time in stage through the use case, over deals told with their history; every day counted by hand. */
class TimeInStageTypeTest {
    private static final UserRef VERA = new UserRef("vera", "Vera");
    private static final Clock CLOCK = Clock.fixed(Histories.at("2026-03-20 12:00"), Histories.ZONE);

    /*
     * The first quarter of 2026, every change at 10:00 in Berlin (winter time throughout, so days are whole).
     * Pairs whose last visit to the stage ended in the quarter, all the deal's visits to it summed:
     *  Prospecting: SALES-1 01-10..01-20 = 10 d (ann); SALES-2 01-15..02-01 = 17 d (bob);
     *               SALES-3 02-01..02-10 = 9 d and 02-20..03-01 = 9 d, 18 d (ann); SALES-5 12-20..01-05 = 16 d (bob).
     *               Sorted 10, 16, 17, 18: median (16 + 17) / 2 = 16.5; 85th percentile at rank 0.85 x 3 = 2.55,
     *               17 + 0.55 x (18 - 17) = 17.55; mean 61 / 4 = 15.25; 4 deals.
     *  Proposal:    SALES-1 01-20..02-01 = 12 d (ann); SALES-5 01-05..01-25 = 20 d (bob); SALES-3 is back in
     *               it since 03-01 (its last visit has not ended). Median 16; 85th percentile 12 + 0.85 x 8 = 18.8;
     *               mean 16; 2 deals.
     *  Negotiation: SALES-1 02-01..02-15 = 14 d (ann); SALES-2 02-01..02-20 = 19 d (bob). Median 16.5;
     *               85th percentile 14 + 0.85 x 5 = 18.25; mean 16.5; 2 deals.
     * Current age, at the last instant the history knows (SALES-8 created 03-20 10:00, before the quarter ends):
     *  Prospecting: SALES-4 since 03-01, 19 d. Proposal: SALES-3 since 03-01, 19 d; SALES-6 since 02-05,
     *  23 + 20 = 43 d; median 31. Negotiation: no open deal, absent; 0 open deals.
     * Per rep: ann Prospecting 10 and 18 (median 14, 85th 10 + 0.85 x 8 = 16.8), Proposal 12, Negotiation 14;
     *  bob Prospecting 16 and 17 (median 16.5, 85th 16 + 0.85 = 16.85), Proposal 20, Negotiation 19.
     * The lead SALES-7 is never counted.
     */
    static final List<Histories.Deal> DEALS = List.of(
            deal("SALES-1", "2026-01-10 10:00", "Prospecting").with(Column.ASSIGNEE, "ann")
                    .change("2026-01-20 10:00", Column.STATUS, "Proposal")
                    .change("2026-02-01 10:00", Column.STATUS, "Negotiation")
                    .change("2026-02-15 10:00", Column.STATUS, "Won"),
            deal("SALES-2", "2026-01-15 10:00", "Prospecting").with(Column.ASSIGNEE, "bob")
                    .change("2026-02-01 10:00", Column.STATUS, "Negotiation")
                    .change("2026-02-20 10:00", Column.STATUS, "Lost"),
            deal("SALES-3", "2026-02-01 10:00", "Prospecting").with(Column.ASSIGNEE, "ann")
                    .change("2026-02-10 10:00", Column.STATUS, "Proposal")
                    .change("2026-02-20 10:00", Column.STATUS, "Prospecting")
                    .change("2026-03-01 10:00", Column.STATUS, "Proposal"),
            deal("SALES-4", "2026-03-01 10:00", "Prospecting").with(Column.ASSIGNEE, "ann"),
            deal("SALES-5", "2025-12-20 10:00", "Prospecting").with(Column.ASSIGNEE, "bob")
                    .change("2026-01-05 10:00", Column.STATUS, "Proposal")
                    .change("2026-01-25 10:00", Column.STATUS, "Won"),
            deal("SALES-6", "2026-01-05 10:00", "New").with(Column.ASSIGNEE, "bob")
                    .change("2026-02-05 10:00", Column.STATUS, "Proposal"),
            deal("SALES-7", "2026-01-10 10:00", "Prospecting").with(Column.ISSUE_TYPE, "Lead")
                    .with(Column.ASSIGNEE, "ann").change("2026-01-12 10:00", Column.STATUS, "Proposal"),
            deal("SALES-8", "2026-03-20 10:00", "New").with(Column.ASSIGNEE, "ann"));

    private final List<IssueQuery> loads = new ArrayList<>();

    private Node.Fields data(SalesModel model, Map<String, List<String>> parameters) {
        Directory people = (Directory) Proxy.newProxyInstance(Directory.class.getClassLoader(),
                new Class<?>[] {Directory.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "find" -> Optional.of(new UserRef((String) args[0], "Rep " + args[0]));
                    case "searchZone" -> Optional.empty();
                    default -> throw new AssertionError("Directory." + method.getName() + " was asked");
                });
        return (Node.Fields) new GadgetData(unused(AccessPolicy.class), Histories.source(DEALS, loads),
                unused(IssueCatalog.class), people, unused(KpiProfileRepository.class), unused(GoalRepository.class),
                unused(QuotaRepository.class), CLOCK)
                .data("time-in-stage", VERA, new KpiProfile(1, "SALES", "Sales", model, 1), parameters);
    }

    private static List<Map<String, Node>> list(Node.Fields data, String name) {
        return ((Node.Items) data.members().get(name)).items().stream()
                .map(item -> ((Node.Fields) item).members()).toList();
    }

    private static List<BigDecimal> column(List<Map<String, Node>> rows, String name) {
        return rows.stream().map(row -> row.get(name) instanceof Node.Number n ? n.number() : null).toList();
    }

    private static List<BigDecimal> decimals(String... values) {
        return java.util.Arrays.stream(values).map(v -> v == null ? null : new BigDecimal(v)).toList();
    }

    private static int compare(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? (a == b ? 0 : 1) : a.compareTo(b);
    }

    @Test
    void perStageMedianAnd85thPercentileWithTheOpenDealsAge() {
        Node.Fields data = data(Histories.model(), Map.of("period", List.of("this-quarter")));

        assertThat(loads).singleElement().satisfies(query -> assertThat(query.history()).contains(Column.STATUS));
        assertThat(data.members()).containsEntry("absentReason", Node.Null.NULL)
                .containsEntry("mean", new Node.Bool(false));
        List<Map<String, Node>> stages = list(data, "stages");
        assertThat(stages).extracting(row -> row.get("stage")).containsExactly(new Node.Text("Prospecting"),
                new Node.Text("Proposal"), new Node.Text("Negotiation"));
        assertThat(column(stages, "medianDays")).usingElementComparator(TimeInStageTypeTest::compare)
                .containsExactlyElementsOf(decimals("16.5", "16", "16.5"));
        assertThat(column(stages, "p85Days")).usingElementComparator(TimeInStageTypeTest::compare)
                .containsExactlyElementsOf(decimals("17.55", "18.8", "18.25"));
        assertThat(column(stages, "deals")).usingElementComparator(TimeInStageTypeTest::compare)
                .containsExactlyElementsOf(decimals("4", "2", "2"));
        assertThat(column(stages, "currentAgeMedianDays")).usingElementComparator(TimeInStageTypeTest::compare)
                .containsExactlyElementsOf(decimals("19", "31", null));
        assertThat(column(stages, "openDeals")).usingElementComparator(TimeInStageTypeTest::compare)
                .containsExactlyElementsOf(decimals("1", "2", "0"));
        assertThat(stages.get(0)).doesNotContainKey("meanDays");
        assertThat(list(data, "reps")).isEmpty();
    }

    @Test
    void theMeanAsAnOption() {
        Node.Fields data = data(Histories.model(), Map.of("period", List.of("this-quarter"),
                "mean", List.of("true")));

        assertThat(column(list(data, "stages"), "meanDays")).usingElementComparator(TimeInStageTypeTest::compare)
                .containsExactlyElementsOf(decimals("15.25", "16", "16.5"));
    }

    @Test
    void perRepEachRepsDaysInEachStage() {
        Node.Fields data = data(Histories.model(), Map.of("period", List.of("this-quarter"),
                "perRep", List.of("true")));

        List<Map<String, Node>> reps = list(data, "reps");
        assertThat(reps).extracting(rep -> rep.get("rep")).containsExactly(new Node.Text("ann"), new Node.Text("bob"));
        assertThat(reps.get(0)).containsEntry("displayName", new Node.Text("Rep ann"));
        List<Map<String, Node>> ann = ((Node.Items) reps.get(0).get("stages")).items().stream()
                .map(cell -> ((Node.Fields) cell).members()).toList();
        List<Map<String, Node>> bob = ((Node.Items) reps.get(1).get("stages")).items().stream()
                .map(cell -> ((Node.Fields) cell).members()).toList();
        assertThat(column(ann, "medianDays")).usingElementComparator(TimeInStageTypeTest::compare)
                .containsExactlyElementsOf(decimals("14", "12", "14"));
        assertThat(column(ann, "p85Days")).usingElementComparator(TimeInStageTypeTest::compare)
                .containsExactlyElementsOf(decimals("16.8", "12", "14"));
        assertThat(column(bob, "medianDays")).usingElementComparator(TimeInStageTypeTest::compare)
                .containsExactlyElementsOf(decimals("16.5", "20", "19"));
        assertThat(column(bob, "p85Days")).usingElementComparator(TimeInStageTypeTest::compare)
                .containsExactlyElementsOf(decimals("16.85", "20", "19"));
        assertThat(column(bob, "deals")).usingElementComparator(TimeInStageTypeTest::compare)
                .containsExactlyElementsOf(decimals("2", "1", "1"));
    }

    @Test
    void withoutStagesItSaysItIsNotConfigured() {
        Node.Fields data = data(Histories.withoutStages(), Map.of("period", List.of("this-quarter"),
                "perRep", List.of("true")));

        assertThat(data.members()).containsEntry("absentReason", new Node.Text("not-configured"));
        assertThat(list(data, "stages")).isEmpty();
    }
}
