package org.saleskpi.core.gadget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random pipelines for property tests: deals of four reps (and some unassigned), won, lost or
 * open, closed, due and updated on days from {@link #ORIGIN} for about two and a half years,
 * amounts with cents.
 */
public final class RandomPipelines {
    public static final LocalDate ORIGIN = LocalDate.of(2024, 1, 1);

    private RandomPipelines() {
    }

    public static Arbitrary<List<Pipeline.Draft>> deals(int maxSize) {
        Arbitrary<Integer> cents = Arbitraries.integers().between(0, 1_000_000);
        Arbitrary<Integer> closeDay = Arbitraries.integers().between(0, 900);
        Arbitrary<Integer> outcome = Arbitraries.integers().between(0, 2);
        Arbitrary<Integer> rep = Arbitraries.integers().between(0, 4);
        // -1: no due date; the last update lands on one of a few days so that ties happen.
        Arbitrary<Integer> dueDay = Arbitraries.integers().between(-1, 900);
        Arbitrary<Integer> updateDay = Arbitraries.integers().between(0, 30).map(d -> d * 30);
        Arbitrary<int[]> deal = Combinators.combine(cents, closeDay, outcome, rep, dueDay, updateDay)
                .as((c, d, o, r, due, u) -> new int[] {c, d, o, r, due, u});
        return deal.list().ofMaxSize(maxSize).map(RandomPipelines::drafts);
    }

    private static List<Pipeline.Draft> drafts(List<int[]> deals) {
        List<Pipeline.Draft> drafts = new ArrayList<>();
        for (int i = 0; i < deals.size(); i++) {
            int[] d = deals.get(i);
            Pipeline.Draft draft = Pipeline.deal("S-" + (i + 1)).amount(BigDecimal.valueOf(d[0], 2).toPlainString());
            if (d[3] > 0) {
                draft.rep("rep" + d[3]);
            }
            if (d[4] >= 0) {
                draft.due(ORIGIN.plusDays(d[4]).toString());
            }
            draft.updated(ORIGIN.plusDays(d[5]).toString());
            String close = ORIGIN.plusDays(d[1]).toString();
            drafts.add(d[2] == 0 ? draft.won(close) : d[2] == 1 ? draft.lost(close) : draft);
        }
        return drafts;
    }
}
