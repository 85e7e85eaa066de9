package org.saleskpi.core.gadget.whosbehind;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.saleskpi.core.gadget.GadgetScope;
import org.saleskpi.core.gadget.Pipeline;
import org.saleskpi.core.gadget.RandomPipelines;

class WhosBehindGadgetInvariantsTest {
    private final WhosBehindGadget gadget = new WhosBehindGadget(GadgetScope.of(Pipeline.model()));

    /** Issues come in any order from a search; the lists, cut or not, must not depend on it. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource(RandomPipelines.SEEDS)
    void orderOfIssuesDoesNotMatter(long seed) {
        RandomPipelines random = new RandomPipelines(seed);
        List<Pipeline.Draft> deals = random.deals(25);
        List<Pipeline.Draft> shuffled = new ArrayList<>(deals);
        Collections.shuffle(shuffled, random.random());
        WhosBehindOptions options = new WhosBehindOptions(random.day(900), 14, random.between(1, 5));

        assertThat(gadget.dataset(Pipeline.table(shuffled), options, List.of()))
                .isEqualTo(gadget.dataset(Pipeline.table(deals), options, List.of()));
    }
}
