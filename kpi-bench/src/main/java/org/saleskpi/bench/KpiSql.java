package org.saleskpi.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.saleskpi.bench.KpiFigures.Call;
import org.saleskpi.bench.KpiFigures.Id;
import org.saleskpi.core.kpi.Kpi;
import org.saleskpi.core.kpi.KpiOptions;
import org.saleskpi.core.kpi.SalesModel;
import org.saleskpi.core.period.Period;

/**
 * The KPIs of KPI-DEFINITIONS.md written a second time, as DuckDB SQL over the {@code issues}
 * and {@code months} tables that {@link DuckDbRun} loads. It follows the catalog's default options
 * (historical all-time CLV, attainment on won amount) with churn either explicit (the default
 * for a model with customer issues) or derived, and needs a model that configures every field, as
 * the demo model does.
 *
 * <p>{@code months} holds idx 0 (the month before the first compared month, for growth and
 * derived churn) to idx n, and each month's target (NULL where there is none). Every "before P"
 * and "to date" figure reads all history, not just the compared months.
 */
public final class KpiSql {
    /** One result column and the figures it gives; {@code exact} unless DuckDB computes it in floating point. */
    public record Output(String column, boolean exact, List<Id> ids) {
    }

    private final Map<String, String> terms = new LinkedHashMap<>();

    private final boolean explicitChurn;
    private final boolean categories;

    public KpiSql(SalesModel model, KpiOptions options, List<Period> months) {
        requireFullModel(model);
        KpiOptions defaults = KpiOptions.defaults();
        if (!options.withChurnMode(defaults.churnMode()).equals(defaults)) {
            throw new IllegalArgumentException("the SQL side covers the default options and either churn mode, not "
                    + options);
        }
        this.explicitChurn = options.churnMode() != KpiOptions.ChurnMode.DERIVED;
        this.categories = model.pipeline().forecastCategoryField().isPresent();
        terms.put("{openWeighted}", openWeighted(model));
        Set<String> wonOrLost = new HashSet<>(model.wonStatuses());
        wonOrLost.addAll(model.lostStatuses());
        terms.put("{deals}", in("type", model.dealTypes()));
        terms.put("{leads}", in("type", model.leadTypes()));
        terms.put("{customers}", in("type", model.customerTypes()));
        terms.put("{campaigns}", in("type", model.campaignTypes()));
        terms.put("{costs}", in("type", model.costTypes()));
        terms.put("{wonStatus}", in("status", model.wonStatuses()));
        terms.put("{wonOrLost}", in("status", wonOrLost));
        terms.put("{converted}", in("status", model.convertedStatuses()));
        terms.put("{churned}", in("status", model.churnedStatuses()));
        terms.put("{first}", date(months.get(0).start()));
        terms.put("{end}", date(months.get(months.size() - 1).end()));
    }

    /**
     * Row 16's weighted amount: amount x the stage's win probability, 0 outside the stages; NULL (as the
     * engine's "not configured") without stage probabilities. DuckDbRun loads no probability field.
     */
    private static String openWeighted(SalesModel model) {
        if (model.pipeline().probabilityField().isPresent()) {
            throw new IllegalArgumentException("the SQL side weighs open deals by their stage's probability only,"
                    + " not by a probability field");
        }
        StringBuilder cases = new StringBuilder();
        model.pipeline().stages().forEach(stage -> stage.winProbability().ifPresent(p -> cases.append(" WHEN ")
                .append(quote(stage.status())).append(" THEN ").append(p.toPlainString())));
        if (cases.isEmpty()) {
            return "CAST(NULL AS DECIMAL(18, 2))";
        }
        return "coalesce(sum(amount * CASE CAST(status AS VARCHAR)" + cases + " ELSE 0 END), 0)";
    }

    private static void requireFullModel(SalesModel model) {
        if (!model.hasCustomerIssues() || model.campaignTypes().isEmpty() || model.costTypes().isEmpty()
                || model.customerField().isEmpty() || model.costField().isEmpty()
                || model.emailsSentField().isEmpty() || model.emailsOpenedField().isEmpty()) {
            throw new IllegalArgumentException("the SQL side covers models that configure customers, campaigns,"
                    + " costs and their fields, as the demo model does");
        }
    }

    /** Every ungrouped figure, one row per compared month (idx 1..n). */
    public String monthly() {
        return fill("""
                WITH
                created_in AS (
                    SELECT date_trunc('month', created) AS start,
                           count(*) FILTER (WHERE {leads}) AS new_leads,
                           count(*) FILTER (WHERE {leads} AND {converted}) AS converted_leads,
                           count(*) FILTER (WHERE {deals}) AS new_deals,
                           sum(opened) FILTER (WHERE {campaigns}) AS opened,
                           sum(sent) FILTER (WHERE {campaigns}) AS sent,
                           count(*) FILTER (WHERE {customers}) AS new_customers,
                           sum(cost) FILTER (WHERE {costs}) AS spend
                    FROM issues
                    WHERE created >= {first} AND created < {end}
                    GROUP BY 1),
                closed_in AS (
                    -- from the month before the first bucket: growth compares with it
                    SELECT date_trunc('month', closed) AS start,
                           sum(amount) FILTER (WHERE {wonStatus}) AS won_amount,
                           count(*) FILTER (WHERE {wonStatus}) AS won_count,
                           count(*) FILTER (WHERE {wonOrLost}) AS closed_count,
                           avg(closed - created) FILTER (WHERE {wonStatus}) AS cycle_mean,
                           quantile_cont(closed - created, 0.5) FILTER (WHERE {wonStatus}) AS cycle_median
                    FROM issues
                    WHERE {deals} AND closed >= (SELECT start FROM months WHERE idx = 0) AND closed < {end}
                    GROUP BY 1),
                converted_in AS (
                    SELECT date_trunc('month', resolved) AS start, avg(resolved - created) AS convert_days
                    FROM issues
                    WHERE {leads} AND {converted} AND resolved >= {first} AND resolved < {end}
                    GROUP BY 1),
                won_with_customer AS (
                    SELECT customer, closed, amount FROM issues
                    WHERE {deals} AND {wonStatus} AND customer IS NOT NULL AND closed IS NOT NULL),
                customer_won_in AS (
                    SELECT date_trunc('month', closed) AS start, sum(amount) AS amount
                    FROM won_with_customer GROUP BY 1),
                first_won_in AS (
                    SELECT date_trunc('month', first_closed) AS start, count(*) AS n
                    FROM (SELECT min(closed) AS first_closed FROM won_with_customer GROUP BY customer) GROUP BY 1),
                lifetime AS (
                    SELECT m.idx, coalesce(sum(w.amount), 0) AS won_amount
                    FROM months m LEFT JOIN customer_won_in w ON w.start < m.stop GROUP BY m.idx),
                customers_to_date AS (
                    SELECT m.idx, CAST(coalesce(sum(f.n), 0) AS BIGINT) AS n
                    FROM months m LEFT JOIN first_won_in f ON f.start < m.stop GROUP BY m.idx),
                {churnTables},
                open_now AS (
                    -- row 16: today's open deals, the same in every month
                    SELECT count(*) AS open_count, coalesce(sum(amount), 0) AS open_amount,
                           {openWeighted} AS open_weighted
                    FROM issues WHERE {deals} AND NOT ({wonOrLost})),
                open_closing_in AS (
                    -- rows 17 and 18: open deals by the month of their close date, per forecast category
                    SELECT date_trunc('month', closed) AS start,
                           sum(amount) AS open_closing,
                           sum(amount) FILTER (WHERE category = 'commit') AS commit_amount,
                           sum(amount) FILTER (WHERE category = 'best-case') AS best_case_amount,
                           sum(amount) FILTER (WHERE category = 'pipeline' OR category IS NULL) AS pipeline_amount
                    FROM issues
                    WHERE {deals} AND NOT ({wonOrLost}) AND closed >= {first} AND closed < {end}
                    GROUP BY 1),
                monthly AS (
                    SELECT m.idx, m.target,
                           coalesce(c.won_amount, 0) AS won_amount,
                           coalesce(c.won_count, 0) AS won_count,
                           coalesce(c.closed_count, 0) AS closed_count,
                           coalesce(p.won_amount, 0) AS previous_amount,
                           c.cycle_mean, c.cycle_median, v.convert_days,
                           coalesce(n.new_leads, 0) AS new_leads,
                           coalesce(n.converted_leads, 0) AS converted_leads,
                           coalesce(n.new_deals, 0) AS new_deals,
                           coalesce(n.opened, 0) AS opened,
                           coalesce(n.sent, 0) AS sent,
                           coalesce(n.spend, 0) AS spend,
                           l.won_amount AS lifetime_amount,
                           t.n AS customers_to_date,
                           o.open_count, o.open_amount, o.open_weighted,
                           coalesce(oc.open_closing, 0) AS open_closing,
                           coalesce(oc.commit_amount, 0) AS commit_amount,
                           coalesce(oc.best_case_amount, 0) AS best_case_amount,
                           coalesce(oc.pipeline_amount, 0) AS pipeline_amount,
                           {churnColumns}
                    FROM months m
                    LEFT JOIN created_in n ON n.start = m.start
                    LEFT JOIN closed_in c ON c.start = m.start
                    LEFT JOIN closed_in p ON p.start = m.previous
                    LEFT JOIN converted_in v ON v.start = m.start
                    JOIN lifetime l ON l.idx = m.idx
                    JOIN customers_to_date t ON t.idx = m.idx
                    CROSS JOIN open_now o
                    LEFT JOIN open_closing_in oc ON oc.start = m.start
                    {churnJoins}
                    WHERE m.idx >= 1)
                SELECT idx,
                       won_amount, won_count,
                       won_amount / nullif(target, 0) AS attainment, target,
                       CAST(cycle_mean AS DOUBLE) AS cycle_mean, CAST(cycle_median AS DOUBLE) AS cycle_median,
                       opened / nullif(sent, 0) AS open_rate,
                       new_leads, new_deals,
                       converted_leads / nullif(new_leads, 0) AS conversion,
                       won_count / nullif(closed_count, 0) AS win_rate,
                       CAST(convert_days AS DOUBLE) AS convert_days,
                       (won_amount - previous_amount) / nullif(previous_amount, 0) AS growth,
                       previous_amount,
                       lifetime_amount / nullif(customers_to_date, 0) AS clv, lifetime_amount, customers_to_date,
                       {churnFigures},
                       spend / nullif(gained, 0) AS cac, spend, gained,
                       open_count, open_amount, open_weighted, open_closing,
                       commit_amount, best_case_amount, pipeline_amount,
                       won_amount + commit_amount AS most_likely,
                       won_amount + commit_amount + best_case_amount AS best_case_total,
                       (won_amount + commit_amount) / nullif(target, 0) AS most_likely_attainment,
                       (won_amount + commit_amount + best_case_amount) / nullif(target, 0) AS best_case_attainment,
                       target - won_amount AS remaining,
                       CASE WHEN target - won_amount > 0 THEN open_closing / (target - won_amount) END AS coverage
                FROM monthly
                ORDER BY idx
                """.replace("{churnTables}", explicitChurn ? EXPLICIT_CHURN_TABLES : DERIVED_CHURN_TABLES)
                .replace("{churnColumns}", explicitChurn ? EXPLICIT_CHURN_COLUMNS : DERIVED_CHURN_COLUMNS)
                .replace("{churnJoins}", explicitChurn ? EXPLICIT_CHURN_JOINS : DERIVED_CHURN_JOINS)
                .replace("{churnFigures}", explicitChurn ? EXPLICIT_CHURN_FIGURES : DERIVED_CHURN_FIGURES));
    }

    /** Row 9, explicit: S from customer issues created before P less those churned before P. */
    private static final String EXPLICIT_CHURN_TABLES = """
            customers_created AS (
                SELECT date_trunc('month', created) AS start, count(*) AS n
                FROM issues WHERE {customers} GROUP BY 1),
            customers_churned AS (
                SELECT date_trunc('month', resolved) AS start, count(*) AS n
                FROM issues WHERE {customers} AND {churned} AND resolved IS NOT NULL GROUP BY 1),
            created_before AS (
                SELECT m.idx, CAST(coalesce(sum(c.n), 0) AS BIGINT) AS n
                FROM months m LEFT JOIN customers_created c ON c.start < m.start GROUP BY m.idx),
            churned AS (
                SELECT m.idx,
                       CAST(coalesce(sum(c.n) FILTER (WHERE c.start < m.start), 0) AS BIGINT) AS before_n,
                       CAST(coalesce(sum(c.n) FILTER (WHERE c.start = m.start), 0) AS BIGINT) AS during_n
                FROM months m LEFT JOIN customers_churned c ON c.start < m.stop GROUP BY m.idx)""";
    private static final String EXPLICIT_CHURN_COLUMNS = """
            b.n - ch.before_n AS at_start,
                           ch.during_n AS lost,
                           coalesce(n.new_customers, 0) AS gained,
                           b.n - ch.before_n + coalesce(n.new_customers, 0) - ch.during_n AS at_end""";
    private static final String EXPLICIT_CHURN_JOINS = """
            JOIN created_before b ON b.idx = m.idx
                    JOIN churned ch ON ch.idx = m.idx""";
    private static final String EXPLICIT_CHURN_FIGURES = """
            lost / nullif(at_start, 0) AS churn,
                       (at_end - gained) / nullif(at_start, 0) AS retention,
                       at_start, lost, at_end""";

    /** Row 9, derived: a customer is active in a month with a won deal; lost when active the month before only. */
    private static final String DERIVED_CHURN_TABLES = """
            active_in AS (
                SELECT DISTINCT customer, date_trunc('month', closed) AS start FROM won_with_customer
                WHERE closed >= (SELECT start FROM months WHERE idx = 0) AND closed < {end}),
            active_count AS (SELECT start, count(*) AS n FROM active_in GROUP BY 1),
            lapsed AS (
                SELECT m.idx, count(*) AS n
                FROM months m JOIN active_in a ON a.start = m.previous
                WHERE NOT EXISTS (SELECT 1 FROM active_in b WHERE b.customer = a.customer AND b.start = m.start)
                GROUP BY m.idx)""";
    private static final String DERIVED_CHURN_COLUMNS = """
            coalesce(a.n, 0) AS active,
                           coalesce(pa.n, 0) AS active_before,
                           coalesce(lp.n, 0) AS lapsed,
                           coalesce(f.n, 0) AS gained""";
    private static final String DERIVED_CHURN_JOINS = """
            LEFT JOIN active_count a ON a.start = m.start
                    LEFT JOIN active_count pa ON pa.start = m.previous
                    LEFT JOIN lapsed lp ON lp.idx = m.idx
                    LEFT JOIN first_won_in f ON f.start = m.start""";
    private static final String DERIVED_CHURN_FIGURES = """
            lapsed / nullif(active_before, 0) AS churn,
                       (active_before - lapsed) / nullif(active_before, 0) AS retention,
                       active_before, lapsed, active""";

    public List<Output> monthlyOutputs() {
        List<Output> outputs = new ArrayList<>(List.of(
                exact("won_amount", monthly(Kpi.WON_REVENUE, "amount"), monthly(Kpi.TARGET_ATTAINMENT, "actual"),
                        monthly(Kpi.SALES_GROWTH, "amount"), monthly(Kpi.FORECAST, "won"),
                        monthly(Kpi.PIPELINE_COVERAGE, "won")),
                exact("won_count", monthly(Kpi.WON_REVENUE, "count")),
                approx("attainment", monthly(Kpi.TARGET_ATTAINMENT, "attainment"), monthly(Kpi.FORECAST, "wonAttainment")),
                exact("target", monthly(Kpi.TARGET_ATTAINMENT, "target"), monthly(Kpi.FORECAST, "target"),
                        monthly(Kpi.PIPELINE_COVERAGE, "target")),
                exact("open_count", monthly(Kpi.OPEN_PIPELINE, "count")),
                exact("open_amount", monthly(Kpi.OPEN_PIPELINE, "amount")),
                approx("open_weighted", monthly(Kpi.OPEN_PIPELINE, "weighted")),
                exact("remaining", monthly(Kpi.PIPELINE_COVERAGE, "remaining")),
                approx("coverage", monthly(Kpi.PIPELINE_COVERAGE, "coverage")),
                approx("cycle_mean", monthly(Kpi.SALES_CYCLE, "meanDays")),
                approx("cycle_median", monthly(Kpi.SALES_CYCLE, "medianDays")),
                approx("open_rate", monthly(Kpi.EMAIL_OPEN_RATE, "rate")),
                exact("new_leads", monthly(Kpi.NEW_LEADS, "count")),
                exact("new_deals", monthly(Kpi.NEW_OPPORTUNITIES, "count")),
                approx("conversion", monthly(Kpi.LEAD_CONVERSION, "rate")),
                approx("win_rate", monthly(Kpi.WIN_RATE, "rate")),
                approx("convert_days", monthly(Kpi.TIME_TO_CONVERT, "meanDays")),
                approx("growth", monthly(Kpi.SALES_GROWTH, "growth")),
                exact("previous_amount", monthly(Kpi.SALES_GROWTH, "previousAmount")),
                approx("clv", monthly(Kpi.CLV, "value")),
                exact("lifetime_amount", monthly(Kpi.CLV, "wonAmount")),
                exact("customers_to_date", monthly(Kpi.CLV, "customers")),
                approx("churn", monthly(Kpi.CHURN_RATE, "churn")),
                approx("retention", monthly(Kpi.RETENTION_RATE, "retention")),
                approx("cac", monthly(Kpi.CAC, "cost")),
                exact("spend", monthly(Kpi.CAC, "spend"))));
        if (categories) {
            outputs.add(exact("open_closing", monthly(Kpi.PIPELINE_COVERAGE, "pipeline")));
            outputs.add(exact("commit_amount", monthly(Kpi.FORECAST, "commit")));
            outputs.add(exact("best_case_amount", monthly(Kpi.FORECAST, "bestCase")));
            outputs.add(exact("pipeline_amount", monthly(Kpi.FORECAST, "pipeline")));
            outputs.add(exact("most_likely", monthly(Kpi.FORECAST, "mostLikely")));
            outputs.add(exact("best_case_total", monthly(Kpi.FORECAST, "bestCaseTotal")));
            outputs.add(approx("most_likely_attainment", monthly(Kpi.FORECAST, "mostLikelyAttainment")));
            outputs.add(approx("best_case_attainment", monthly(Kpi.FORECAST, "bestCaseAttainment")));
        } else {
            // Without a category field every open deal closing in P is the forecast's pipeline.
            outputs.add(exact("open_closing", monthly(Kpi.PIPELINE_COVERAGE, "pipeline"), monthly(Kpi.FORECAST, "pipeline")));
        }
        if (explicitChurn) {
            outputs.add(bothChurnKpis("at_start", "atStart"));
            outputs.add(bothChurnKpis("lost", "lost"));
            outputs.add(exact("gained", monthly(Kpi.CHURN_RATE, "gained"), monthly(Kpi.RETENTION_RATE, "gained"),
                    monthly(Kpi.CAC, "newCustomers")));
            outputs.add(bothChurnKpis("at_end", "atEnd"));
        } else {
            outputs.add(bothChurnKpis("active_before", "activeBefore"));
            outputs.add(bothChurnKpis("lapsed", "lost"));
            outputs.add(bothChurnKpis("active", "active"));
            outputs.add(exact("gained", monthly(Kpi.CAC, "newCustomers")));
        }
        return outputs;
    }

    private static Output bothChurnKpis(String column, String figure) {
        return exact(column, monthly(Kpi.CHURN_RATE, figure), monthly(Kpi.RETENTION_RATE, figure));
    }

    /**
     * The per-rep figures, one row per rep and compared month (idx 1..n). The reps are those who own any
     * deal, "" for deals without one, so a rep without a won deal in a month shows 0.
     */
    public String byRep() {
        return fill("""
                WITH
                reps AS (SELECT DISTINCT coalesce(rep, '') AS rep FROM issues WHERE {deals}),
                closed_in AS (
                    SELECT coalesce(rep, '') AS rep, date_trunc('month', closed) AS start,
                           sum(amount) FILTER (WHERE {wonStatus}) AS won_amount,
                           count(*) FILTER (WHERE {wonStatus}) AS won_count,
                           avg(amount) FILTER (WHERE {wonStatus}) AS average_deal,
                           count(*) FILTER (WHERE {wonOrLost}) AS closed_count
                    FROM issues
                    WHERE {deals} AND closed >= {first} AND closed < {end}
                    GROUP BY 1, 2)
                SELECT r.rep, m.idx,
                       coalesce(c.won_amount, 0) AS won_amount,
                       coalesce(c.won_count, 0) AS won_count,
                       CAST(c.average_deal AS DOUBLE) AS average_deal,
                       c.won_count / nullif(c.closed_count, 0) AS win_rate
                FROM reps r
                CROSS JOIN months m
                LEFT JOIN closed_in c ON c.rep = r.rep AND c.start = m.start
                WHERE m.idx >= 1
                ORDER BY r.rep, m.idx
                """);
    }

    /** Sales per rep comes twice: grouped by its nature in the monthly call, and in the by-rep call. */
    public List<Output> byRepOutputs() {
        return List.of(
                exact("won_amount", new Id(Call.MONTHLY, Kpi.SALES_PER_REP, "amount"),
                        new Id(Call.BY_REP, Kpi.SALES_PER_REP, "amount")),
                exact("won_count", new Id(Call.MONTHLY, Kpi.SALES_PER_REP, "count"),
                        new Id(Call.BY_REP, Kpi.SALES_PER_REP, "count")),
                approx("average_deal", new Id(Call.MONTHLY, Kpi.SALES_PER_REP, "averageDealSize"),
                        new Id(Call.BY_REP, Kpi.SALES_PER_REP, "averageDealSize")),
                approx("win_rate", new Id(Call.BY_REP, Kpi.WIN_RATE, "rate")));
    }

    private static Id monthly(Kpi kpi, String figure) {
        return new Id(Call.MONTHLY, kpi, figure);
    }

    private static Output exact(String column, Id... ids) {
        return new Output(column, true, List.of(ids));
    }

    private static Output approx(String column, Id... ids) {
        return new Output(column, false, List.of(ids));
    }

    private String fill(String sql) {
        String text = sql;
        for (Map.Entry<String, String> term : terms.entrySet()) {
            text = text.replace(term.getKey(), term.getValue());
        }
        return text;
    }

    /** {@code column IN (...)} over the model's names, sorted so the text is stable; FALSE when empty. */
    private static String in(String column, Set<String> values) {
        if (values.isEmpty()) {
            return "FALSE";
        }
        return column + " IN (" + new TreeSet<>(values).stream().map(KpiSql::quote)
                .collect(Collectors.joining(", ")) + ")";
    }

    static String quote(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static String date(LocalDate day) {
        return "DATE '" + day + "'";
    }
}
