package org.saleskpi.core.gadget.pie;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.saleskpi.core.gadget.FigureChoice;
import org.saleskpi.core.gadget.GadgetScope;
import org.saleskpi.core.gadget.GroupBy;
import org.saleskpi.core.gadget.Pipeline;
import org.saleskpi.core.gadget.RandomPipelines;
import org.saleskpi.core.kpi.Kpi;
import org.saleskpi.core.metric.AbsentReason;
import org.saleskpi.core.metric.Value;
import org.saleskpi.core.period.Period;

class PieGadgetInvariantsTest {
    private static final Period YEAR_2024 = new Period(RandomPipelines.ORIGIN, RandomPipelines.ORIGIN.plusYears(1));

    private final PieGadget gadget = new PieGadget(GadgetScope.of(Pipeline.model()));

    /** A pie is a whole: shares add up to exactly 1, or are all absent when there is nothing to share. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource(RandomPipelines.SEEDS)
    void sharesAddUpToOne(long seed) {
        RandomPipelines random = new RandomPipelines(seed);
        int topN = random.between(1, 6);
        FigureChoice figure = FigureChoice.of(Kpi.WON_REVENUE, random.coin() ? "count" : "amount");

        PieDataset pie = gadget.dataset(Pipeline.table(random.deals(25)),
                new PieOptions(figure, YEAR_2024, GroupBy.REP.dimension(Pipeline.model()), topN));

        assertThat(pie.slices().size()).isLessThanOrEqualTo(topN + 1);
        if (pie.total().asNumber().orElseThrow().signum() == 0) {
            assertThat(pie.slices()).allSatisfy(slice ->
                    assertThat(slice.share()).isEqualTo(Value.absent(AbsentReason.ZERO_DENOMINATOR)));
        } else {
            BigDecimal sum = pie.slices().stream().map(s -> s.share().asNumber().orElseThrow())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).isEqualByComparingTo(BigDecimal.ONE);
        }
    }

    /** Issues come in any order from a search; the pie must not depend on it. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource(RandomPipelines.SEEDS)
    void orderOfIssuesDoesNotMatter(long seed) {
        RandomPipelines random = new RandomPipelines(seed);
        List<Pipeline.Draft> deals = random.deals(25);
        List<Pipeline.Draft> shuffled = new ArrayList<>(deals);
        Collections.shuffle(shuffled, random.random());
        PieOptions options = new PieOptions(FigureChoice.of(Kpi.WON_REVENUE, "amount"), YEAR_2024,
                GroupBy.REP.dimension(Pipeline.model()), 2);

        assertThat(gadget.dataset(Pipeline.table(shuffled), options))
                .isEqualTo(gadget.dataset(Pipeline.table(deals), options));
    }
}
