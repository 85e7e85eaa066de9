package org.saleskpi.core.gadget.pipelinetrend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.saleskpi.core.gadget.Ports.unused;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
import org.saleskpi.core.history.Change;
import org.saleskpi.core.history.IssueHistory;
import org.saleskpi.core.issue.ChangeTable;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.issue.FieldValue;
import org.saleskpi.core.issue.IssueCatalog;
import org.saleskpi.core.issue.IssueQuery;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.IssueSource;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.issue.StatusCategory;
import org.saleskpi.core.kpi.KpiProfile;
import org.saleskpi.core.kpi.KpiProfileRepository;
import org.saleskpi.core.kpi.PipelineSettings;
import org.saleskpi.core.kpi.QuotaRepository;
import org.saleskpi.core.kpi.SalesModel;
import org.saleskpi.core.kpi.Stage;
import org.saleskpi.core.period.SalesCalendar;
import org.saleskpi.core.user.AccessPolicy;
import org.saleskpi.core.user.UserRef;

/**
 * The pipeline trend through the use case, worked by hand. Today is 2025-06-20 in Berlin; stages Prospecting 0.2,
 * Proposal 0.5, Negotiation 0.8; won in Won, lost in Lost. The deals now, and their changes:
 *
 * <pre>
 * T1 created 02-10 Prospecting 1000; 04-10 Proposal; 05-15 Won          (now Won 1000)
 * T2 created 03-20 Prospecting  500; 04-20 amount 800; 06-05 Negotiation (now Negotiation 800)
 * T3 created 04-05 Proposal    2000; 05-02 Lost                          (now Lost 2000)
 * T4 created 01-15 Negotiation  300                                      (now Negotiation 300)
 * </pre>
 */
class PipelineTrendTypeTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final String AMOUNT = "customfield_10010";
    private static final UserRef VERA = new UserRef("vera", "Vera");
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2025, 6, 20).atTime(12, 0).atZone(BERLIN).toInstant(),
            BERLIN);
    private static final SalesModel MODEL = new SalesModel("project = SALES", Set.of(), Set.of("Deal"), Set.of(),
            Set.of(), Set.of(), Set.of("Won"), Set.of("Lost"), Set.of(), Set.of(), AMOUNT, Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            Currency.getInstance("EUR"), SalesCalendar.of(BERLIN), 14, new PipelineSettings(List.of(
                    Stage.of("Prospecting", "0.2"), Stage.of("Proposal", "0.5"), Stage.of("Negotiation", "0.8")),
                    Optional.empty(), Optional.empty(), Map.of()));
    private static final KpiProfile SALES = new KpiProfile(1, "SALES", "Sales", MODEL, 1);

    private final List<IssueQuery> loads = new ArrayList<>();

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
    }

    private static IssueRecord deal(String key, String created, String status, String amount) {
        boolean closed = status.equals("Won") || status.equals("Lost");
        return IssueRecord.builder(key, "SALES").type("Deal")
                .status(status, closed ? StatusCategory.DONE : StatusCategory.IN_PROGRESS)
                .created(at(created)).updated(at(created)).field(AMOUNT, FieldValue.number(amount)).build();
    }

    private static final List<IssueRecord> DEALS = List.of(deal("SALES-1", "2025-02-10T10:00", "Won", "1000"),
            deal("SALES-2", "2025-03-20T10:00", "Negotiation", "800"), deal("SALES-3", "2025-04-05T10:00", "Lost", "2000"),
            deal("SALES-4", "2025-01-15T10:00", "Negotiation", "300"));

    private static final List<IssueHistory> HISTORIES = List.of(
            IssueHistory.of("SALES-1", at("2025-02-10T10:00"), List.of(
                    Change.of(at("2025-04-10T09:00"), "status", "Prospecting", "Proposal", "ann"),
                    Change.of(at("2025-05-15T16:00"), "status", "Proposal", "Won", "ann"))),
            IssueHistory.of("SALES-2", at("2025-03-20T10:00"), List.of(
                    Change.of(at("2025-04-20T11:00"), AMOUNT, "500", "800", "bob"),
                    Change.of(at("2025-06-05T12:00"), "status", "Prospecting", "Negotiation", "bob"))),
            IssueHistory.of("SALES-3", at("2025-04-05T10:00"), List.of(
                    Change.of(at("2025-05-02T08:00"), "status", "Proposal", "Lost", "ann"))),
            IssueHistory.of("SALES-4", at("2025-01-15T10:00"), List.of()));

    /** A host that loads the columns and the changes the query asks for, or keeps no history at all. */
    private IssueSource host(boolean history) {
        return new IssueSource() {
            @Override
            public IssueTable load(IssueQuery query) {
                loads.add(query);
                IssueTable table = IssueTable.of(BERLIN, query.columns(), DEALS);
                return history ? table.withHistory(ChangeTable.of(table, query.history(), HISTORIES)) : table;
            }

            @Override
            public long count(String jql, UserRef user) {
                throw new AssertionError("count was asked");
            }
        };
    }

    private Map<String, Node> data(boolean history, Map<String, List<String>> parameters) {
        return ((Node.Fields) new GadgetData(unused(AccessPolicy.class), host(history), unused(IssueCatalog.class),
                Ports.clockZone(), unused(KpiProfileRepository.class), unused(GoalRepository.class),
                unused(QuotaRepository.class), CLOCK).data("pipeline-trend", VERA, SALES, parameters)).members();
    }

    private static Map<String, Node> series(Map<String, Node> data, int index) {
        return ((Node.Fields) ((Node.Items) data.get("series")).items().get(index)).members();
    }

    private static List<BigDecimal> values(Map<String, Node> series) {
        return ((Node.Items) series.get("values")).items().stream()
                .map(n -> n instanceof Node.Number number ? number.number() : null).toList();
    }

    private static List<Node> reasons(Map<String, Node> series) {
        return ((Node.Items) series.get("valuesAbsentReasons")).items();
    }

    @Test
    void theRegistryFindsItWithItsSchema() {
        assertThat(Gadgets.find("pipeline-trend")).get().satisfies(type -> assertThat(type.options())
                .extracting(o -> o.name() + ":" + o.kind().key() + ":" + o.byDefault().orElse(""))
                .containsExactly("jql:jql:", "period:period:this-year", "bucket:choice:month", "show:choice:amounts"));
    }

    @Test
    void theOpenPipelineAsItStoodAtEachMonthEnd() {
        Map<String, Node> data = data(true, Map.of("period", List.of("2025-03-01..2025-07-01")));

        // The load asks for the changes the past states need: statuses and amounts.
        assertThat(loads).singleElement().satisfies(query -> assertThat(query.history())
                .contains(Column.STATUS, Column.custom(AMOUNT, FieldType.NUMBER)));
        assertThat(data).containsEntry("type", new Node.Text("pipeline-trend")).containsEntry("bucket", new Node.Text("month"))
                .doesNotContainKey("absentReason");
        assertThat(((Node.Items) data.get("buckets")).items()).hasSize(4);
        assertThat(series(data, 0)).containsEntry("figure", new Node.Text("amount"));
        assertThat(series(data, 1)).containsEntry("figure", new Node.Text("weighted"));
        /*
         * 31 March: T1 Prospecting 1000, T2 Prospecting 500, T4 Negotiation 300 (T3 not created yet): 1800;
         *   weighted 1000 x 0.2 + 500 x 0.2 + 300 x 0.8 = 540.
         * 30 April: T1 Proposal 1000, T2 800, T3 Proposal 2000, T4 300: 4100; 500 + 160 + 1000 + 240 = 1900.
         * 31 May: T1 won, T3 lost; T2 Prospecting 800, T4 300: 1100; 160 + 240 = 400.
         * June, running (as of now): T2 Negotiation 800, T4 300: 1100; 640 + 240 = 880.
         */
        assertThat(values(series(data, 0))).usingElementComparator(BigDecimal::compareTo).containsExactly(
                new BigDecimal("1800"), new BigDecimal("4100"), new BigDecimal("1100"), new BigDecimal("1100"));
        assertThat(values(series(data, 1))).usingElementComparator(BigDecimal::compareTo).containsExactly(
                new BigDecimal("540"), new BigDecimal("1900"), new BigDecimal("400"), new BigDecimal("880"));
    }

    @Test
    void theCountWeekByWeekAndNothingForWeeksToCome() {
        Map<String, Node> data = data(true, Map.of("period", List.of("2025-04-28..2025-06-30"), "bucket",
                List.of("week"), "show", List.of("count")));

        assertThat(((Node.Items) data.get("series")).items()).hasSize(1);
        assertThat(series(data, 0)).containsEntry("figure", new Node.Text("count"));
        /*
         * Weeks from Monday 28 April to Monday 30 June (9 weeks), counted at each Sunday's end:
         * 4 May: T1 Proposal, T2, T3 lost on 2 May, T4: 3. From 18 May (T1 won on 15 May): 2.
         * The weeks starting 23 June are after today (20 June): no value yet.
         */
        List<BigDecimal> counts = values(series(data, 0));
        assertThat(counts).hasSize(9);
        assertThat(counts.subList(0, 8)).usingElementComparator(BigDecimal::compareTo).containsExactly(
                new BigDecimal("3"), new BigDecimal("3"), new BigDecimal("2"), new BigDecimal("2"), new BigDecimal("2"),
                new BigDecimal("2"), new BigDecimal("2"), new BigDecimal("2"));
        assertThat(counts.get(8)).isNull();
        assertThat(reasons(series(data, 0)).get(8)).isEqualTo(new Node.Text("not-yet"));
    }

    @Test
    void withoutHistoryEveryPointIsAbsentAndTheDatasetSaysSoOnce() {
        Map<String, Node> data = data(false, Map.of("period", List.of("2025-03-01..2025-07-01")));

        assertThat(data).containsEntry("absentReason", new Node.Text("no-history"));
        assertThat(values(series(data, 0))).containsOnlyNulls();
        assertThat(reasons(series(data, 0))).containsOnly(new Node.Text("no-history"));
    }
}
