package org.saleskpi.server.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class ProgressLineTest {

    @Test
    void printsAtMostOnceASecondWithRateAndEtaThenAClosingLine() {
        SteppedClock clock = new SteppedClock();
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        ProgressLine line = new ProgressLine(new PrintStream(console, true, StandardCharsets.UTF_8), "demo", clock);

        clock.advance(Duration.ofMillis(500));
        line.report(4_000, 20_000);
        clock.advance(Duration.ofMillis(1_000));
        // 12000 in 1.5 s is 8000/s; the 8000 left take 1 s more.
        line.report(12_000, 20_000);
        clock.advance(Duration.ofMillis(200));
        line.report(13_000, 20_000);
        clock.advance(Duration.ofMillis(800));
        line.report(20_000, 20_000);
        line.report(20_000, 20_000);

        assertThat(console.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "demo: 12000/20000 issues (60%), 8000/s, ETA 1 s",
                "demo: 20000 issues in 2.5 s (8000/s)");
    }

    @Test
    void aFirstReportOfNothingDoneStartsTheRateSoTimeSpentPreparingDoesNotLowerIt() {
        SteppedClock clock = new SteppedClock();
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        ProgressLine line = new ProgressLine(new PrintStream(console, true, StandardCharsets.UTF_8), "import", clock);

        // Three seconds reading the file before the first row is written: no line, and no part of the rate.
        clock.advance(Duration.ofSeconds(3));
        line.report(0, 30_000);
        clock.advance(Duration.ofMillis(1_000));
        // 10000 in the 1 s since the first report is 10000/s; the 20000 left take 2 s more.
        line.report(10_000, 30_000);
        clock.advance(Duration.ofMillis(2_000));
        line.report(30_000, 30_000);

        assertThat(console.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "import: 10000/30000 issues (33%), 10000/s, ETA 2 s",
                "import: 30000 issues in 3.0 s (10000/s)");
    }

    /** A clock that moves only when told. */
    private static final class SteppedClock extends Clock {
        private Instant now = Instant.parse("2024-01-01T00:00:00Z");

        void advance(Duration step) {
            now = now.plus(step);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
