package org.saleskpi.server.progress;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * Progress as console lines, e.g. {@code demo: 12000/20000 issues (60%), 8400/s, ETA 1 s}: at most
 * one a second, and a closing line with the elapsed time when the task is through. The rate counts
 * from the line's creation, or from a first report of nothing done (a task that prepares before it
 * counts, like an import reading its file first), so it is the rate of the counted work alone.
 */
public final class ProgressLine implements Progress {
    private static final Duration EVERY = Duration.ofSeconds(1);

    private final PrintStream out;
    private final String label;
    private final Clock clock;
    private Instant start;
    private Instant lastLine;
    private boolean reported;
    private boolean finished;

    public ProgressLine(PrintStream out, String label) {
        this(out, label, Clock.systemUTC());
    }

    public ProgressLine(PrintStream out, String label, Clock clock) {
        this.out = Objects.requireNonNull(out, "out");
        this.label = Objects.requireNonNull(label, "label");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.start = clock.instant();
        this.lastLine = start;
    }

    @Override
    public synchronized void report(long done, long total) {
        if (finished) {
            return;
        }
        Instant now = clock.instant();
        if (!reported && done == 0 && total > 0) {
            start = now;
            lastLine = now;
        }
        reported = true;
        double seconds = Math.max(Duration.between(start, now).toMillis(), 1) / 1000.0;
        long perSecond = Math.round(done / seconds);
        if (done >= total) {
            finished = true;
            out.printf(Locale.ROOT, "%s: %d issues in %.1f s (%d/s)%n", label, done, seconds, perSecond);
        } else if (Duration.between(lastLine, now).compareTo(EVERY) >= 0) {
            lastLine = now;
            long percent = total == 0 ? 100 : done * 100 / total;
            String eta = perSecond == 0 ? "?" : Long.toString((total - done + perSecond - 1) / perSecond);
            out.printf(Locale.ROOT, "%s: %d/%d issues (%d%%), %d/s, ETA %s s%n",
                    label, done, total, percent, perSecond, eta);
        }
    }
}
