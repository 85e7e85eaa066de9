package org.saleskpi.core.gadget.whosbehind;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.saleskpi.core.gadget.Pipeline;
import org.saleskpi.core.gadget.RandomPipelines;

class WhosBehindGadgetPropertyTest {
    private final WhosBehindGadget gadget = new WhosBehindGadget(Pipeline.model());

    /** Issues come in any order from a search; the lists, cut or not, must not depend on it. */
    @Property(tries = 100)
    void orderOfIssuesDoesNotMatter(@ForAll("deals") List<Pipeline.Draft> deals, @ForAll Random random,
            @ForAll @IntRange(min = 0, max = 900) int todayOffset, @ForAll @IntRange(min = 1, max = 5) int maxKeys) {
        List<Pipeline.Draft> shuffled = new ArrayList<>(deals);
        Collections.shuffle(shuffled, random);
        WhosBehindOptions options = new WhosBehindOptions(RandomPipelines.ORIGIN.plusDays(todayOffset), 14, maxKeys);

        assertThat(gadget.dataset(Pipeline.table(shuffled), options, List.of()))
                .isEqualTo(gadget.dataset(Pipeline.table(deals), options, List.of()));
    }

    @Provide
    Arbitrary<List<Pipeline.Draft>> deals() {
        return RandomPipelines.deals(25);
    }
}
