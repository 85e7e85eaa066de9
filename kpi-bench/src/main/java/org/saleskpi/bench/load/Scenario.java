package org.saleskpi.bench.load;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What one scenario measured: every answer's time (any status: a refusal takes the caller's time too), per request
 * kind and together, the failures (a status outside 2xx, or no answer at all) and the elapsed time.
 */
final class Scenario {
    private final String name;
    private final Latencies all = new Latencies();
    private final Map<String, Latencies> byKind = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> failures = new ConcurrentHashMap<>();
    private volatile long elapsedNanos;

    Scenario(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    /**
     * Sends one request of the mix and records it.
     *
     * @return the answer, or null when none came
     */
    HttpResponse<String> send(Caller caller, DashboardMix.Request request) throws InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> answer;
        try {
            answer = caller.get(request.path());
        } catch (IOException e) {
            kind(request.kind()).error();
            failure(request.kind() + " " + e.getClass().getSimpleName());
            return null;
        }
        long elapsed = System.nanoTime() - start;
        all.add(elapsed);
        kind(request.kind()).add(elapsed);
        if (answer.statusCode() / 100 != 2) {
            kind(request.kind()).error();
            failure(request.kind() + " HTTP " + answer.statusCode());
        }
        return answer;
    }

    /** A failure outside the mix's requests (the writer's), counted with the scenario's errors. */
    void failure(String what) {
        failures.computeIfAbsent(what, key -> new AtomicLong()).incrementAndGet();
    }

    void finished(long nanos) {
        elapsedNanos = nanos;
    }

    Latencies all() {
        return all;
    }

    Map<String, Latencies> byKind() {
        return new TreeMap<>(byKind);
    }

    /** Every failure: the mix's and any counted through {@link #failure}. */
    long errors() {
        return failures.values().stream().mapToLong(AtomicLong::get).sum();
    }

    /** "gadget-bar HTTP 503 x3, ..." or empty. */
    String failureSummary() {
        List<String> parts = new TreeMap<>(failures).entrySet().stream()
                .map(entry -> entry.getKey().replace(' ', '_') + "=" + entry.getValue()).toList();
        return String.join(" ", parts);
    }

    double requestsPerSecond() {
        return elapsedNanos == 0 ? 0 : all.count() / (elapsedNanos / 1e9);
    }

    private Latencies kind(String kind) {
        return byKind.computeIfAbsent(kind, key -> new Latencies());
    }
}
