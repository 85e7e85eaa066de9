package org.saleskpi.core.gadget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.saleskpi.core.gadget.Ports.unused;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.goal.GoalRepository;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.issue.FieldValue;
import org.saleskpi.core.issue.IssueCatalog;
import org.saleskpi.core.issue.IssueQuery;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.issue.StatusCategory;
import org.saleskpi.core.kpi.KpiProfile;
import org.saleskpi.core.kpi.KpiProfileRepository;
import org.saleskpi.core.kpi.PipelineSettings;
import org.saleskpi.core.kpi.QuotaRepository;
import org.saleskpi.core.kpi.SalesModel;
import org.saleskpi.core.kpi.Stage;
import org.saleskpi.core.metric.Inputs;
import org.saleskpi.core.period.SalesCalendar;
import org.saleskpi.core.user.AccessPolicy;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.core.validation.FieldError;
import org.saleskpi.core.validation.InvalidInputException;

/**
 * The {@code stage} grouping over the open pipeline (KPI {@code open-pipeline}, row 16) in the gadgets that group,
 * worked by hand. Stages Qualification (no probability), Prospecting 0.2, Proposal 0.5, Negotiation 0.8.
 *
 * <pre>
 * S1 Prospecting 1000   S2 Prospecting  500   S3 Negotiation 2000   S4 Won 3000
 * S5 Lost         700   S6 Negotiation  400   S7 On hold      900 (open, in no stage)
 * </pre>
 *
 * Per stage, in the profile's order: Qualification nothing; Prospecting 2 deals, 1500, weighted 300; Proposal
 * nothing; Negotiation 2 deals, 2400, weighted 2000 x 0.8 + 400 x 0.8 = 1920.
 */
class PipelineByStageTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final String AMOUNT = "customfield_10010";
    private static final UserRef VERA = new UserRef("vera", "Vera");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-20T10:00:00Z"), BERLIN);
    private static final PipelineSettings STAGES = new PipelineSettings(List.of(Stage.of("Qualification", null),
            Stage.of("Prospecting", "0.2"), Stage.of("Proposal", "0.5"), Stage.of("Negotiation", "0.8")),
            Optional.empty(), Optional.empty(), Map.of());

    private final List<IssueQuery> loads = new ArrayList<>();

    private static SalesModel model(PipelineSettings pipeline) {
        return new SalesModel("project = SALES", Set.of(), Set.of("Deal"), Set.of(), Set.of(), Set.of(),
                Set.of("Won"), Set.of("Lost"), Set.of(), Set.of(), AMOUNT, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Currency.getInstance("EUR"),
                SalesCalendar.of(BERLIN), 14, pipeline);
    }

    private static IssueTable deals() {
        String[][] rows = {{"Prospecting", "1000"}, {"Prospecting", "500"}, {"Negotiation", "2000"}, {"Won", "3000"},
            {"Lost", "700"}, {"Negotiation", "400"}, {"On hold", "900"}};
        List<IssueRecord> issues = new ArrayList<>();
        for (String[] row : rows) {
            boolean closed = row[0].equals("Won") || row[0].equals("Lost");
            issues.add(IssueRecord.builder("SALES-" + (issues.size() + 1), "SALES").type("Deal")
                    .status(row[0], closed ? StatusCategory.DONE : StatusCategory.IN_PROGRESS).assignee("ann")
                    .created(Instant.parse("2025-03-01T09:00:00Z")).updated(Instant.parse("2025-03-01T09:00:00Z"))
                    .resolved(closed ? Instant.parse("2025-05-01T09:00:00Z") : null)
                    .field(AMOUNT, FieldValue.number(row[1])).build());
        }
        return IssueTable.of(BERLIN, List.of(Column.KEY, Column.ISSUE_TYPE, Column.STATUS, Column.STATUS_CATEGORY,
                Column.ASSIGNEE, Column.CREATED, Column.UPDATED, Column.RESOLVED,
                Column.custom(AMOUNT, FieldType.NUMBER)), issues);
    }

    private Map<String, Node> data(String type, PipelineSettings pipeline, Map<String, List<String>> parameters) {
        QuotaRepository none = (QuotaRepository) java.lang.reflect.Proxy.newProxyInstance(
                QuotaRepository.class.getClassLoader(), new Class<?>[] {QuotaRepository.class},
                (proxy, method, args) -> Inputs.none());
        return ((Node.Fields) new GadgetData(unused(AccessPolicy.class), Ports.issues(deals(), loads),
                unused(IssueCatalog.class), Ports.clockZone(), unused(KpiProfileRepository.class),
                unused(GoalRepository.class), none, CLOCK)
                .data(type, VERA, new KpiProfile(1, "SALES", "Sales", model(pipeline), 1), parameters)).members();
    }

    private static List<Map<String, Node>> items(Map<String, Node> data, String name) {
        return ((Node.Items) data.get(name)).items().stream().map(n -> ((Node.Fields) n).members()).toList();
    }

    /** A number as written by hand, whatever the scale the engine computed it in (1920.0 is 1920). */
    private static String number(Node node) {
        return ((Node.Number) node).number().stripTrailingZeros().toPlainString();
    }

    @Test
    void barsAreTheStagesInTheProfilesOrderEvenEmptyOnesEachDrillingIntoItsOpenDeals() {
        Map<String, Node> data = data("bar", STAGES, Map.of("kpi", List.of("open-pipeline"), "groupBy", List.of("stage")));

        List<Map<String, Node>> bars = items(data, "bars");
        assertThat(bars).extracting(b -> b.get("label"), b -> number(b.get("value"))).containsExactly(
                tuple(new Node.Text("Qualification"), "0"), tuple(new Node.Text("Prospecting"), "1500"),
                tuple(new Node.Text("Proposal"), "0"), tuple(new Node.Text("Negotiation"), "2400"));
        String prospecting = ((Node.Text) bars.get(1).get("jql")).text();
        assertThat(prospecting).contains("Prospecting").doesNotContain("Negotiation").contains("Won").contains("Lost")
                .contains("project = SALES");
        assertThat(((Node.Text) bars.get(3).get("jql")).text()).contains("Negotiation").doesNotContain("Prospecting");
    }

    @Test
    void aPieOfTheWeightedPipelineKeepsTheStagesOrder() {
        Map<String, Node> data = data("pie", STAGES, Map.of("kpi", List.of("open-pipeline.weighted"),
                "groupBy", List.of("stage")));

        List<Map<String, Node>> slices = items(data, "slices");
        assertThat(slices).extracting(s -> s.get("label"), s -> number(s.get("value"))).containsExactly(
                tuple(new Node.Text("Qualification"), "0"), tuple(new Node.Text("Prospecting"), "300"),
                tuple(new Node.Text("Proposal"), "0"), tuple(new Node.Text("Negotiation"), "1920"));
        // The whole is the stages' sum: S7, on hold in no stage, is not in the pie. 300 + 1920 = 2220.
        assertThat(number(data.get("total"))).isEqualTo("2220");
        assertThat(((Node.Text) slices.get(3).get("jql")).text()).contains("Negotiation");
    }

    @Test
    void aTableCountsTheOpenDealsPerStage() {
        Map<String, Node> data = data("table", STAGES, Map.of("kpi", List.of("open-pipeline.count"),
                "groupBy", List.of("stage")));

        assertThat(items(data, "rows")).extracting(r -> r.get("label"),
                r -> number(((Node.Items) r.get("values")).items().get(0))).containsExactly(
                        tuple(new Node.Text("Qualification"), "0"), tuple(new Node.Text("Prospecting"), "2"),
                        tuple(new Node.Text("Proposal"), "0"), tuple(new Node.Text("Negotiation"), "2"));
    }

    @Test
    void aRateStillCannotBeCutIntoSlicesAndAProfileWithoutStagesCannotGroupByThem() {
        assertThatThrownBy(() -> data("pie", STAGES, Map.of("kpi", List.of("win-rate"), "groupBy", List.of("stage"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("kpi"));
        assertThatThrownBy(() -> data("bar", PipelineSettings.none(), Map.of("kpi", List.of("open-pipeline"),
                "groupBy", List.of("stage"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::messageKey)
                        .containsExactly(tuple("groupBy", "saleskpi.groupBy.noStages")));
        assertThat(loads).isEmpty();
    }
}
