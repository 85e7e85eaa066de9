package org.saleskpi.core.gadget.kpilist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.saleskpi.core.gadget.Pipeline.deal;
import static org.saleskpi.core.gadget.Ports.unused;
import static org.saleskpi.core.gadget.Pipeline.lead;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.gadget.GadgetData;
import org.saleskpi.core.gadget.Gadgets;
import org.saleskpi.core.gadget.Node;
import org.saleskpi.core.gadget.Pipeline;
import org.saleskpi.core.gadget.Ports;
import org.saleskpi.core.goal.GoalRepository;
import org.saleskpi.core.issue.IssueCatalog;
import org.saleskpi.core.issue.IssueQuery;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.kpi.KpiProfile;
import org.saleskpi.core.kpi.KpiProfileRepository;
import org.saleskpi.core.kpi.QuotaRepository;
import org.saleskpi.core.metric.Inputs;
import org.saleskpi.core.user.AccessPolicy;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.core.validation.FieldError;
import org.saleskpi.core.validation.InvalidInputException;

/** The KPI list's dataset through the use case, over a hand-counted pipeline. */
class KpiListTypeTest {
    private static final UserRef VERA = new UserRef("vera", "Vera");
    private static final KpiProfile SALES = new KpiProfile(1, "SALES", "Sales", Pipeline.model(), 1);
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 20);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(12, 0).atZone(Pipeline.ZONE).toInstant(),
            Pipeline.ZONE);

    /*
     * June 2025 (this month): won 100 + 250, lost one, so a win rate of 2 / 3; two leads created.
     * May: a won deal of 999 and a lead, which this month's figures must not count; 2024 has nothing.
     */
    private static final IssueTable ISSUES = Pipeline.table(
            deal("SALES-1").rep("ann").created("2025-05-10").amount("100").won("2025-06-03"),
            deal("SALES-2").rep("bob").created("2025-06-02").amount("250").won("2025-06-12"),
            deal("SALES-3").rep("bob").created("2025-06-05").amount("700").lost("2025-06-15"),
            deal("SALES-4").rep("ann").created("2025-04-01").amount("999").won("2025-05-20"),
            deal("SALES-5").rep("ann").created("2025-06-10").amount("5000"),
            lead("SALES-6").created("2025-06-04"),
            lead("SALES-7").created("2025-06-18"),
            lead("SALES-8").created("2025-05-30"));

    private final List<IssueQuery> loads = new ArrayList<>();

    private Node.Fields data(Map<String, List<String>> parameters) {
        QuotaRepository noQuotas = (QuotaRepository) Proxy.newProxyInstance(QuotaRepository.class.getClassLoader(),
                new Class<?>[] {QuotaRepository.class}, (proxy, method, args) -> {
                    if (method.getName().equals("targets")) {
                        return Inputs.none();
                    }
                    throw new AssertionError("QuotaRepository." + method.getName() + " was asked");
                });
        return (Node.Fields) new GadgetData(unused(AccessPolicy.class), Ports.issues(ISSUES, loads),
                unused(IssueCatalog.class), Ports.clockZone(), unused(KpiProfileRepository.class),
                unused(GoalRepository.class), noQuotas,
                CLOCK).data("kpi-list", VERA, SALES, parameters);
    }

    private static List<Map<String, Node>> rows(Node.Fields data) {
        return ((Node.Items) data.members().get("rows")).items().stream()
                .map(row -> ((Node.Fields) row).members()).toList();
    }

    private static BigDecimal number(Map<String, Node> row) {
        assertThat(row.get("value")).as("value of %s", row.get("figure")).isInstanceOf(Node.Number.class);
        return ((Node.Number) row.get("value")).number();
    }

    @Test
    void theRegistryFindsItWithItsSchema() {
        assertThat(Gadgets.find("kpi-list")).get().satisfies(type -> {
            assertThat(type.options()).extracting(o -> o.name() + ":" + o.kind().key() + ":" + o.required())
                    .containsExactly("jql:jql:false", "kpi:figures:true", "period:period:false");
            assertThat(type.options().get(1).byDefault()).contains("won-revenue,win-rate,new-leads");
            assertThat(type.options().get(2).byDefault()).contains("this-month");
        });
    }

    @Test
    void oneRowPerChosenFigureInTheChosenOrderWithItsValueUnitAndCurrency() {
        Node.Fields data = data(Map.of("kpi", List.of("new-leads", "won-revenue", "win-rate", "won-revenue.count"),
                "period", List.of("this-month"), "jql", List.of("labels = enterprise")));

        assertThat(loads).singleElement().satisfies(query -> {
            assertThat(query.user()).isEqualTo(VERA);
            assertThat(query.jql()).contains("project = SALES").contains("labels = enterprise");
        });
        assertThat(data.members().get("type")).isEqualTo(new Node.Text("kpi-list"));
        assertThat(((Node.Fields) data.members().get("period")).members())
                .containsEntry("from", new Node.Text("2025-06-01")).containsEntry("to", new Node.Text("2025-07-01"));
        List<Map<String, Node>> rows = rows(data);
        assertThat(rows).extracting(row -> row.get("figure")).containsExactly(
                new Node.Text("new-leads.count"), new Node.Text("won-revenue.amount"),
                new Node.Text("win-rate.rate"), new Node.Text("won-revenue.count"));
        assertThat(rows).extracting(row -> row.get("unit")).containsExactly(new Node.Text("count"),
                new Node.Text("amount"), new Node.Text("ratio"), new Node.Text("count"));
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.get("currency")).isEqualTo(new Node.Text("EUR"));
            assertThat(row.get("absentReason")).isEqualTo(Node.Null.NULL);
        });
        assertThat(number(rows.get(0))).isEqualByComparingTo("2");
        assertThat(number(rows.get(1))).isEqualByComparingTo("350");
        assertThat(number(rows.get(2)).doubleValue()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(number(rows.get(3))).isEqualByComparingTo("2");
        // Each row drills into its figure's issues in June, within the scope and the gadget's JQL.
        List<String> drills = rows.stream().map(row -> ((Node.Text) row.get("jql")).text()).toList();
        assertThat(drills).allSatisfy(jql -> assertThat(jql).contains("project = SALES")
                .contains("labels = enterprise").contains("2025-06-01").contains("2025-07-01"));
        assertThat(drills.get(0)).containsIgnoringCase("Lead").doesNotContainIgnoringCase("Deal");
        assertThat(drills.get(1)).containsIgnoringCase("Deal").contains("Won");
        assertThat(drills).doesNotHaveDuplicates();
    }

    @Test
    void aFigureWithoutValueIsNullWithItsReason() {
        List<Map<String, Node>> rows = rows(data(Map.of("kpi", List.of("win-rate", "won-revenue"),
                "period", List.of("last-year"))));

        assertThat(rows.get(0)).containsEntry("value", Node.Null.NULL)
                .containsEntry("absentReason", new Node.Text("zero-denominator"));
        assertThat(number(rows.get(1))).isEqualByComparingTo("0");
        assertThat(rows.get(1)).containsEntry("absentReason", Node.Null.NULL);
    }

    @Test
    void theFiguresAreRequiredAndAnUnknownOneIsNamedBeforeAnythingIsLoaded() {
        assertThatThrownBy(() -> data(Map.of("period", List.of("this-month"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::messageKey)
                        .containsExactly(tuple("kpi", "saleskpi.gadget.kpi.required")));
        assertThatThrownBy(() -> data(Map.of("kpi", List.of("win-rate", "won-everything"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("kpi"));
        assertThat(loads).isEmpty();
    }
}
