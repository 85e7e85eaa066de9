package org.saleskpi.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.saleskpi.core.demo.DemoIssues;
import org.saleskpi.core.demo.DemoSalesModel;
import org.saleskpi.core.demo.DemoSpec;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.issue.StandardField;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.kpi.Kpi;
import org.saleskpi.core.kpi.KpiCatalog;
import org.saleskpi.core.kpi.KpiEngine;
import org.saleskpi.core.kpi.KpiOptions;
import org.saleskpi.core.kpi.SalesModel;
import org.saleskpi.core.metric.Inputs;
import org.saleskpi.core.period.Bucket;
import org.saleskpi.core.period.Period;

/**
 * What the bench computes: the demo issues of one deterministic spec, their sales model, the 24
 * monthly buckets of the spec's window, the KPIs of both engine calls and the columns they need.
 */
public final class Workload {
    /** The window is fixed so that two runs with the same seed see the same months. */
    public static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);
    /** Every month's target for target attainment, in the profile's currency. */
    public static final BigDecimal MONTHLY_TARGET = new BigDecimal("1000000");
    /** The first engine call: every KPI, monthly. */
    public static final List<Kpi> MONTHLY = List.of(Kpi.values());
    /** The second engine call: the KPIs also shown per rep. */
    public static final List<Kpi> BY_REP = List.of(Kpi.SALES_PER_REP, Kpi.WIN_RATE);

    private final DemoSpec spec;
    private final KpiOptions options;
    private final SalesModel model;
    private final KpiEngine engine;
    private final List<Period> months;
    private final Set<Column> columns;

    private Workload(DemoSpec spec, KpiOptions options) {
        this.spec = spec;
        this.options = options;
        this.model = DemoSalesModel.of(spec);
        this.engine = new KpiEngine(model, options);
        this.months = model.calendar().buckets(spec.window(), Bucket.MONTH);
        Set<Column> needed = new LinkedHashSet<>(engine.columns(MONTHLY, Optional.empty()));
        needed.addAll(engine.columns(BY_REP, Optional.of(engine.catalog().byRep())));
        this.columns = Set.copyOf(needed);
    }

    /** The bench's workload: the catalog's default options. */
    public static Workload of(long seed, int issues, ZoneId zone) {
        return of(seed, issues, zone, KpiOptions.defaults());
    }

    public static Workload of(long seed, int issues, ZoneId zone, KpiOptions options) {
        return new Workload(DemoSpec.of(seed, issues, FIRST_DAY, zone), options);
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

    /** The 24 monthly buckets, in order. */
    public List<Period> months() {
        return months;
    }

    /** Exactly the columns the engine asks for, for both calls. */
    public Set<Column> columns() {
        return columns;
    }

    /** A fixed target for every month and group, so attainment has a value everywhere. */
    public Inputs inputs() {
        return (name, period, group) -> KpiCatalog.TARGET.equals(name) ? Optional.of(MONTHLY_TARGET) : Optional.empty();
    }

    /** Generates the issues again, the same every time, without holding them. */
    public void stream(Consumer<IssueRecord> sink) {
        DemoIssues.generate(spec, sink);
    }

    public IssueTable buildTable() {
        return buildTable(columns);
    }

    /**
     * The columns the memory goal is stated for: every standard column plus four custom ones (the
     * deal amount, the customer and a campaign's emails sent and opened).
     */
    public Set<Column> footprintColumns() {
        Set<Column> all = new LinkedHashSet<>();
        for (StandardField field : StandardField.values()) {
            all.add(new Column.Standard(field));
        }
        all.add(Column.custom(DemoSalesModel.AMOUNT_FIELD, FieldType.NUMBER));
        all.add(Column.custom(DemoSalesModel.CUSTOMER_FIELD, FieldType.TEXT));
        all.add(Column.custom(DemoSalesModel.EMAILS_SENT_FIELD, FieldType.NUMBER));
        all.add(Column.custom(DemoSalesModel.EMAILS_OPENED_FIELD, FieldType.NUMBER));
        return all;
    }

    public IssueTable buildTable(Set<Column> tableColumns) {
        IssueTable.Builder builder = IssueTable.builder(zone(), tableColumns);
        stream(builder::add);
        return builder.build();
    }
}
