package org.saleskpi.bench;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.saleskpi.core.period.Period;

/**
 * Compares the engine's figures with DuckDB's cell by cell: counts and money sums must be equal,
 * means and ratios within a relative {@link #TOLERANCE}, and an absent value must be NULL there.
 */
public final class Comparison {
    /** DuckDB computes means and ratios in doubles; the engine in 34 digits. */
    public static final BigDecimal TOLERANCE = new BigDecimal("1e-9");

    private Comparison() {
    }

    /** One cell where the two sides disagree, or a figure or group only one side has. */
    public record Mismatch(KpiFigures.Id id, String group, Optional<Period> month, BigDecimal engine,
            BigDecimal duckdb, String problem) {
        @Override
        public String toString() {
            return "MISMATCH " + id + (group.isEmpty() ? "" : " group=" + group)
                    + month.map(p -> " month=" + YearMonth.from(p.start())).orElse("") + " engine=" + text(engine)
                    + " duckdb=" + text(duckdb) + ": " + problem;
        }

        private static String text(BigDecimal value) {
            return value == null ? "absent" : value.toPlainString();
        }
    }

    public static List<Mismatch> compare(KpiFigures engine, KpiFigures duckdb) {
        List<Mismatch> mismatches = new ArrayList<>();
        for (KpiFigures.Id id : engine.order()) {
            KpiFigures.Series ours = engine.get(id);
            KpiFigures.Series theirs = duckdb.get(id);
            if (theirs == null) {
                mismatches.add(new Mismatch(id, "", Optional.empty(), null, null, "figure missing on the DuckDB side"));
                continue;
            }
            compare(id, ours.groups(), theirs, engine.months(), mismatches);
        }
        for (KpiFigures.Id id : duckdb.order()) {
            if (engine.get(id) == null) {
                mismatches.add(new Mismatch(id, "", Optional.empty(), null, null, "figure missing on the engine side"));
            }
        }
        return mismatches;
    }

    private static void compare(KpiFigures.Id id, Map<String, BigDecimal[]> ours, KpiFigures.Series theirs,
            List<Period> months, List<Mismatch> mismatches) {
        Set<String> groups = new TreeSet<>(ours.keySet());
        groups.addAll(theirs.groups().keySet());
        for (String group : groups) {
            BigDecimal[] engineRow = ours.get(group);
            BigDecimal[] duckdbRow = theirs.groups().get(group);
            if (engineRow == null || duckdbRow == null) {
                mismatches.add(new Mismatch(id, group, Optional.empty(), null, null,
                        "group only on the " + (engineRow == null ? "DuckDB" : "engine") + " side"));
                continue;
            }
            for (int month = 0; month < engineRow.length; month++) {
                String problem = problem(engineRow[month], duckdbRow[month], theirs.exact());
                if (problem != null) {
                    mismatches.add(new Mismatch(id, group, Optional.of(months.get(month)), engineRow[month],
                            duckdbRow[month], problem));
                }
            }
        }
    }

    /** Why two cells disagree, or null when they agree. */
    static String problem(BigDecimal engine, BigDecimal duckdb, boolean exact) {
        if (engine == null || duckdb == null) {
            return engine == duckdb ? null : "absent on one side only";
        }
        if (exact) {
            return engine.compareTo(duckdb) == 0 ? null : "not equal";
        }
        BigDecimal difference = engine.subtract(duckdb).abs();
        BigDecimal scale = engine.abs().max(duckdb.abs());
        return difference.compareTo(scale.multiply(TOLERANCE, MathContext.DECIMAL64)) <= 0 ? null
                : "relative difference above " + TOLERANCE.toPlainString();
    }
}
