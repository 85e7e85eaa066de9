package org.saleskpi.bench.load;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.io.IOException;
import java.lang.management.OperatingSystemMXBean;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.saleskpi.demo.DemoSpec;

/**
 * The standalone server under a sales team's load ({@code kpi-bench.jar load}): the real server in this JVM on
 * loopback HTTP with the demo's issues, then three scenarios. {@code single} sends each request of the dashboard mix
 * alone, a few times (the baseline); {@code mix} runs the clients for the given seconds, each going round the whole
 * mix from its own place; {@code mix_with_writes} does the same beside a {@link DealWriter}. It prints, per scenario,
 * requests per second, p50/p95/p99 and errors, the heap the issue index alone takes ({@code index_bytes_per_issue=},
 * {@link IndexFootprint}), the heap the server's issues take and the heap's peak under load. A fourth scenario,
 * {@code mix_with_writes_live}, runs the mix with writes again with full collections at a few moments, to print what
 * the load holds reachable ({@code heap_live_under_load_vs_idle=}); its latencies and errors are its own, not in
 * {@code errors=} (ADR 0055). The last four lines are {@code mix_p95_ms=}, {@code mix_with_writes_p95_ms=},
 * {@code errors=} and {@code heap_bytes_per_issue=}. Exit status 0 unless the set-up failed; errors are reported, not
 * fatal.
 */
public final class LoadBench {
    private static final String PROJECT = DemoSpec.DEFAULT_PROJECT_KEY;
    /**
     * Viewers each client sends for, in turn: the sixteen connections carry a team's many viewers, so no one user
     * goes over the server's 600 requests a minute (a person's dashboard sends a few dozen at a time), which the
     * clients, each near 30 requests a second at 1 000 000 issues, would otherwise meet as 429s.
     */
    static final int VIEWERS_PER_CLIENT = 8;
    /** Users that read the writer's figure, besides the clients. */
    private static final int FIGURE_READERS = 4;
    /** Full collections asked during the scenario that measures the live set under load. */
    private static final int LIVE_MOMENTS = 6;

    private LoadBench() {
    }

    public static LoadOptions parse(String... args) {
        return LoadOptions.parse(args);
    }

    public static int run(LoadOptions options, PrintStream out, PrintStream err) throws Exception {
        return run(options, List.of(), out, err);
    }

    /**
     * The same with {@code extra} requests put first in the mix, where the first client starts each mix (the smoke
     * test adds one the server refuses).
     */
    static int run(LoadOptions options, List<DashboardMix.Request> extra, PrintStream out, PrintStream err)
            throws Exception {
        OperatingSystemMXBean system = ManagementFactory.getOperatingSystemMXBean();
        out.printf(Locale.ROOT, "load issues=%d clients=%d seconds=%d database=%s single_runs=%d%n", options.issues(),
                options.clients(), options.seconds(), options.database().name().toLowerCase(Locale.ROOT),
                options.singleRuns());
        out.printf(Locale.ROOT, "java=%s processors=%d load_average=%.2f max_heap_mb=%d%n",
                System.getProperty("java.vm.version"), system.getAvailableProcessors(),
                system.getSystemLoadAverage(), Runtime.getRuntime().maxMemory() >> 20);

        // The index alone, built and dropped before the server starts, so the process figures below are as before.
        IndexFootprint index = IndexFootprint.measure(options.issues(), Clock.systemDefaultZone());
        out.printf(Locale.ROOT, "index_measured_bytes=%d index_array_bytes=%d index_text_bytes=%d%n",
                index.measuredBytes(), index.arrayBytes(), index.textBytes());
        out.printf(Locale.ROOT, "index_bytes_per_issue=%.1f%n", (double) index.measuredBytes() / options.issues());
        long heapBefore = HeapWatch.usedAfterFullGc();
        long started = System.nanoTime();
        try (BenchServer server = BenchServer.start(options, err)) {
            long heapFilled = HeapWatch.usedAfterFullGc();
            out.printf(Locale.ROOT, "server_start_ms=%d heap_before_bytes=%d heap_filled_bytes=%d%n",
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), heapBefore, heapFilled);
            // The index's change log (ADR 0042) apart: its arrays per held change and per issue.
            long changes = server.index().changeCount();
            long logBytes = server.index().changeLogBytes();
            out.printf(Locale.ROOT, "change_log_changes=%d change_log_bytes=%d change_log_bytes_per_change=%.1f"
                    + " change_log_bytes_per_issue=%.1f%n", changes, logBytes,
                    changes == 0 ? 0.0 : (double) logBytes / changes, (double) logBytes / options.issues());

            BenchUsers users = BenchUsers.signIn(server);
            List<List<Caller>> clients = users.viewers("load", options.clients(), VIEWERS_PER_CLIENT, PROJECT);
            List<Caller> readers = users.clients("figure", FIGURE_READERS, PROJECT);
            Caller writer = users.user("writer", PROJECT, "editor", false);
            List<DashboardMix.Request> mix = new ArrayList<>(extra);
            mix.addAll(DashboardMix.of(clients.get(0).get(0), PROJECT));
            out.printf(Locale.ROOT, "mix_kinds=%d users=%s%n", mix.size(), describe(clients));

            Scenario warmup = new Scenario("warmup");
            Scenario single = single(warmup, clients.get(0).get(0), mix, options.singleRuns());
            print(warmup, out);
            print(single, out);

            long firstNumber = DealWriter.firstFreeNumber(writer, PROJECT);
            DashboardMix.Request figure = mix.stream().filter(r -> r.kind().equals("gadget-calculation"))
                    .findFirst().orElseThrow();
            settle(writer, figure);
            long idle = HeapWatch.usedAfterFullGc();
            long peak;
            long livePeak;
            Scenario plain;
            Scenario withWrites;
            DealWriter deals;
            try (HeapWatch heap = HeapWatch.start()) {
                plain = mix("mix", clients, mix, options.seconds(), null);
                print(plain, out);
                settle(writer, figure);
                withWrites = new Scenario("mix_with_writes");
                deals = new DealWriter(writer, readers, figure, PROJECT, firstNumber, ZoneId.systemDefault(),
                        withWrites, Duration.ofSeconds(options.seconds()));
                deals.prepare();
                settle(writer, figure);
                mix(withWrites, clients, mix, options.seconds(), deals);
                print(withWrites, out);
                peak = heap.peak();
                livePeak = heap.livePeak();
            }
            out.printf(Locale.ROOT, "mix_with_writes_writes=%d mix_with_writes_visible=%d write_p50_ms=%.1f"
                    + " write_p95_ms=%.1f write_to_visible_p50_ms=%.1f write_to_visible_p95_ms=%.1f"
                    + " write_to_visible_max_ms=%.1f%n", deals.writes().count(), deals.visible().count(),
                    deals.writes().percentileMillis(50), deals.writes().percentileMillis(95),
                    deals.visible().percentileMillis(50), deals.visible().percentileMillis(95),
                    deals.visible().maxMillis());
            // The sampled peak counts garbage not yet collected; the peak after collections what stayed reachable.
            out.printf(Locale.ROOT, "heap_idle_bytes=%d heap_peak_bytes=%d heap_peak_after_gc_bytes=%d"
                    + " heap_peak_after_gc_vs_idle=%.2f%n", idle, peak, livePeak, (double) livePeak / idle);
            out.printf(Locale.ROOT, "heap_peak_vs_idle=%.2f%n", (double) peak / idle);
            // After a young collection the old generation's garbage still counts as used, so the peak after
            // collections overstates what the load kept; a full collection with the caches as the load left them
            // tells what it kept.
            long kept = HeapWatch.usedAfterFullGc();
            out.printf(Locale.ROOT, "heap_after_load_full_gc_bytes=%d heap_after_load_full_gc_vs_idle=%.2f%n", kept,
                    (double) kept / idle);
            // What the load holds reachable while it runs: the mix with writes once more, with full collections at a
            // few moments (they stop the clients, so this scenario's latencies and errors are not the goals').
            settle(writer, figure);
            Scenario live = new Scenario("mix_with_writes_live");
            DealWriter liveDeals = new DealWriter(writer, readers, figure, PROJECT, deals.nextFreeNumber(),
                    ZoneId.systemDefault(), live, Duration.ofSeconds(options.seconds()));
            liveDeals.prepare();
            settle(writer, figure);
            List<Long> liveSets = HeapWatch.liveDuring(LIVE_MOMENTS, TimeUnit.SECONDS.toNanos(options.seconds()),
                    () -> mix(live, clients, mix, options.seconds(), liveDeals));
            print(live, out);
            long liveMax = liveSets.stream().mapToLong(Long::longValue).max().orElse(0);
            out.printf(Locale.ROOT, "heap_live_under_load_full_gcs=%d heap_live_under_load_bytes=%s"
                    + " heap_live_under_load_max_bytes=%d mix_with_writes_live_writes=%d%n", liveSets.size(),
                    liveSets.stream().map(String::valueOf).collect(Collectors.joining(",")), liveMax,
                    liveDeals.writes().count());
            out.printf(Locale.ROOT, "heap_live_under_load_vs_idle=%.2f%n", (double) liveMax / idle);
            long errors = warmup.errors() + single.errors() + plain.errors() + withWrites.errors();
            out.printf(Locale.ROOT, "mix_p95_ms=%.1f%n", plain.all().percentileMillis(95));
            out.printf(Locale.ROOT, "mix_with_writes_p95_ms=%.1f%n", withWrites.all().percentileMillis(95));
            out.printf(Locale.ROOT, "errors=%d%n", errors);
            out.printf(Locale.ROOT, "heap_bytes_per_issue=%.1f%n", (double) (heapFilled - heapBefore)
                    / options.issues());
            return 0;
        }
    }

    /**
     * Waits until the server takes a computation again: requests a scenario gave up on (timed out) go on computing
     * on the server and would otherwise hold its slots into the next scenario.
     */
    private static void settle(Caller caller, DashboardMix.Request cheap) throws IOException, InterruptedException {
        BenchUsers.expect(caller.getPatiently(cheap.path()), 200, "settle");
    }

    /**
     * Each request alone, in turn, {@code runs} times after one warm-up round whose times are not counted (its
     * failures are: they are recorded in {@code warmup}).
     */
    static Scenario single(Scenario warmup, Caller caller, List<DashboardMix.Request> mix, int runs)
            throws InterruptedException {
        long warm = System.nanoTime();
        for (DashboardMix.Request request : mix) {
            warmup.send(caller, request);
        }
        warmup.finished(System.nanoTime() - warm);
        Scenario single = new Scenario("single");
        long start = System.nanoTime();
        for (int run = 0; run < runs; run++) {
            for (DashboardMix.Request request : mix) {
                single.send(caller, request);
            }
        }
        single.finished(System.nanoTime() - start);
        return single;
    }

    static Scenario mix(String name, List<List<Caller>> clients, List<DashboardMix.Request> mix, int seconds,
            DealWriter writer) throws InterruptedException {
        Scenario scenario = new Scenario(name);
        mix(scenario, clients, mix, seconds, writer);
        return scenario;
    }

    /**
     * Every client goes round the mix from its own place until the time is up, sending for its viewers in turn,
     * beside the writer if any.
     */
    static void mix(Scenario scenario, List<List<Caller>> clients, List<DashboardMix.Request> mix, int seconds,
            DealWriter writer) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + TimeUnit.SECONDS.toNanos(seconds);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients.size(); i++) {
            List<Caller> client = clients.get(i);
            int first = i * mix.size() / clients.size();
            threads.add(new Thread(() -> round(scenario, client, mix, first, deadline), "load-client-" + i));
        }
        Thread writing = new Thread(writer == null ? () -> { } : writer, "load-writer");
        writing.start();
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        scenario.finished(System.nanoTime() - start);
        // The writer may still wait for its last write to show.
        writing.join();
    }

    private static void round(Scenario scenario, List<Caller> viewers, List<DashboardMix.Request> mix, int first,
            long deadline) {
        try {
            for (int i = first; System.nanoTime() < deadline; i++) {
                HttpResponse<String> answer = scenario.send(viewers.get(i % viewers.size()), mix.get(i % mix.size()));
                // A refused gadget waits the Retry-After its script honours (gadgets/common/base.js).
                if (answer != null && (answer.statusCode() == 429 || answer.statusCode() == 503)) {
                    long seconds = answer.headers().firstValueAsLong("Retry-After").orElse(1);
                    long wait = Math.min(TimeUnit.SECONDS.toNanos(seconds), deadline - System.nanoTime());
                    if (wait > 0) {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void print(Scenario scenario, PrintStream out) {
        Latencies all = scenario.all();
        out.printf(Locale.ROOT, "%1$s_rps=%2$.1f %1$s_p50_ms=%3$.1f %1$s_p95_ms=%4$.1f %1$s_p99_ms=%5$.1f"
                        + " %1$s_errors=%6$d %1$s_requests=%7$d%n", scenario.name(), scenario.requestsPerSecond(),
                all.percentileMillis(50), all.percentileMillis(95), all.percentileMillis(99), scenario.errors(),
                all.count());
        if (scenario.errors() > 0) {
            out.printf(Locale.ROOT, "%s_failures %s%n", scenario.name(), scenario.failureSummary());
        }
        scenario.byKind().forEach((kind, latencies) -> out.printf(Locale.ROOT,
                "%s kind=%s requests=%d p50_ms=%.1f p95_ms=%.1f errors=%d%n", scenario.name(), kind,
                latencies.count(), latencies.percentileMillis(50), latencies.percentileMillis(95),
                latencies.errors()));
    }

    private static String describe(List<List<Caller>> clients) {
        Map<String, Long> by = new TreeMap<>();
        clients.forEach(viewers -> viewers.forEach(viewer -> by.merge(viewer.signedInBy(), 1L, Long::sum)));
        return by.toString().replace(" ", "");
    }
}
