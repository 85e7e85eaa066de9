package org.saleskpi.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.kpi.Kpi;
import org.saleskpi.core.kpi.KpiEngine;
import org.saleskpi.core.kpi.KpiResult;
import org.saleskpi.core.metric.Dimension;

/**
 * The timed engine run: every KPI monthly, and sales per rep and win rate by rep, asked of the
 * engine together so that they share one pass over the table.
 */
public final class EngineRun {
    /** The engine scans the table in the calling thread. */
    public static final int THREADS = 1;

    private final Workload workload;
    private final IssueTable table;
    private final KpiEngine engine;
    private final Dimension byRep;

    public EngineRun(Workload workload, IssueTable table) {
        this.workload = workload;
        // Timed afresh each run: nothing computed is kept with the table.
        this.table = table.rememberingIn(IssueTable.Memo.NONE);
        this.engine = workload.engine();
        this.byRep = engine.catalog().byRep();
    }

    /** Both calls' raw results. */
    public record Results(Map<Kpi, KpiResult> monthly, Map<Kpi, KpiResult> byRep) {
    }

    public Results compute() {
        List<KpiEngine.KpiRequest> requests = new ArrayList<>();
        Workload.MONTHLY.forEach(kpi -> requests.add(new KpiEngine.KpiRequest(kpi, Optional.empty())));
        Workload.BY_REP.forEach(kpi -> requests.add(new KpiEngine.KpiRequest(kpi, Optional.of(byRep))));
        List<KpiResult> results = engine.compute(table, requests, workload.months(), workload.inputs());
        Map<Kpi, KpiResult> monthly = new LinkedHashMap<>();
        Map<Kpi, KpiResult> perRep = new LinkedHashMap<>();
        for (int i = 0; i < results.size(); i++) {
            (i < Workload.MONTHLY.size() ? monthly : perRep).put(results.get(i).kpi(), results.get(i));
        }
        return new Results(monthly, perRep);
    }

    /** Every KPI, monthly, on its own pass. */
    public Map<Kpi, KpiResult> computeMonthly() {
        return engine.compute(table, Workload.MONTHLY, workload.months(), Optional.empty(), workload.inputs());
    }

    /** Sales per rep and win rate, by rep, on their own pass. */
    public Map<Kpi, KpiResult> computeByRep() {
        return engine.compute(table, Workload.BY_REP, workload.months(), Optional.of(byRep), workload.inputs());
    }

    public KpiFigures figures(Results results) {
        return new KpiFigures(workload.months())
                .addEngine(KpiFigures.Call.MONTHLY, results.monthly())
                .addEngine(KpiFigures.Call.BY_REP, results.byRep());
    }

    /** One KPI alone, monthly (in its natural grouping if it has one): what it costs on its own. */
    public Map<Kpi, KpiResult> computeOne(Kpi kpi) {
        return engine.compute(table, List.of(kpi), workload.months(), Optional.empty(), workload.inputs());
    }

    /** The monthly call without one KPI: the difference to the full call is what that KPI adds to the shared pass. */
    public Map<Kpi, KpiResult> computeMonthlyWithout(Kpi kpi) {
        List<Kpi> others = Workload.MONTHLY.stream().filter(k -> k != kpi).toList();
        return engine.compute(table, others, workload.months(), Optional.empty(), workload.inputs());
    }
}
