package org.saleskpi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.saleskpi.core.issue.IssueRecord;

/** Random specs (seeded per case, so a failure names its seed) keep the rules and reproduce exactly. */
class DemoIssuesPropertiesTest {
    /** Zones whose daylight-saving shifts happen at or near midnight, or by half an hour, next to plain ones. */
    private static final List<String> ZONES = List.of("UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata",
            "America/Santiago", "Asia/Beirut", "America/Havana", "Australia/Lord_Howe", "Pacific/Chatham",
            "Pacific/Kiritimati");

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 40);
    }

    /** java.util.Random's first draws follow consecutive seeds closely; mixing the seed first spreads them. */
    private static Random cases(long seed) {
        return new Random(new SplittableRandom(seed).nextLong());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everySpecGivesADataSetThatKeepsTheRules(long seed) {
        Random random = cases(seed);
        DemoSpec spec = new DemoSpec(random.nextLong(), 100 + random.nextInt(2_901),
                LocalDate.of(2015, 1, 1).plusDays(random.nextInt(20 * 365 + 1)), 1 + random.nextInt(36),
                ZoneId.of(ZONES.get(random.nextInt(ZONES.size()))), "CRM", 1 + random.nextInt(30));
        if (random.nextBoolean()) {
            // Standing at some second of the last day instead of the midnight ending it.
            Instant lastDay = spec.window().lastDay().atStartOfDay(spec.zone()).toInstant();
            spec = spec.asOf(lastDay.plusSeconds(random.nextInt((int) Duration.between(lastDay, spec.end()).toSeconds())));
        }

        List<IssueRecord> issues = DemoIssues.generateList(spec);

        DemoIssueRules.check(spec, issues);
        assertThat(DemoIssues.generateList(spec)).isEqualTo(issues);
        // With their histories: the same issues, each history leading to its issue's present state.
        List<IssueRecord> withHistory = new ArrayList<>();
        DemoSpec generated = spec;
        DemoIssues.generate(spec, (issue, history) -> {
            DemoHistoryReplay.check(generated, issue, history);
            withHistory.add(issue);
        });
        assertThat(withHistory).isEqualTo(issues);
    }
}
