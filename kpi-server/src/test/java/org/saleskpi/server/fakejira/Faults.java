package org.saleskpi.server.fakejira;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Faults a test injects into a running {@link FakeJira}. Each counted fault hits the next
 * {@code times} requests whose path starts with {@code pathPrefix}, then is spent. Thread-safe.
 */
public final class Faults {
    /** Jira's default cut of a search's embedded changelog (see {@link FakeJson#embeddedChangelog}). */
    public static final int DEFAULT_CHANGELOG_CUT = 100;

    /** A fault the fake answers instead of the endpoint. */
    sealed interface Hit permits RateLimited, ServerError {
    }

    record RateLimited(int retryAfterSeconds, boolean quota) implements Hit {
    }

    record ServerError(int status) implements Hit {
    }

    private static final class Counted<T> {
        final String prefix;
        final T what;
        int left;

        Counted(String prefix, T what, int left) {
            this.prefix = prefix;
            this.what = what;
            this.left = left;
        }
    }

    private final List<Counted<Hit>> hits = new ArrayList<>();
    private final List<Counted<Duration>> delays = new ArrayList<>();
    private final List<Counted<Boolean>> invalidTotals = new ArrayList<>();
    private final Set<String> expiredTokens = new HashSet<>();
    private int shiftAfterPages = -1;
    private int changelogCut = DEFAULT_CHANGELOG_CUT;

    /**
     * 429 with {@code Retry-After} and {@code X-RateLimit-Reason}: a quota reason (the whole site must
     * pause) or a burst reason (this endpoint must slow down).
     */
    public synchronized void rateLimit(String pathPrefix, int times, int retryAfterSeconds, boolean quota) {
        hits.add(new Counted<>(pathPrefix, new RateLimited(retryAfterSeconds, quota), times));
    }

    /** 500, 502 or 503 (the gateways' HTML page for 502/503, Jira's JSON error for 500). */
    public synchronized void serverError(String pathPrefix, int times, int status) {
        if (status < 500 || status > 599) {
            throw new IllegalArgumentException("not a server error: " + status);
        }
        hits.add(new Counted<>(pathPrefix, new ServerError(status), times));
    }

    /**
     * The next {@code times} matching answers that carry a {@code total} are sent with an invalid JSON
     * token in its place, as the jrjc fixture search_issues-invalid-total.json ({@code "total":g2b}).
     */
    public synchronized void invalidTotal(String pathPrefix, int times) {
        invalidTotals.add(new Counted<>(pathPrefix, Boolean.TRUE, times));
    }

    /** The next {@code times} matching requests are answered only after {@code delay}. */
    public synchronized void slow(String pathPrefix, Duration delay, int times) {
        delays.add(new Counted<>(pathPrefix, delay, times));
    }

    /**
     * After {@code afterPages} more search pages, an issue moves into the searched project that sorts
     * before the search's cursor (lower id, older created date), so offset paging shifts by one: the
     * next page repeats the previous page's last issue.
     */
    public synchronized void shiftWhilePaging(int afterPages) {
        shiftAfterPages = afterPages;
    }

    /** Every request with this token is refused with 401 from now on (until {@link #clear()}). */
    public synchronized void expireToken(String token) {
        expiredTokens.add(token);
    }

    /** Embedded changelogs (search, Cloud's single issue) carry at most this many histories. */
    public synchronized void truncateChangelogAt(int histories) {
        if (histories < 0) {
            throw new IllegalArgumentException("negative cut");
        }
        changelogCut = histories;
    }

    public synchronized void clear() {
        hits.clear();
        delays.clear();
        invalidTotals.clear();
        expiredTokens.clear();
        shiftAfterPages = -1;
        changelogCut = DEFAULT_CHANGELOG_CUT;
    }

    synchronized Optional<Hit> hit(String path) {
        return take(hits, path);
    }

    synchronized Optional<Duration> delay(String path) {
        return take(delays, path);
    }

    synchronized boolean invalidTotal(String path) {
        return take(invalidTotals, path).isPresent();
    }

    synchronized boolean expired(String token) {
        return expiredTokens.contains(token);
    }

    synchronized int changelogCut() {
        return changelogCut;
    }

    /** Counts a served search page; true once when the shift is due. */
    synchronized boolean shiftDue() {
        if (shiftAfterPages < 0) {
            return false;
        }
        if (shiftAfterPages <= 1) {
            shiftAfterPages = -1;
            return true;
        }
        shiftAfterPages--;
        return false;
    }

    private static <T> Optional<T> take(List<Counted<T>> faults, String path) {
        for (Counted<T> fault : faults) {
            if (fault.left > 0 && path.startsWith(fault.prefix)) {
                fault.left--;
                return Optional.of(fault.what);
            }
        }
        return Optional.empty();
    }
}
