package org.saleskpi.core.gadget.leaderboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.saleskpi.core.gadget.Pipeline;
import org.saleskpi.core.gadget.RandomPipelines;
import org.saleskpi.core.gadget.leaderboard.LeaderboardDataset.Entry;
import org.saleskpi.core.period.Period;

class LeaderboardGadgetPropertyTest {
    private static final LeaderboardOptions YEAR_2024 = LeaderboardOptions.of(
            new Period(RandomPipelines.ORIGIN, RandomPipelines.ORIGIN.plusYears(1)));

    private final LeaderboardGadget gadget = new LeaderboardGadget(Pipeline.model());

    /** Competition ranking: a rep's rank is one more than the number of reps with strictly more points. */
    @Property(tries = 200)
    void rankCountsTheRepsAhead(@ForAll("deals") List<Pipeline.Draft> deals) {
        List<Entry> entries = gadget.dataset(Pipeline.table(deals), YEAR_2024).entries();

        for (Entry entry : entries) {
            long ahead = entries.stream().filter(e -> e.points().compareTo(entry.points()) > 0).count();
            assertThat(entry.rank()).isEqualTo(ahead + 1);
        }
    }

    @Property(tries = 100)
    void orderOfIssuesDoesNotMatter(@ForAll("deals") List<Pipeline.Draft> deals, @ForAll Random random) {
        List<Pipeline.Draft> shuffled = new ArrayList<>(deals);
        Collections.shuffle(shuffled, random);

        assertThat(gadget.dataset(Pipeline.table(shuffled), YEAR_2024))
                .isEqualTo(gadget.dataset(Pipeline.table(deals), YEAR_2024));
    }

    @Provide
    Arbitrary<List<Pipeline.Draft>> deals() {
        return RandomPipelines.deals(25);
    }
}
