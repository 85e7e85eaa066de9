package org.saleskpi.core.gadget.leaderboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.saleskpi.core.gadget.GadgetScope;
import org.saleskpi.core.gadget.Pipeline;
import org.saleskpi.core.gadget.RandomPipelines;
import org.saleskpi.core.gadget.leaderboard.LeaderboardDataset.Entry;
import org.saleskpi.core.gadget.leaderboard.LeaderboardOptions.Scoring;
import org.saleskpi.core.period.Period;

class LeaderboardGadgetInvariantsTest {
    private static final LeaderboardOptions YEAR_2024 = LeaderboardOptions.of(
            new Period(RandomPipelines.ORIGIN, RandomPipelines.ORIGIN.plusYears(1)));

    private final LeaderboardGadget gadget = new LeaderboardGadget(GadgetScope.of(Pipeline.model()));

    /** Competition ranking: a rep's rank is one more than the number of reps with strictly more points. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource(RandomPipelines.SEEDS)
    void rankCountsTheRepsAhead(long seed) {
        RandomPipelines random = new RandomPipelines(seed);
        // Scoring wins by count only makes ties common, also between reps ranked above others.
        Scoring scoring = random.coin() ? Scoring.DEFAULT
                : new Scoring(BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ONE);
        List<Entry> entries = gadget.dataset(Pipeline.table(random.deals(25)),
                new LeaderboardOptions(YEAR_2024.period(), scoring)).entries();

        for (Entry entry : entries) {
            long ahead = entries.stream().filter(e -> e.points().compareTo(entry.points()) > 0).count();
            assertThat(entry.rank()).as(entry.rep()).isEqualTo(ahead + 1);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource(RandomPipelines.SEEDS)
    void orderOfIssuesDoesNotMatter(long seed) {
        RandomPipelines random = new RandomPipelines(seed);
        List<Pipeline.Draft> deals = random.deals(25);
        List<Pipeline.Draft> shuffled = new ArrayList<>(deals);
        Collections.shuffle(shuffled, random.random());

        assertThat(gadget.dataset(Pipeline.table(shuffled), YEAR_2024))
                .isEqualTo(gadget.dataset(Pipeline.table(deals), YEAR_2024));
    }
}
