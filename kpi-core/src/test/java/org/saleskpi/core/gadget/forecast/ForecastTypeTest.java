package org.saleskpi.core.gadget.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.saleskpi.core.gadget.Ports.unused;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
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
import org.saleskpi.core.gadget.GadgetData;
import org.saleskpi.core.gadget.Gadgets;
import org.saleskpi.core.gadget.Node;
import org.saleskpi.core.gadget.Ports;
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
import org.saleskpi.core.kpi.Quota;
import org.saleskpi.core.kpi.QuotaInputs;
import org.saleskpi.core.kpi.QuotaRepository;
import org.saleskpi.core.kpi.SalesModel;
import org.saleskpi.core.kpi.Stage;
import org.saleskpi.core.period.Period;
import org.saleskpi.core.period.SalesCalendar;
import org.saleskpi.core.user.AccessPolicy;
import org.saleskpi.core.user.Directory;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.core.validation.FieldError;
import org.saleskpi.core.validation.InvalidInputException;

/**
 * The forecast gadget through the use case, worked by hand. Today is 2025-06-20 in Berlin: this quarter is
 * April to June 2025, next quarter July to September. Close dates are customfield_10050, forecast categories
 * customfield_10060; quotas for Q2: ann 3000, bob 2000 (team 5000).
 *
 * <pre>
 * F1  ann Won          1000 close 04-15 Commit     won in Q2
 * F2  bob Won           400 close 05-20 -          won in Q2
 * F3  ann Negotiation  2000 close 06-25 Commit     commit
 * F4  bob Proposal     1500 close 06-30 Best case  best case
 * F5  ann Prospecting   800 close 05-10 Pipeline   pipeline (close date passed, still open: counts in Q2)
 * F6  bob Prospecting   300 close 06-05 -          pipeline (no category)
 * F7  bob Negotiation   700 close 06-10 Omitted    nowhere
 * F8  ann Lost          900 close 06-02 Commit     nowhere (lost)
 * F9  ann Negotiation  1200 close 07-15 Commit     next quarter's commit
 * F10 bob Won           250 close 03-31 -          Q1: nowhere
 * </pre>
 */
class ForecastTypeTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final String AMOUNT = "customfield_10010";
    private static final String CLOSE = "customfield_10050";
    private static final String CATEGORY = "customfield_10060";
    private static final UserRef VERA = new UserRef("vera", "Vera");
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 20);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(12, 0).atZone(BERLIN).toInstant(), BERLIN);
    private static final Period Q2 = new Period(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 7, 1));
    private static final List<Stage> STAGES = List.of(Stage.of("Prospecting", "0.2"), Stage.of("Proposal", "0.5"),
            Stage.of("Negotiation", "0.8"));

    private final List<IssueQuery> loads = new ArrayList<>();

    private static SalesModel model(Optional<String> category) {
        return new SalesModel("project = SALES", Set.of(), Set.of("Deal"), Set.of(), Set.of(), Set.of(),
                Set.of("Won"), Set.of("Lost"), Set.of(), Set.of(), AMOUNT, Optional.of(CLOSE), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Currency.getInstance("EUR"),
                SalesCalendar.of(BERLIN), 14, new PipelineSettings(STAGES, Optional.empty(), category, Map.of()));
    }

    private static IssueTable deals() {
        String[][] rows = {{"ann", "Won", "1000", "2025-04-15", "Commit"}, {"bob", "Won", "400", "2025-05-20", null},
            {"ann", "Negotiation", "2000", "2025-06-25", "Commit"}, {"bob", "Proposal", "1500", "2025-06-30", "Best case"},
            {"ann", "Prospecting", "800", "2025-05-10", "Pipeline"}, {"bob", "Prospecting", "300", "2025-06-05", null},
            {"bob", "Negotiation", "700", "2025-06-10", "Omitted"}, {"ann", "Lost", "900", "2025-06-02", "Commit"},
            {"ann", "Negotiation", "1200", "2025-07-15", "Commit"}, {"bob", "Won", "250", "2025-03-31", null}};
        List<IssueRecord> issues = new ArrayList<>();
        for (String[] row : rows) {
            boolean closed = row[1].equals("Won") || row[1].equals("Lost");
            IssueRecord.Builder b = IssueRecord.builder("SALES-" + (issues.size() + 1), "SALES").type("Deal")
                    .status(row[1], closed ? StatusCategory.DONE : StatusCategory.IN_PROGRESS).assignee(row[0])
                    .created(Instant.parse("2025-03-01T09:00:00Z")).updated(Instant.parse("2025-03-01T09:00:00Z"))
                    .field(AMOUNT, FieldValue.number(row[2])).field(CLOSE, FieldValue.date(LocalDate.parse(row[3])));
            if (row[4] != null) {
                b.field(CATEGORY, FieldValue.option(row[4]));
            }
            issues.add(b.build());
        }
        return IssueTable.of(BERLIN, List.of(Column.KEY, Column.ISSUE_TYPE, Column.STATUS, Column.STATUS_CATEGORY,
                Column.ASSIGNEE, Column.CREATED, Column.UPDATED, Column.RESOLVED, Column.custom(AMOUNT, FieldType.NUMBER),
                Column.custom(CLOSE, FieldType.DATE), Column.custom(CATEGORY, FieldType.OPTION)), issues);
    }

    /** Quotas for Q2 only: the next quarter has none. */
    private static QuotaRepository quotas() {
        return (QuotaRepository) Proxy.newProxyInstance(QuotaRepository.class.getClassLoader(),
                new Class<?>[] {QuotaRepository.class}, (proxy, method, args) -> {
                    if (method.getName().equals("targets")) {
                        Period range = (Period) args[1];
                        return new QuotaInputs(List.of(new Quota(1, "SALES", "ann", Q2, new BigDecimal("3000")),
                                new Quota(2, "SALES", "bob", Q2, new BigDecimal("2000"))).stream()
                                .filter(q -> q.period().overlaps(range)).toList());
                    }
                    throw new AssertionError("QuotaRepository." + method.getName() + " was asked");
                });
    }

    private static Directory people() {
        return (Directory) Proxy.newProxyInstance(Directory.class.getClassLoader(), new Class<?>[] {Directory.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "searchZone" -> Optional.empty();
                    case "find" -> Optional.of(new UserRef((String) args[0], args[0].equals("ann") ? "Ann Lee" : "Bob Ito"));
                    default -> throw new AssertionError("Directory." + method.getName() + " was asked");
                });
    }

    private Node.Fields data(Optional<String> category, Map<String, List<String>> parameters) {
        KpiProfile profile = new KpiProfile(1, "SALES", "Sales", model(category), 1);
        return (Node.Fields) new GadgetData(unused(AccessPolicy.class), Ports.issues(deals(), loads),
                unused(IssueCatalog.class), people(), unused(KpiProfileRepository.class), unused(GoalRepository.class),
                quotas(), CLOCK).data("forecast", VERA, profile, parameters);
    }

    private static Map<String, Node> fields(Node node) {
        return ((Node.Fields) node).members();
    }

    private static BigDecimal number(Map<String, Node> row, String name) {
        assertThat(row.get(name)).as(name).isInstanceOf(Node.Number.class);
        return ((Node.Number) row.get(name)).number();
    }

    private static String text(Map<String, Node> row, String name) {
        return ((Node.Text) row.get(name)).text();
    }

    @Test
    void theRegistryFindsItWithItsSchema() {
        assertThat(Gadgets.find("forecast")).get().satisfies(type -> assertThat(type.options())
                .extracting(o -> o.name() + ":" + o.kind().key() + ":" + o.byDefault().orElse(""))
                .containsExactly("jql:jql:", "period:choice:this-quarter", "target:target:quota", "byRep:flag:"));
    }

    @Test
    void thisQuarterStacksWonCommitBestCaseAndPipelineAgainstTheTeamsQuotas() {
        Node.Fields data = data(Optional.of(CATEGORY), Map.of());

        Map<String, Node> json = data.members();
        assertThat(text(json, "type")).isEqualTo("forecast");
        assertThat(fields(json.get("period"))).containsEntry("from", new Node.Text("2025-04-01"))
                .containsEntry("to", new Node.Text("2025-07-01"));
        assertThat(json).containsEntry("categories", new Node.Bool(true)).containsEntry("target", new Node.Text("quota"))
                .doesNotContainKey("reps");
        assertThat(((Node.Items) json.get("parts")).items()).containsExactly(new Node.Text("won"),
                new Node.Text("commit"), new Node.Text("bestCase"), new Node.Text("pipeline"));
        Map<String, Node> total = fields(json.get("total"));
        // Won F1 1000 + F2 400 = 1400; Commit F3 2000; Best case F4 1500; Pipeline F5 800 + F6 300 = 1100.
        assertThat(number(total, "won")).isEqualByComparingTo("1400");
        assertThat(number(total, "commit")).isEqualByComparingTo("2000");
        assertThat(number(total, "bestCase")).isEqualByComparingTo("1500");
        assertThat(number(total, "pipeline")).isEqualByComparingTo("1100");
        // Most likely 1400 + 2000 = 3400, best case 3400 + 1500 = 4900, against 3000 + 2000 = 5000.
        assertThat(number(total, "mostLikely")).isEqualByComparingTo("3400");
        assertThat(number(total, "bestCaseTotal")).isEqualByComparingTo("4900");
        assertThat(number(total, "target")).isEqualByComparingTo("5000");
        assertThat(number(total, "wonAttainment")).isEqualByComparingTo("0.28");
        assertThat(number(total, "mostLikelyAttainment")).isEqualByComparingTo("0.68");
        assertThat(number(total, "bestCaseAttainment")).isEqualByComparingTo("0.98");
        // Each stacked part drills into its deals closing in the quarter; the sums have no one set of deals.
        assertThat(text(total, "wonJql")).contains("project = SALES").contains("Won").contains("2025-04-01")
                .contains("2025-07-01");
        assertThat(text(total, "commitJql")).contains("Commit").doesNotContain("Best case");
        assertThat(text(total, "bestCaseJql")).contains("Best case");
        assertThat(text(total, "pipelineJql")).contains("Pipeline").containsIgnoringCase("is EMPTY");
        assertThat(total).doesNotContainKeys("mostLikelyJql", "targetJql");
        assertThat(loads).singleElement().satisfies(query -> assertThat(query.history()).isEmpty());
    }

    @Test
    void itNamesTheUnitOfEveryFigureSoEveryAmountCanCarryTheCurrency() {
        Node.Fields data = data(Optional.of(CATEGORY), Map.of());

        Map<String, Node> units = fields(data.members().get("units"));
        assertThat(units).containsEntry("won", new Node.Text("amount")).containsEntry("target", new Node.Text("amount"))
                .containsEntry("wonAttainment", new Node.Text("ratio"));
        assertThat(units.keySet()).containsAll(fields(data.members().get("total")).keySet().stream()
                .filter(name -> !name.endsWith("Jql") && !name.endsWith("AbsentReason") && !name.equals("group"))
                .toList());
    }

    @Test
    void perRepEachRepIsMeasuredAgainstTheirOwnQuota() {
        Node.Fields data = data(Optional.of(CATEGORY), Map.of("byRep", List.of("true")));

        List<Map<String, Node>> reps = ((Node.Items) data.members().get("reps")).items().stream()
                .map(ForecastTypeTest::fields).toList();
        assertThat(reps).extracting(r -> text(r, "group"), r -> text(r, "label"))
                .containsExactly(tuple("ann", "Ann Lee"), tuple("bob", "Bob Ito"));
        Map<String, Node> ann = reps.get(0);
        // ann: won F1 1000, commit F3 2000, no best case, pipeline F5 800; most likely 3000 = her quota 3000.
        assertThat(List.of("won", "commit", "bestCase", "pipeline", "mostLikely", "bestCaseTotal", "target")
                .stream().map(name -> number(ann, name)).toList()).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("1000"), new BigDecimal("2000"), BigDecimal.ZERO,
                        new BigDecimal("800"), new BigDecimal("3000"), new BigDecimal("3000"), new BigDecimal("3000"));
        assertThat(number(ann, "mostLikelyAttainment")).isEqualByComparingTo("1");
        Map<String, Node> bob = reps.get(1);
        // bob: won F2 400, best case F4 1500, pipeline F6 300; 400 and 1900 against 2000: 0.2 and 0.95.
        assertThat(number(bob, "mostLikelyAttainment")).isEqualByComparingTo("0.2");
        assertThat(number(bob, "bestCaseAttainment")).isEqualByComparingTo("0.95");
        assertThat(text(bob, "bestCaseJql")).contains("bob").contains("Best case");
        // The team's bar is still the whole.
        assertThat(number(fields(data.members().get("total")), "won")).isEqualByComparingTo("1400");
    }

    @Test
    void nextQuarterAgainstANumberForTheTeam() {
        Node.Fields data = data(Optional.of(CATEGORY), Map.of("period", List.of("next-quarter"),
                "target", List.of("10000"), "byRep", List.of("true")));

        assertThat(fields(data.members().get("period"))).containsEntry("from", new Node.Text("2025-07-01"))
                .containsEntry("to", new Node.Text("2025-10-01"));
        assertThat(data.members()).containsEntry("target", new Node.Text("fixed"));
        Map<String, Node> total = fields(data.members().get("total"));
        // Only F9 closes in Q3: Commit 1200; nothing won yet; 1200 / 10000 = 0.12.
        assertThat(number(total, "won")).isEqualByComparingTo("0");
        assertThat(number(total, "commit")).isEqualByComparingTo("1200");
        assertThat(number(total, "mostLikelyAttainment")).isEqualByComparingTo("0.12");
        // A number is the team's target: a rep's bar has none, and says why.
        Map<String, Node> ann = fields(((Node.Items) data.members().get("reps")).items().get(0));
        assertThat(ann).containsEntry("target", Node.Null.NULL)
                .containsEntry("targetAbsentReason", new Node.Text("no-target"));
    }

    @Test
    void withoutTheCategoryFieldOnlyWonAndPipelineAndTheDatasetSaysSo() {
        Node.Fields data = data(Optional.empty(), Map.of());

        assertThat(data.members()).containsEntry("categories", new Node.Bool(false));
        assertThat(((Node.Items) data.members().get("parts")).items()).containsExactly(new Node.Text("won"),
                new Node.Text("pipeline"));
        Map<String, Node> total = fields(data.members().get("total"));
        // Every open deal closing in Q2 is pipeline: F3 2000 + F4 1500 + F5 800 + F6 300 + F7 700 = 5300.
        assertThat(number(total, "pipeline")).isEqualByComparingTo("5300");
        assertThat(total).doesNotContainKeys("commit", "bestCase");
    }

    @Test
    void anUnknownQuarterOrTargetIsNamedBeforeAnythingIsLoaded() {
        assertThatThrownBy(() -> data(Optional.of(CATEGORY), Map.of("period", List.of("last-quarter"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::messageKey)
                        .containsExactly(tuple("period", "saleskpi.gadget.period.unknown")));
        assertThatThrownBy(() -> data(Optional.of(CATEGORY), Map.of("target", List.of("lots"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("target"));
        assertThat(loads).isEmpty();
    }
}
