package org.saleskpi.core.gadget.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.saleskpi.core.gadget.FigureChoice;
import org.saleskpi.core.gadget.Pipeline;
import org.saleskpi.core.gadget.Timeline;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.kpi.Kpi;
import org.saleskpi.core.kpi.KpiCatalog;
import org.saleskpi.core.kpi.KpiOptions;
import org.saleskpi.core.metric.Inputs;
import org.saleskpi.core.metric.MetricEngine;
import org.saleskpi.core.metric.Value;
import org.saleskpi.core.period.Bucket;
import org.saleskpi.core.period.Period;

class LineGadgetPropertyTest {
    private static final LocalDate ORIGIN = LocalDate.of(2024, 1, 1);

    /** Buckets cut the range without gap or overlap, so an additive figure's points add up to the range's total. */
    @Property(tries = 200)
    void bucketsAddUpToTheRangeTotal(@ForAll("deals") List<Pipeline.Draft> deals,
            @ForAll @IntRange(min = 0, max = 500) int startOffset, @ForAll @IntRange(min = 1, max = 400) int days,
            @ForAll Bucket bucket) {
        IssueTable table = Pipeline.table(deals);
        Period range = new Period(ORIGIN.plusDays(startOffset), ORIGIN.plusDays(startOffset + days));
        FigureChoice amount = FigureChoice.of(Kpi.WON_REVENUE, "amount");
        LineGadget gadget = new LineGadget(Pipeline.model());

        LineDataset plain = gadget.dataset(table, LineOptions.of(new Timeline(range, bucket), amount), Inputs.none());
        LineDataset running = gadget.dataset(table, LineOptions.of(new Timeline(range, bucket), amount)
                .cumulative(true), Inputs.none());

        Value total = MetricEngine.evaluate(table, Pipeline.model().calendar(),
                amount.resolve(new KpiCatalog(Pipeline.model(), KpiOptions.defaults())).metric(), range);
        BigDecimal sum = plain.series().get(0).values().stream()
                .map(v -> v.asNumber().orElseThrow()).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Value> runningValues = running.series().get(0).values();
        assertThat(sum).isEqualByComparingTo(total.asNumber().orElseThrow());
        assertThat(runningValues.get(runningValues.size() - 1).asNumber().orElseThrow())
                .isEqualByComparingTo(sum);
    }

    /** Up to 30 deals of three reps, won, lost or open, closed any day of 2024 and 2025 (and a bit after). */
    @Provide
    Arbitrary<List<Pipeline.Draft>> deals() {
        Arbitrary<Integer> cents = Arbitraries.integers().between(0, 1_000_000);
        Arbitrary<Integer> closeDay = Arbitraries.integers().between(0, 900);
        Arbitrary<Integer> outcome = Arbitraries.integers().between(0, 2);
        Arbitrary<int[]> deal = Combinators.combine(cents, closeDay, outcome).as((c, d, o) -> new int[] {c, d, o});
        return deal.list().ofMaxSize(30).map(LineGadgetPropertyTest::drafts);
    }

    static List<Pipeline.Draft> drafts(List<int[]> deals) {
        List<Pipeline.Draft> drafts = new ArrayList<>();
        for (int i = 0; i < deals.size(); i++) {
            int[] d = deals.get(i);
            Pipeline.Draft draft = Pipeline.deal("S-" + (i + 1)).rep("rep" + (i % 3))
                    .amount(BigDecimal.valueOf(d[0], 2).toPlainString());
            String close = ORIGIN.plusDays(d[1]).toString();
            drafts.add(d[2] == 0 ? draft.won(close) : d[2] == 1 ? draft.lost(close) : draft);
        }
        return drafts;
    }
}
