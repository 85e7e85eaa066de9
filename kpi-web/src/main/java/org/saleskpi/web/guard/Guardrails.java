package org.saleskpi.web.guard;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * The node's guardrails around computations (one per node: the host keeps a single instance): a user over the rate
 * is refused at once, and a computation that finds no free slot within a short wait is refused as "busy", so a
 * dashboard of many gadgets cannot hold all of the node's threads and memory at the same moment.
 */
public final class Guardrails {
    /** Long enough for a dashboard's gadgets to queue behind each other, short enough for a gadget to say "busy". */
    public static final Duration WAIT = Duration.ofSeconds(3);

    private final LimitsSource limits;
    private final Duration wait;
    private final ComputeSlots slots = new ComputeSlots();
    private final RateLimit rate;

    /** Built by the Jira plugin's context, by type. */
    @Inject
    public Guardrails(LimitsSource limits, Clock clock) {
        this(limits, clock, WAIT);
    }

    public Guardrails(LimitsSource limits, Clock clock, Duration wait) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.rate = new RateLimit(Objects.requireNonNull(clock, "clock"));
        this.wait = Objects.requireNonNull(wait, "wait");
    }

    /** Fixed limits, for a host without settings. */
    public static Guardrails fixed(Limits limits, Clock clock) {
        return new Guardrails(() -> limits, clock);
    }

    /** What the guardrails answer a computation request. */
    public sealed interface Admission permits Admitted, OverRate, Busy {
    }

    /** Go ahead; close the slot when done. */
    public record Admitted(ComputeSlots.Slot slot) implements Admission {
    }

    /** The user asked more than {@code perMinute} times a minute; the next request passes in {@code retrySeconds}. */
    public record OverRate(int perMinute, long retrySeconds) implements Admission {
    }

    /** All {@code maxConcurrent} slots stayed taken for the whole wait. */
    public record Busy(int maxConcurrent) implements Admission {
    }

    /** Spends one of the user's requests, then waits for a slot. */
    public Admission admit(String userKey) {
        Limits now = limits.limits();
        long retry = rate.spend(userKey, now.requestsPerMinute());
        if (retry > 0) {
            return new OverRate(now.requestsPerMinute(), retry);
        }
        try {
            return slots.take(now.maxConcurrent(), wait).<Admission>map(Admitted::new)
                    .orElseGet(() -> new Busy(now.maxConcurrent()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Busy(now.maxConcurrent());
        }
    }

    /** Whether some request waits for a computation slot now (one holding a slot then waits for nothing else). */
    public boolean queued() {
        return slots.queued();
    }

    /** Computations running now, for the admin page. */
    public int running() {
        return slots.running();
    }
}
