package org.saleskpi.bench.load;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.saleskpi.demo.DemoSpec;

/**
 * Single requests of the dashboard mix, each kind alone and many times, to profile one at a time:
 * {@code java -cp kpi-bench.jar org.saleskpi.bench.load.SingleRequests --issues 200000 --runs 50
 * [--kinds gadget-whos-behind,kpi-target-attainment] [--jfr target/jfr]}. The server starts as {@link LoadBench}
 * starts it; after one warm-up round of the whole mix each chosen kind is sent {@code runs} times in a row and its
 * median and fastest answer printed with the process's CPU time per request, server and client together, which a
 * busy machine disturbs less than the answer times ({@code single kind=... median_ms=... min_ms=... cpu_ms=...}).
 * With {@code --jfr} each
 * kind's runs are recorded (the JDK's "profile" settings) into {@code <dir>/<kind>.jfr}.
 */
public final class SingleRequests {

    private SingleRequests() {
    }

    public static void main(String[] args) throws Exception {
        int issues = 200_000;
        int runs = 50;
        Set<String> kinds = Set.of();
        Path jfr = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--issues" -> issues = Integer.parseInt(args[i + 1].replace("_", ""));
                case "--runs" -> runs = Integer.parseInt(args[i + 1]);
                case "--kinds" -> kinds = Set.of(args[i + 1].split(","));
                case "--jfr" -> jfr = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        run(issues, runs, kinds, jfr, System.out);
    }

    private static void run(int issues, int runs, Set<String> kinds, Path jfr, PrintStream out) throws Exception {
        LoadOptions options = LoadOptions.parse("--issues", Integer.toString(issues), "--single-runs",
                Integer.toString(runs));
        com.sun.management.OperatingSystemMXBean cpu = (com.sun.management.OperatingSystemMXBean)
                ManagementFactory.getOperatingSystemMXBean();
        try (BenchServer server = BenchServer.start(options, System.err)) {
            BenchUsers users = BenchUsers.signIn(server);
            Caller caller = users.clients("single", 1, DemoSpec.DEFAULT_PROJECT_KEY).get(0);
            List<DashboardMix.Request> mix = DashboardMix.of(caller, DemoSpec.DEFAULT_PROJECT_KEY);
            for (DashboardMix.Request request : mix) {
                BenchUsers.expect(caller.getPatiently(request.path()), 200, request.kind());
            }
            for (DashboardMix.Request request : mix) {
                if (!kinds.isEmpty() && !kinds.contains(request.kind())) {
                    continue;
                }
                Recording recording = null;
                if (jfr != null) {
                    Files.createDirectories(jfr);
                    recording = new Recording(Configuration.getConfiguration("profile"));
                    recording.start();
                }
                long[] nanos = new long[runs];
                long cpuBefore = cpu.getProcessCpuTime();
                for (int run = 0; run < runs; run++) {
                    long start = System.nanoTime();
                    HttpResponse<String> answer = caller.get(request.path());
                    nanos[run] = System.nanoTime() - start;
                    BenchUsers.expect(answer, 200, request.kind());
                }
                long cpuNanos = cpu.getProcessCpuTime() - cpuBefore;
                if (recording != null) {
                    recording.stop();
                    recording.dump(jfr.resolve(request.kind() + ".jfr"));
                    recording.close();
                }
                Arrays.sort(nanos);
                out.printf(Locale.ROOT, "single kind=%s runs=%d median_ms=%.2f min_ms=%.2f cpu_ms=%.2f%n",
                        request.kind(), runs, nanos[runs / 2] / 1e6, nanos[0] / 1e6, cpuNanos / 1e6 / runs);
            }
        }
    }
}
