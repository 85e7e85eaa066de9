package org.saleskpi.bench.load;

import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.saleskpi.bench.CommandLine;

/**
 * What H2's {@code WRITE_DELAY=0} costs the standalone server's REST writes (ADR 0046): two real servers in this JVM,
 * without the demo, one on H2 with the server's setting, one with H2's default (changes written up to 500 ms after
 * their commit). Writes go to one, then the other, in slices of {@value #SLICE_SECONDS} seconds (in the other order
 * every second pair), so both meet the same JIT and the same neighbours on a shared machine: first slices that only
 * warm up, then one client back to back (writes per second, p50/p95 of one write), then several clients together
 * (writes per second). A write is {@code POST /issues}: a new issue, then a change of its status, which records a
 * change too. The last lines give each figure's ratio, {@code WRITE_DELAY=0} against the default.
 */
public final class WriteDelayBench {
    public static final String USAGE = "usage: java -jar kpi-bench.jar write-delay [--seconds 20] [--warmup 20]"
            + " [--clients 4] [--data-dir target/write-delay-bench]";
    static final int SLICE_SECONDS = 2;

    /**
     * The command line.
     *
     * @param seconds how long each server is written to, in each of the two measurements
     * @param warmup how long each server is written to before, not counted
     * @param clients writers of the concurrent measurement
     * @param dataDir where the servers' data directories are made, deleted at the end
     */
    public record Options(int seconds, int warmup, int clients, Path dataDir) {
        public Options {
            if (seconds < SLICE_SECONDS || warmup < 0 || clients < 1) {
                throw new IllegalArgumentException("--seconds must be at least " + SLICE_SECONDS
                        + ", --warmup at least 0, --clients at least 1; " + USAGE);
            }
        }
    }

    private WriteDelayBench() {
    }

    public static Options parse(String... args) {
        CommandLine line = CommandLine.read(args, USAGE, Set.of("--seconds", "--warmup", "--clients", "--data-dir"),
                Set.of());
        return new Options(line.whole("--seconds", 20), line.whole("--warmup", 20), line.whole("--clients", 4),
                Path.of(line.text("--data-dir", "target/write-delay-bench")));
    }

    /** Runs the slices and prints the figures; exit status 0, or 1 when a write failed. */
    public static int run(Options options, PrintStream out, PrintStream err) throws Exception {
        out.printf(Locale.ROOT, "write-delay seconds=%d warmup=%d clients=%d slice_seconds=%d processors=%d%n",
                options.seconds(), options.warmup(), options.clients(), SLICE_SECONDS,
                Runtime.getRuntime().availableProcessors());
        try (BenchServer zero = BenchServer.startOnH2(options.dataDir(), ";WRITE_DELAY=0", err);
                BenchServer standard = BenchServer.startOnH2(options.dataDir(), "", err)) {
            Side writeDelay0 = new Side("write_delay_0", BenchUsers.signIn(zero).admin(), options.clients());
            Side h2Default = new Side("h2_default", BenchUsers.signIn(standard).admin(), options.clients());
            List<Side> sides = List.of(writeDelay0, h2Default);
            slices(sides, options.warmup(), side -> side.alone(false));
            slices(sides, options.warmup(), side -> side.together(false));
            slices(sides, options.seconds(), side -> side.alone(true));
            slices(sides, options.seconds(), side -> side.together(true));
            long errors = 0;
            for (Side side : sides) {
                out.printf(Locale.ROOT, "%s one_client_writes_per_s=%.1f p50_ms=%.2f p95_ms=%.2f"
                        + " clients_writes_per_s=%.1f one_client_writes=%d errors=%d%n", side.name,
                        side.aloneRate(), side.alone.percentileMillis(50), side.alone.percentileMillis(95),
                        side.togetherRate(), side.alone.count(), side.errors());
                errors += side.errors();
            }
            out.printf(Locale.ROOT, "ratio_one_client_writes_per_s=%.2f%n",
                    writeDelay0.aloneRate() / h2Default.aloneRate());
            out.printf(Locale.ROOT, "ratio_clients_writes_per_s=%.2f%n",
                    writeDelay0.togetherRate() / h2Default.togetherRate());
            out.printf(Locale.ROOT, "ratio_p50=%.2f%n",
                    writeDelay0.alone.percentileMillis(50) / h2Default.alone.percentileMillis(50));
            out.printf(Locale.ROOT, "ratio_p95=%.2f%n",
                    writeDelay0.alone.percentileMillis(95) / h2Default.alone.percentileMillis(95));
            out.printf(Locale.ROOT, "errors=%d%n", errors);
            return errors == 0 ? 0 : 1;
        }
    }

    /** {@code seconds} of {@code slice} on each side, {@value #SLICE_SECONDS} s at a time: AB, BA, AB, ... */
    private static void slices(List<Side> sides, int seconds, Slice slice) throws Exception {
        for (int pair = 0; pair < seconds / SLICE_SECONDS; pair++) {
            List<Side> order = new ArrayList<>(sides);
            if (pair % 2 == 1) {
                Collections.reverse(order);
            }
            for (Side side : order) {
                slice.run(side);
            }
        }
    }

    /** One slice of writes on one side. */
    private interface Slice {
        void run(Side side) throws Exception;
    }

    /** One server and its writers, with what was measured on it. */
    private static final class Side {
        final String name;
        final Writer writer;
        final List<Writer> writers = new ArrayList<>();
        final Latencies alone = new Latencies();
        final Latencies together = new Latencies();
        final Latencies warmUp = new Latencies();
        long aloneWrites;
        long aloneNanos;
        long togetherWrites;
        long togetherNanos;

        Side(String name, Caller admin, int clients) {
            this.name = name;
            this.writer = new Writer(admin, "ALONE");
            for (int i = 0; i < clients; i++) {
                writers.add(new Writer(admin, "TOGETHER" + (char) ('A' + i)));
            }
        }

        void alone(boolean counted) throws IOException, InterruptedException {
            long start = System.nanoTime();
            long count = writer.writeFor(SLICE_SECONDS, counted ? alone : warmUp);
            if (counted) {
                aloneWrites += count;
                aloneNanos += System.nanoTime() - start;
            }
        }

        void together(boolean counted) throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(writers.size());
            try {
                long start = System.nanoTime();
                List<Future<Long>> counts = new ArrayList<>();
                for (Writer each : writers) {
                    counts.add(pool.submit(() -> each.writeFor(SLICE_SECONDS, counted ? together : warmUp)));
                }
                long count = 0;
                for (Future<Long> each : counts) {
                    count += each.get();
                }
                if (counted) {
                    togetherWrites += count;
                    togetherNanos += System.nanoTime() - start;
                }
            } finally {
                pool.shutdown();
            }
        }

        double aloneRate() {
            return aloneWrites / (aloneNanos / 1e9);
        }

        double togetherRate() {
            return togetherWrites / (togetherNanos / 1e9);
        }

        long errors() {
            return alone.errors() + together.errors() + warmUp.errors();
        }
    }

    /** One client's writes in its own project: a new issue, then a change of its status, and so on. */
    private static final class Writer {
        private final Caller caller;
        private final String project;
        private long written;

        Writer(Caller caller, String project) {
            this.caller = caller;
            this.project = project;
        }

        /**
         * Writes back to back for {@code seconds}, each write's time into {@code latencies} (a write not answered 2xx
         * an error there too); returns how many it wrote.
         */
        long writeFor(int seconds, Latencies latencies) throws IOException, InterruptedException {
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            long count = 0;
            while (System.nanoTime() < end) {
                write(latencies);
                count++;
            }
            return count;
        }

        private void write(Latencies latencies) throws IOException, InterruptedException {
            long n = written++;
            String key = project + "-" + (n / 2 + 1);
            String status = n % 2 == 0 ? "Open" : "Won";
            String category = n % 2 == 0 ? "new" : "done";
            String body = "{\"key\":\"" + key + "\",\"fields\":{\"project\":\"" + project + "\","
                    + "\"issuetype\":\"Deal\",\"status\":\"" + status + "\",\"statusCategory\":\"" + category
                    + "\",\"summary\":\"Deal " + key + "\",\"created\":\"2026-11-02T09:00:00Z\"}}";
            long sent = System.nanoTime();
            HttpResponse<String> answer = caller.post("/issues", body);
            latencies.add(System.nanoTime() - sent);
            if (answer.statusCode() / 100 != 2) {
                latencies.error();
                if (latencies.errors() == 1) {
                    System.err.println("write " + key + ": HTTP " + answer.statusCode() + " " + answer.body());
                }
            }
        }
    }
}
