package org.saleskpi.server.auth;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.saleskpi.core.testing.HandClock;

/**
 * How much remembering verified passwords saves: {@code GET /session} with HTTP Basic from
 * {@code --clients} threads for {@code --seconds}, once with BCrypt on every request and once with
 * {@link VerifiedPasswords}, in this one process over real HTTP; prints requests per second, CPU
 * milliseconds per request (the whole process: server and clients) and the ratio. Any answer but
 * 200 stops it. The command that runs it is in docs/adr/0010-standalone-sign-in.md.
 */
public final class BasicAuthBench {

    record Figures(String mode, long requests, double seconds, double cpuMillis) {
        double perSecond() {
            return requests / seconds;
        }

        double cpuMillisPerRequest() {
            return cpuMillis / requests;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-26s %8d requests in %5.1f s: %8.1f requests/s, %7.2f ms CPU per request",
                    mode, requests, seconds, perSecond(), cpuMillisPerRequest());
        }
    }

    private BasicAuthBench() {
    }

    public static void main(String[] args) throws Exception {
        int clients = 16;
        int seconds = 10;
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("options come in pairs: --clients N, --seconds N");
        }
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--clients" -> clients = Integer.parseInt(args[i + 1]);
                case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (known: --clients N, --seconds N)");
            }
        }
        System.out.printf(Locale.ROOT, "%d clients, %d s per run, %d processors%n", clients, seconds,
                Runtime.getRuntime().availableProcessors());
        Figures bcryptEveryTime = run("BCrypt on every request", Duration.ZERO, clients, seconds);
        System.out.println(bcryptEveryTime);
        Figures remembered = run("verified passwords cached", VerifiedPasswords.DEFAULT_TTL, clients, seconds);
        System.out.println(remembered);
        System.out.printf(Locale.ROOT, "ratio: %.1fx the requests/s, %.1fx less CPU per request%n",
                remembered.perSecond() / bcryptEveryTime.perSecond(),
                bcryptEveryTime.cpuMillisPerRequest() / remembered.cpuMillisPerRequest());
    }

    static Figures run(String mode, Duration ttl, int clients, int seconds) throws Exception {
        try (AuthTestServer server = AuthTestServer.start(new HandClock(Instant.parse("2026-03-02T09:00:00Z")), ttl)) {
            server.user("bench", "bench-password");
            for (int i = 0; i < 2 * clients; i++) {
                check(server.call("GET", "/session").basic("bench", "bench-password").send());
            }
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            AtomicLong requests = new AtomicLong();
            long cpuBefore = processCpuNanos();
            long start = System.nanoTime();
            long end = start + Duration.ofSeconds(seconds).toNanos();
            try {
                List<Future<?>> running = new ArrayList<>();
                for (int c = 0; c < clients; c++) {
                    running.add(pool.submit(() -> {
                        while (System.nanoTime() < end) {
                            check(server.call("GET", "/session").basic("bench", "bench-password").send());
                            requests.incrementAndGet();
                        }
                        return null;
                    }));
                }
                for (Future<?> client : running) {
                    client.get();
                }
            } finally {
                pool.shutdownNow();
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            return new Figures(mode, requests.get(), elapsed, (processCpuNanos() - cpuBefore) / 1e6);
        }
    }

    private static void check(AuthTestServer.Answer answer) {
        if (answer.status() != 200) {
            throw new IllegalStateException("expected 200, got " + answer);
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
