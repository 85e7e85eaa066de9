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
 * open, closed on any day from {@link #ORIGIN} for about two and a half years, amounts with cents.
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
        Arbitrary<int[]> deal = Combinators.combine(cents, closeDay, outcome, rep)
                .as((c, d, o, r) -> new int[] {c, d, o, r});
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
            String close = ORIGIN.plusDays(d[1]).toString();
            drafts.add(d[2] == 0 ? draft.won(close) : d[2] == 1 ? draft.lost(close) : draft);
        }
        return drafts;
    }
}
