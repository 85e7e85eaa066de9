package org.saleskpi.core.gadget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.saleskpi.core.period.Bucket;
import org.saleskpi.core.period.Period;

/**
 * Random pipelines for the invariant tests (ADR 3: seeded JUnit cases, no property-test library).
 * Each case draws from its own seed, so a failure names the seed that reproduces it: deals of four
 * reps (and some unassigned), won, lost or open, closed, due and updated on days from
 * {@link #ORIGIN} for about two and a half years, amounts with cents.
 */
public final class RandomPipelines {
    public static final LocalDate ORIGIN = LocalDate.of(2024, 1, 1);
    /** Test method source: {@code @MethodSource("org.saleskpi.core.gadget.RandomPipelines#seeds")}. */
    public static final String SEEDS = "org.saleskpi.core.gadget.RandomPipelines#seeds";

    private final Random random;

    public RandomPipelines(long seed) {
        // java.util.Random's first draws from neighbouring seeds are nearly alike (sizes 0, 6,
        // 12, 18, 0...); SplittableRandom mixes the seed so that each case differs.
        this.random = new Random(new SplittableRandom(seed).nextLong());
    }

    /** How many random cases each invariant is checked on. */
    public static LongStream seeds() {
        return LongStream.range(0, 200);
    }

    /** Up to {@code maxSize} deals; empty now and then, as an empty search result is. */
    public List<Pipeline.Draft> deals(int maxSize) {
        int size = random.nextInt(maxSize + 1);
        List<Pipeline.Draft> drafts = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Pipeline.Draft draft = Pipeline.deal("S-" + (i + 1))
                    .amount(BigDecimal.valueOf(random.nextInt(1_000_001), 2).toPlainString());
            int rep = random.nextInt(5);
            if (rep > 0) {
                draft.rep("rep" + rep);
            }
            if (random.nextBoolean()) {
                draft.due(day(900).toString());
            }
            // The last update lands on one of a few days so that ties happen.
            draft.updated(ORIGIN.plusDays(30L * random.nextInt(31)).toString());
            String close = day(900).toString();
            int outcome = random.nextInt(3);
            drafts.add(outcome == 0 ? draft.won(close) : outcome == 1 ? draft.lost(close) : draft);
        }
        return drafts;
    }

    /** A range of 1 to 400 days starting in the first 500 days. */
    public Period range() {
        LocalDate start = day(500);
        return new Period(start, start.plusDays(1 + random.nextInt(400)));
    }

    public Bucket bucket() {
        return Bucket.values()[random.nextInt(Bucket.values().length)];
    }

    public int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    public boolean coin() {
        return random.nextBoolean();
    }

    public Random random() {
        return random;
    }

    /** A day from {@link #ORIGIN} to {@code days} later. */
    public LocalDate day(int days) {
        return ORIGIN.plusDays(random.nextInt(days + 1));
    }
}
