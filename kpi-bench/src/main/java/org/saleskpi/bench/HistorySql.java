package org.saleskpi.bench;

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
import org.saleskpi.core.kpi.KpiCatalog;
import org.saleskpi.core.kpi.KpiOptions;
import org.saleskpi.core.kpi.SalesModel;
import org.saleskpi.core.kpi.Stage;

/**
 * KPIs 11 to 15, and 16 as of each month's end, of KPI-DEFINITIONS.md, "Issue history and the
 * pipeline KPIs", written a second time as DuckDB SQL over the tables {@link HistoryDuckDb} loads:
 * {@code issues} (each issue's current state: issue (its row), type, status, created second, amount), {@code changes}
 * (one row per status or amount change: issue, its order in the history, epoch second, field, from
 * and to) and {@code months} (idx 0, the month before the first compared one, to n, with the epoch
 * seconds of their local midnights and their dates). Window functions replay the history; nothing here
 * reads the engine.
 *
 * <p>Readings, the same for every figure: an event belongs to the month of its local date, so the
 * state at the end of month P has every change before P's last midnight applied, and the state at the
 * start of P every change before its first midnight (the end of the month before); an issue exists from
 * its creation. Covers the catalog's default funnel options (created cohort, cumulative), as KpiSql does.
 */
public final class HistorySql {
    private final Map<String, String> terms = new LinkedHashMap<>();
    private final List<String> stages = new ArrayList<>();

    public HistorySql(SalesModel model, KpiOptions options) {
        if (options.funnelCohort() != KpiOptions.FunnelCohort.CREATED
                || options.funnelOrder() != KpiOptions.FunnelOrder.CUMULATIVE) {
            throw new IllegalArgumentException("the SQL side covers the default funnel (created cohort, cumulative)");
        }
        if (!model.pipeline().hasStages() || model.pipeline().probabilityField().isPresent()) {
            throw new IllegalArgumentException("the SQL side needs stages and weighs by their probabilities only");
        }
        Set<String> closed = new HashSet<>(model.wonStatuses());
        closed.addAll(model.lostStatuses());
        terms.put("{deals}", in("type", model.dealTypes()));
        terms.put("{won}", in("status", model.wonStatuses()));
        terms.put("{lost}", in("status", model.lostStatuses()));
        terms.put("{closed}", in("status", closed));
        terms.put("{closedList}", new TreeSet<>(closed).stream().map(KpiSql::quote).collect(Collectors.joining(", ")));
        // Funnel steps: the stages in order (1..n), then won (n + 1), one row per status.
        StringBuilder steps = new StringBuilder();
        StringBuilder weights = new StringBuilder();
        int step = 0;
        for (Stage stage : model.pipeline().stages()) {
            step++;
            stages.add(stage.status());
            steps.append(step == 1 ? "" : ", ").append("(").append(step).append(", ")
                    .append(KpiSql.quote(stage.status()))
                    .append(", ").append(KpiSql.quote(stage.status())).append(")");
            stage.winProbability().ifPresent(p -> weights.append(" WHEN ").append(KpiSql.quote(stage.status()))
                    .append(" THEN ").append(p.toPlainString()));
        }
        for (String won : new TreeSet<>(model.wonStatuses())) {
            steps.append(", (").append(step + 1).append(", ").append(KpiSql.quote(KpiCatalog.WON_STEP)).append(", ")
                    .append(KpiSql.quote(won)).append(")");
        }
        terms.put("{steps}", steps.toString());
        terms.put("{stageCount}", String.valueOf(step));
        terms.put("{weight}", weights.isEmpty() ? "NULL" : "CASE status" + weights + " ELSE 0 END");
    }

    /**
     * Visits to statuses of deals (KPI-DEFINITIONS.md: the first starts at creation in the initial status,
     * each status change ends one and starts the next; an open visit has no end).
     */
    private static final String VISITS = """
            deals AS (SELECT issue, created, status FROM issues WHERE {deals}),
            status_changes AS (
                SELECT c.issue, c.seq, c.at_s, c.from_status, c.to_status
                FROM changes c JOIN deals d ON d.issue = c.issue WHERE c.field = 'status'),
            initial_status AS (
                SELECT d.issue, d.created, coalesce(f.from_status, d.status) AS status
                FROM deals d
                LEFT JOIN (SELECT issue, first(from_status ORDER BY seq) AS from_status
                           FROM status_changes GROUP BY issue) f
                ON f.issue = d.issue),
            status_events AS (
                SELECT issue, 0 AS seq, created AS at_s, status FROM initial_status
                UNION ALL
                SELECT issue, seq, at_s, to_status FROM status_changes),
            visits AS (
                SELECT issue, status, at_s AS entered, lead(at_s) OVER (PARTITION BY issue ORDER BY seq) AS left_at
                FROM status_events)""";

    /** Row 11, one row per funnel step and compared month. */
    public String funnel() {
        return fill("""
                WITH
                """ + VISITS + """
                ,
                steps(step, name, status) AS (VALUES {steps}),
                step_names AS (SELECT DISTINCT step, name FROM steps),
                depth AS (
                    -- cumulative: a deal reached every step up to the furthest it was ever in (won counts as last)
                    SELECT v.issue, max(s.step) AS depth
                    FROM visits v JOIN steps s ON s.status = v.status GROUP BY v.issue),
                cohort AS (
                    SELECT m.idx, coalesce(x.depth, 0) AS depth, count(*) AS n
                    FROM initial_status d
                    JOIN months m ON d.created >= m.start_s AND d.created < m.stop_s
                    LEFT JOIN depth x ON x.issue = d.issue
                    WHERE m.idx >= 1
                    GROUP BY ALL),
                reached AS (
                    SELECT k.step, k.name, m.idx,
                           CAST(coalesce(sum(c.n) FILTER (WHERE c.depth >= k.step), 0) AS BIGINT) AS reached
                    FROM step_names k CROSS JOIN months m LEFT JOIN cohort c ON c.idx = m.idx
                    WHERE m.idx >= 1
                    GROUP BY ALL)
                SELECT name, idx, reached,
                       lead(reached) OVER (PARTITION BY idx ORDER BY step) / nullif(reached, 0) AS step_conversion,
                       reached / nullif(first_value(reached) OVER (PARTITION BY idx ORDER BY step), 0)
                           AS from_start_conversion
                FROM reached ORDER BY idx, step
                """);
    }

    /**
     * Row 12, one row per stage and compared month: (deal, stage) pairs whose last visit to the stage
     * ended in the month, the days of all their visits to it; and visits open at the month's end, their
     * age then (the end of the month less the entry).
     */
    public String timeInStage() {
        return fill("""
                WITH
                """ + VISITS + """
                ,
                stages(step, status) AS (
                    SELECT step, status FROM (VALUES {steps}) s(step, name, status) WHERE step <= {stageCount}),
                pairs AS (
                    SELECT v.issue, v.status, sum(v.left_at - v.entered) / 86400.0 AS days, max(v.left_at) AS last_left
                    FROM visits v JOIN stages s ON s.status = v.status
                    GROUP BY v.issue, v.status
                    HAVING count(*) FILTER (WHERE v.left_at IS NULL) = 0),
                ended AS (
                    SELECT p.status, m.idx, quantile_cont(days, 0.5) AS median_days,
                           quantile_cont(days, 0.85) AS p85_days, avg(days) AS mean_days, count(*) AS deals
                    FROM pairs p JOIN months m ON p.last_left >= m.start_s AND p.last_left < m.stop_s
                    GROUP BY ALL),
                open_at_end AS (
                    SELECT v.status, m.idx, quantile_cont((m.stop_s - v.entered) / 86400.0, 0.5) AS age_median,
                           count(*) AS open_deals
                    FROM visits v JOIN stages s ON s.status = v.status
                    JOIN months m ON v.entered < m.stop_s AND (v.left_at IS NULL OR v.left_at >= m.stop_s)
                    WHERE m.idx >= 1
                    GROUP BY ALL)
                SELECT s.status AS name, m.idx, e.median_days, e.p85_days, e.mean_days,
                       coalesce(e.deals, 0) AS deals, o.age_median, coalesce(o.open_deals, 0) AS open_deals
                FROM stages s CROSS JOIN months m
                LEFT JOIN ended e ON e.status = s.status AND e.idx = m.idx
                LEFT JOIN open_at_end o ON o.status = s.status AND o.idx = m.idx
                WHERE m.idx >= 1
                ORDER BY m.idx, s.step
                """);
    }

    /**
     * Rows 13, 15 and 16, one row per compared month: each deal's state (status, amount) at each month's
     * end replayed from its creation values and changes; the open pipeline at the end of the month, the
     * movement from its start (the end of the month before) to its end, and the sales velocity: the deals
     * open at its start times today's win rate, average won amount and mean cycle of deals closing in it.
     */
    public String monthEnds() {
        return fill("""
                WITH
                deals AS (SELECT issue, created, status, amount FROM issues WHERE {deals}),
                deal_changes AS (SELECT c.* FROM changes c JOIN deals d ON d.issue = c.issue),
                creation AS (
                    -- the creation value of a field is the first change's from, else today's value
                    SELECT d.issue, d.created,
                           CASE WHEN f.status_changes > 0 THEN f.from_status ELSE d.status END AS status,
                           CASE WHEN f.amount_changes > 0 THEN f.from_amount ELSE d.amount END AS amount
                    FROM deals d LEFT JOIN (
                        SELECT issue,
                               count(*) FILTER (WHERE field = 'status') AS status_changes,
                               first(from_status ORDER BY seq) FILTER (WHERE field = 'status') AS from_status,
                               count(*) FILTER (WHERE field = 'amount') AS amount_changes,
                               first(from_amount ORDER BY seq) FILTER (WHERE field = 'amount') AS from_amount
                        FROM deal_changes GROUP BY issue) f ON f.issue = d.issue),
                events AS (
                    SELECT issue, 0 AS seq, created AS at_s, {'v': status} AS status, {'v': amount} AS amount
                    FROM creation
                    UNION ALL
                    SELECT issue, seq, at_s,
                           CASE WHEN field = 'status' THEN {'v': to_status} END,
                           CASE WHEN field = 'amount' THEN {'v': to_amount} END
                    FROM deal_changes),
                states AS (
                    -- the state from each event on, until the next one: a field an event leaves alone carries over
                    SELECT issue, at_s, lead(at_s) OVER w AS until,
                           (last_value(status IGNORE NULLS) OVER w).v AS status,
                           (last_value(amount IGNORE NULLS) OVER w).v AS amount
                    FROM events
                    WINDOW w AS (PARTITION BY issue ORDER BY seq ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)),
                at_end AS (
                    -- the state at each month's end: the last event before its last midnight
                    SELECT s.issue, m.idx, s.status, s.amount,
                           NOT ({closed}) AS is_open, {won} AS is_won, {lost} AS is_lost
                    FROM states s JOIN months m ON s.at_s < m.stop_s AND (s.until IS NULL OR s.until >= m.stop_s)),
                moves AS (
                    SELECT idx, is_open, coalesce(amount, 0) AS amount, status,
                           is_open OR is_won OR is_lost AS still_deal, is_won, is_lost,
                           coalesce(lag(is_open) OVER (PARTITION BY issue ORDER BY idx) AND
                                    lag(idx) OVER (PARTITION BY issue ORDER BY idx) = idx - 1, FALSE) AS was_open,
                           coalesce(lag(amount) OVER (PARTITION BY issue ORDER BY idx), 0) AS amount_before
                    FROM at_end),
                per_month AS (
                    SELECT idx,
                           count(*) FILTER (WHERE is_open) AS open_count,
                           coalesce(sum(amount) FILTER (WHERE is_open), 0) AS open_amount,
                           coalesce(sum(amount * {weight}) FILTER (WHERE is_open), 0) AS open_weighted,
                           coalesce(sum(amount_before) FILTER (WHERE was_open), 0) AS at_start,
                           coalesce(sum(amount) FILTER (WHERE is_open AND NOT was_open), 0) AS new_amount,
                           coalesce(sum(greatest(amount - amount_before, 0)) FILTER (WHERE was_open AND still_deal), 0)
                               AS increased,
                           coalesce(sum(greatest(amount_before - amount, 0)) FILTER (WHERE was_open AND still_deal), 0)
                               AS decreased,
                           coalesce(sum(amount) FILTER (WHERE was_open AND is_won), 0) AS won,
                           coalesce(sum(amount) FILTER (WHERE was_open AND is_lost), 0) AS lost,
                           coalesce(sum(amount_before) FILTER (WHERE was_open AND NOT still_deal), 0) AS moved_out,
                           count(*) FILTER (WHERE was_open) AS open_deals_at_start
                    FROM moves GROUP BY idx),
                closed_in AS (
                    -- row 13's factors over today's deals by their close date: won and lost, won amounts, cycles
                    SELECT m.idx, count(*) FILTER (WHERE {won}) AS won_count, count(*) AS closed_count,
                           avg(amount) FILTER (WHERE {won}) AS average_deal,
                           avg(closed - created_day) FILTER (WHERE {won}) AS cycle_days
                    FROM issues JOIN months m ON closed >= m.start_d AND closed < m.stop_d
                    WHERE {deals} AND {closed}
                    GROUP BY m.idx),
                velocity AS (
                    SELECT m.idx, m.stop_d - m.start_d AS days, p.open_deals_at_start,
                           c.won_count / nullif(c.closed_count, 0) AS win_rate,
                           CAST(c.average_deal AS DOUBLE) AS average_deal, CAST(c.cycle_days AS DOUBLE) AS cycle_days
                    FROM months m JOIN per_month p ON p.idx = m.idx LEFT JOIN closed_in c ON c.idx = m.idx)
                SELECT m.idx, open_count, open_amount, open_weighted,
                       open_amount - at_start AS net_change, at_start, new_amount, increased, decreased, won, lost,
                       moved_out, open_amount AS at_end,
                       v.open_deals_at_start, v.win_rate, v.average_deal, v.cycle_days,
                       v.open_deals_at_start * v.win_rate * v.average_deal / nullif(v.cycle_days, 0) AS per_day,
                       v.open_deals_at_start * v.win_rate * v.average_deal / nullif(v.cycle_days, 0) * v.days
                           AS per_period
                FROM months m JOIN per_month p ON p.idx = m.idx JOIN velocity v ON v.idx = m.idx
                WHERE m.idx >= 1
                ORDER BY m.idx
                """);
    }

    /**
     * Row 14, one row per compared month. A push: a change of the close date to a later date made while the
     * deal is open (its status as of the change, status changes before it in the history applied). Over
     * deals open at some instant of the month (a visit to an open status overlapping it): pushes in the
     * month, their days, the deals pushed; slipping: deals open at the month's end pushed 3 or more times
     * up to then.
     */
    public String slippage() {
        return fill("""
                WITH
                """ + VISITS + """
                ,
                open_visits AS (SELECT * FROM visits WHERE NOT ({closed})),
                dated AS (
                    SELECT c.issue, c.seq, c.at_s, c.field, c.to_status, c.from_date, c.to_date
                    FROM changes c JOIN deals d ON d.issue = c.issue WHERE c.field IN ('status', 'close_date')),
                status_then AS (
                    SELECT issue, at_s, field, from_date, to_date,
                           last_value(CASE WHEN field = 'status' THEN to_status END IGNORE NULLS)
                               OVER (PARTITION BY issue ORDER BY seq ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
                               AS changed_status
                    FROM dated),
                pushes AS (
                    SELECT p.issue, p.at_s, p.to_date - p.from_date AS days
                    FROM status_then p JOIN initial_status i ON i.issue = p.issue
                    WHERE p.field = 'close_date' AND p.to_date > p.from_date
                      AND coalesce(p.changed_status, i.status) NOT IN ({closedList})),
                open_in AS (
                    SELECT DISTINCT m.idx, v.issue FROM open_visits v
                    JOIN months m ON greatest(v.entered, m.start_s) < least(coalesce(v.left_at, m.stop_s), m.stop_s)
                    WHERE m.idx >= 1),
                pushed_in AS (
                    SELECT m.idx, count(*) AS pushes, sum(p.days) AS days, count(DISTINCT p.issue) AS pushed_deals
                    FROM pushes p JOIN months m ON p.at_s >= m.start_s AND p.at_s < m.stop_s
                    WHERE m.idx >= 1 GROUP BY m.idx),
                slipping AS (
                    SELECT m.idx, count(*) AS slipping
                    FROM open_visits v JOIN months m ON v.entered < m.stop_s AND (v.left_at IS NULL OR v.left_at >= m.stop_s)
                    WHERE m.idx >= 1
                      AND (SELECT count(*) FROM pushes p WHERE p.issue = v.issue AND p.at_s < m.stop_s) >= 3
                    GROUP BY m.idx),
                open_count AS (SELECT idx, count(*) AS open_deals FROM open_in GROUP BY idx)
                SELECT m.idx, coalesce(o.open_deals, 0) AS open_deals, coalesce(p.pushes, 0) AS pushes,
                       coalesce(p.pushed_deals, 0) AS pushed_deals, coalesce(s.slipping, 0) AS slipping,
                       coalesce(p.pushed_deals, 0) / nullif(o.open_deals, 0) AS pushed_share,
                       p.days / nullif(p.pushes, 0) AS days_per_push
                FROM months m LEFT JOIN open_count o ON o.idx = m.idx LEFT JOIN pushed_in p ON p.idx = m.idx
                LEFT JOIN slipping s ON s.idx = m.idx
                WHERE m.idx >= 1
                ORDER BY m.idx
                """);
    }

    /** The columns of {@link #slippage()}, ungrouped. */
    public List<KpiSql.Output> slippageOutputs() {
        return List.of(approx("pushed_share", monthly(Kpi.CLOSE_DATE_SLIPPAGE, "pushedShare")),
                exact("pushes", monthly(Kpi.CLOSE_DATE_SLIPPAGE, "pushes")),
                approx("days_per_push", monthly(Kpi.CLOSE_DATE_SLIPPAGE, "meanDaysPerPush")),
                exact("open_deals", monthly(Kpi.CLOSE_DATE_SLIPPAGE, "openDeals")),
                exact("pushed_deals", monthly(Kpi.CLOSE_DATE_SLIPPAGE, "pushedDeals")),
                exact("slipping", monthly(Kpi.CLOSE_DATE_SLIPPAGE, "slipping")));
    }

    /** The columns of {@link #funnel()} and the figures they give, per step. */
    public List<KpiSql.Output> funnelOutputs() {
        return List.of(exact("reached", monthly(Kpi.STAGE_FUNNEL, "reached")),
                approx("step_conversion", monthly(Kpi.STAGE_FUNNEL, "stepConversion")),
                approx("from_start_conversion", monthly(Kpi.STAGE_FUNNEL, "fromStartConversion")));
    }

    /** The columns of {@link #timeInStage()}, per stage. */
    public List<KpiSql.Output> timeInStageOutputs() {
        return List.of(approx("median_days", monthly(Kpi.TIME_IN_STAGE, "medianDays")),
                approx("p85_days", monthly(Kpi.TIME_IN_STAGE, "p85Days")),
                approx("mean_days", monthly(Kpi.TIME_IN_STAGE, "meanDays")),
                exact("deals", monthly(Kpi.TIME_IN_STAGE, "deals")),
                approx("age_median", monthly(Kpi.TIME_IN_STAGE, "currentAgeMedianDays")),
                exact("open_deals", monthly(Kpi.TIME_IN_STAGE, "openDeals")));
    }

    /** The columns of {@link #monthEnds()}, ungrouped. */
    public List<KpiSql.Output> monthEndOutputs() {
        return List.of(exact("open_amount", monthEnd("amount")), exact("open_count", monthEnd("count")),
                exact("open_weighted", monthEnd("weighted")),
                exact("net_change", monthly(Kpi.PIPELINE_MOVEMENT, "netChange")),
                exact("at_start", monthly(Kpi.PIPELINE_MOVEMENT, "openAtStart")),
                exact("new_amount", monthly(Kpi.PIPELINE_MOVEMENT, "new")),
                exact("increased", monthly(Kpi.PIPELINE_MOVEMENT, "increased")),
                exact("decreased", monthly(Kpi.PIPELINE_MOVEMENT, "decreased")),
                exact("won", monthly(Kpi.PIPELINE_MOVEMENT, "won")),
                exact("lost", monthly(Kpi.PIPELINE_MOVEMENT, "lost")),
                exact("moved_out", monthly(Kpi.PIPELINE_MOVEMENT, "movedOut")),
                exact("at_end", monthly(Kpi.PIPELINE_MOVEMENT, "openAtEnd")),
                exact("open_deals_at_start", monthly(Kpi.SALES_VELOCITY, "openAtStart")),
                approx("win_rate", monthly(Kpi.SALES_VELOCITY, "winRate")),
                approx("average_deal", monthly(Kpi.SALES_VELOCITY, "averageDealSize")),
                approx("cycle_days", monthly(Kpi.SALES_VELOCITY, "cycleDays")),
                approx("per_day", monthly(Kpi.SALES_VELOCITY, "perDay")),
                approx("per_period", monthly(Kpi.SALES_VELOCITY, "perPeriod")));
    }

    /** Every figure the history command compares. */
    public Set<Id> ids() {
        Set<Id> ids = new HashSet<>();
        for (List<KpiSql.Output> outputs : List.of(funnelOutputs(), timeInStageOutputs(), monthEndOutputs(),
                slippageOutputs())) {
            outputs.forEach(o -> ids.addAll(o.ids()));
        }
        return ids;
    }

    private static Id monthly(Kpi kpi, String figure) {
        return new Id(Call.MONTHLY, kpi, figure);
    }

    private static Id monthEnd(String figure) {
        return new Id(Call.MONTH_END, HistoryWorkload.AS_OF_MONTH_END, figure);
    }

    private static KpiSql.Output exact(String column, Id... ids) {
        return new KpiSql.Output(column, true, List.of(ids));
    }

    private static KpiSql.Output approx(String column, Id... ids) {
        return new KpiSql.Output(column, false, List.of(ids));
    }

    private String fill(String sql) {
        String text = sql;
        for (Map.Entry<String, String> term : terms.entrySet()) {
            text = text.replace(term.getKey(), term.getValue());
        }
        return text;
    }

    private static String in(String column, Set<String> values) {
        if (values.isEmpty()) {
            return "FALSE";
        }
        return column + " IN (" + new TreeSet<>(values).stream().map(KpiSql::quote)
                .collect(Collectors.joining(", ")) + ")";
    }
}
