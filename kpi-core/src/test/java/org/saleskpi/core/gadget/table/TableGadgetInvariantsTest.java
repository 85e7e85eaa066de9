package org.saleskpi.core.gadget.table;

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
import org.saleskpi.core.metric.Inputs;
import org.saleskpi.core.metric.Value;
import org.saleskpi.core.period.Period;

class TableGadgetInvariantsTest {
    private static final Period YEAR_2024 = new Period(RandomPipelines.ORIGIN, RandomPipelines.ORIGIN.plusYears(1));
    private static final TableOptions OPTIONS = TableOptions.of(YEAR_2024, GroupBy.REP.dimension(Pipeline.model()),
            FigureChoice.of(Kpi.WON_REVENUE, "amount"), FigureChoice.headline(Kpi.WIN_RATE))
            .sortBy("win-rate.rate", true);

    private final TableGadget gadget = new TableGadget(GadgetScope.of(Pipeline.model()));

    /** Issues come in any order from a search; the table, sorted or not, must not depend on it. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource(RandomPipelines.SEEDS)
    void orderOfIssuesDoesNotMatter(long seed) {
        RandomPipelines random = new RandomPipelines(seed);
        List<Pipeline.Draft> deals = random.deals(25);
        List<Pipeline.Draft> shuffled = new ArrayList<>(deals);
        Collections.shuffle(shuffled, random.random());

        assertThat(gadget.dataset(Pipeline.table(shuffled), OPTIONS, Inputs.none()))
                .isEqualTo(gadget.dataset(Pipeline.table(deals), OPTIONS, Inputs.none()));
    }

    /** A pooled rate is a weighted mean of the rows' rates, so it lies between the smallest and the largest. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource(RandomPipelines.SEEDS)
    void pooledWinRateLiesBetweenTheReps(long seed) {
        TableDataset dataset = gadget.dataset(Pipeline.table(new RandomPipelines(seed).deals(25)), OPTIONS,
                Inputs.none());
        List<BigDecimal> rates = dataset.rows().stream()
                .map(row -> row.values().get(1)).filter(Value::isPresent)
                .map(v -> v.asNumber().orElseThrow()).toList();

        if (rates.isEmpty()) {
            assertThat(dataset.totals().values().get(1).isPresent()).isFalse();
        } else {
            BigDecimal total = dataset.totals().values().get(1).asNumber().orElseThrow();
            // Sorted descending, so the first present rate is the largest and the last the smallest.
            BigDecimal slack = new BigDecimal("1e-30");
            assertThat(total).isBetween(rates.get(rates.size() - 1).subtract(slack), rates.get(0).add(slack));
        }
    }
}
