package org.saleskpi.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.issue.StandardField;
import org.saleskpi.core.kpi.Kpi;
import org.saleskpi.core.kpi.KpiCatalog;
import org.saleskpi.core.kpi.KpiEngine;
import org.saleskpi.core.kpi.KpiOptions;
import org.saleskpi.core.kpi.SalesModel;
import org.saleskpi.core.metric.Inputs;
import org.saleskpi.core.period.Bucket;
import org.saleskpi.core.period.Period;
import org.saleskpi.demo.DemoIssues;
import org.saleskpi.demo.DemoSalesModel;
import org.saleskpi.demo.DemoSpec;

/**
 * What the bench computes: the demo issues of one deterministic spec followed by {@link EdgeIssues},
 * their sales model, the 24 compared months (a sub-range of the data's 36), the KPIs of both engine
 * calls and the columns they need.
 */
public final class Workload {
    /** The window is fixed so that two runs with the same seed see the same months. */
    public static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);
    /** Months of generated data: the compared 24 with six on either side. */
    private static final int DATA_MONTHS = 36;
    /**
     * The compared months are months 7 to 30 of the data's 36: six months of history before them
     * (customers, first wins, the month growth compares with) and six after, which no figure may count.
     */
    private static final int FIRST_COMPARED_MONTH = 7;
    private static final int LAST_COMPARED_MONTH = 30;
    /** Every month's target for target attainment, in the profile's currency. */
    private static final BigDecimal MONTHLY_TARGET = new BigDecimal("1000000");
    /** The one compared month with no target: its attainment is absent while its actual is shown. */
    public static final YearMonth MONTH_WITHOUT_TARGET = YearMonth.of(2025, 1);
    /**
     * KPIs 11 to 15 replay the issues' history, which this workload's table does not carry: the history
     * workload ({@code kpi-bench history}, the bench round of issue 13) compares them with DuckDB over a
     * changes table. Until then they are left out of both sides here, by name.
     */
    public static final Set<Kpi> NEEDS_HISTORY = Set.of(Kpi.STAGE_FUNNEL, Kpi.TIME_IN_STAGE, Kpi.SALES_VELOCITY,
            Kpi.CLOSE_DATE_SLIPPAGE, Kpi.PIPELINE_MOVEMENT);
    /** The first engine call: every KPI but those that need history, monthly. */
    public static final List<Kpi> MONTHLY = Arrays.stream(Kpi.values()).filter(kpi -> !NEEDS_HISTORY.contains(kpi))
            .toList();
    /** The second engine call: the KPIs also shown per rep. */
    public static final List<Kpi> BY_REP = List.of(Kpi.SALES_PER_REP, Kpi.WIN_RATE);

    private final DemoSpec spec;
    private final KpiOptions options;
    private final SalesModel model;
    private final KpiEngine engine;
    private final List<Period> months;
    private final Set<Column> columns;
    private final List<IssueRecord> edges;

    private Workload(DemoSpec spec, KpiOptions options) {
        this.spec = spec;
        this.options = options;
        this.model = DemoSalesModel.of(spec);
        this.engine = new KpiEngine(model, options);
        Period compared = new Period(FIRST_DAY.plusMonths(FIRST_COMPARED_MONTH - 1L),
                FIRST_DAY.plusMonths(LAST_COMPARED_MONTH));
        this.months = model.calendar().buckets(compared, Bucket.MONTH);
        this.edges = EdgeIssues.of(spec);
        Set<Column> needed = new LinkedHashSet<>(engine.columns(MONTHLY, Optional.empty()));
        needed.addAll(engine.columns(BY_REP, Optional.of(engine.catalog().byRep())));
        this.columns = Set.copyOf(needed);
    }

    /** The bench's workload: the catalog's default options. */
    public static Workload of(long seed, int issues, ZoneId zone) {
        return of(seed, issues, zone, KpiOptions.defaults());
    }

    public static Workload of(long seed, int issues, ZoneId zone, KpiOptions options) {
        return new Workload(new DemoSpec(seed, issues, FIRST_DAY, DATA_MONTHS, zone, DemoSpec.DEFAULT_PROJECT_KEY,
                DemoSpec.DEFAULT_REP_COUNT), options);
    }

    public DemoSpec spec() {
        return spec;
    }

    public KpiOptions options() {
        return options;
    }

    public SalesModel model() {
        return model;
    }

    public KpiEngine engine() {
        return engine;
    }

    public ZoneId zone() {
        return model.calendar().zone();
    }

    /** The compared monthly buckets, in order. */
    public List<Period> months() {
        return months;
    }

    /** The generated issues and the edge issues after them. */
    public int issueCount() {
        return spec.issueCount() + edges.size();
    }

    /** Exactly the columns the engine asks for, for both calls. */
    public Set<Column> columns() {
        return columns;
    }

    /** The same target for every month and group, except none for {@link #MONTH_WITHOUT_TARGET}. */
    public Inputs inputs() {
        return (name, period, group) -> KpiCatalog.TARGET.equals(name)
                && !YearMonth.from(period.start()).equals(MONTH_WITHOUT_TARGET) ? Optional.of(MONTHLY_TARGET)
                : Optional.empty();
    }

    /** Generates the issues again, the same every time, without holding the generated ones. */
    public void stream(Consumer<IssueRecord> sink) {
        DemoIssues.generate(spec, sink);
        edges.forEach(sink);
    }

    public IssueTable buildTable() {
        return buildTable(columns);
    }

    /**
     * The columns the memory goal is stated for: every standard column plus every column the KPIs
     * read (among them the five custom fields), so a superset of the timed table's.
     */
    public Set<Column> footprintColumns() {
        Set<Column> all = new LinkedHashSet<>();
        for (StandardField field : StandardField.values()) {
            all.add(new Column.Standard(field));
        }
        all.addAll(columns);
        return all;
    }

    public IssueTable buildTable(Set<Column> tableColumns) {
        IssueTable.Builder builder = IssueTable.builder(zone(), tableColumns);
        stream(builder::add);
        return builder.build();
    }
}
