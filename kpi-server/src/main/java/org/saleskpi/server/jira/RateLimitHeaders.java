package org.saleskpi.server.jira;

import java.net.http.HttpHeaders;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What Jira's rate-limit headers say about one answer. Sources:
 * <ul>
 * <li>Cloud, https://developer.atlassian.com/cloud/jira/platform/rate-limiting/ : {@code Retry-After}
 * (seconds), {@code X-RateLimit-Reset} (ISO 8601, {@code yyyy-MM-ddTHH:mmZ}), {@code X-RateLimit-Remaining},
 * {@code RateLimit-Reason} ({@code jira-quota-*}, {@code jira-cost-based}, {@code jira-burst-based}); also quoted in
 * https://jira.atlassian.com/browse/JRACLOUD-69262 .</li>
 * <li>Cloud's points-based beta headers {@code Beta-Retry-After} and {@code X-Beta-RateLimit-Reason}: seen in answers
 * quoted at https://community.developer.atlassian.com/t/2026-point-based-rate-limits/97828 (UNVERIFIED beyond that thread).</li>
 * <li>Data Center, https://confluence.atlassian.com/doc/_ratelimiting_httpheaders-992678779.html :
 * {@code X-RateLimit-Remaining}, {@code retry-after} (0 while tokens are left).</li>
 * </ul>
 * Some sources give {@code X-RateLimit-Reset} as Unix seconds instead; both forms are read.
 */
record RateLimitHeaders(Optional<Duration> retryAfter, Optional<String> reason, OptionalLong remaining,
        Optional<Instant> reset) {

    static RateLimitHeaders of(HttpHeaders headers, Instant now) {
        Optional<Duration> retryAfter = longest(
                headers.firstValue("Retry-After").flatMap(v -> delay(v, now)),
                headers.firstValue("Beta-Retry-After").flatMap(v -> delay(v, now)));
        Optional<String> reason = headers.firstValue("RateLimit-Reason")
                .or(() -> headers.firstValue("X-RateLimit-Reason"))
                .or(() -> headers.firstValue("X-Beta-RateLimit-Reason"))
                .map(v -> v.trim().toLowerCase(Locale.ROOT));
        OptionalLong remaining = headers.firstValue("X-RateLimit-Remaining")
                .map(RateLimitHeaders::number).orElse(OptionalLong.empty());
        Optional<Instant> reset = headers.firstValue("X-RateLimit-Reset").flatMap(RateLimitHeaders::instant);
        return new RateLimitHeaders(retryAfter, reason, remaining, reset);
    }

    /**
     * A burst limit holds back one endpoint only; anything else (quota, cost, or no reason at all, as on Data
     * Center where the limit is per user) holds back the whole site. Treating an unnamed 429 as site-wide is
     * the cautious reading: UNVERIFIED which scope Cloud means when it sends no reason.
     */
    boolean burst() {
        return reason.map(r -> r.contains("burst")).orElse(false);
    }

    /** How long to wait: Retry-After, else until X-RateLimit-Reset, else nothing said. */
    Optional<Duration> wait(Instant now) {
        if (retryAfter.isPresent()) {
            return retryAfter;
        }
        return reset.map(r -> Duration.between(now, r)).filter(d -> !d.isNegative() && !d.isZero());
    }

    private static Optional<Duration> delay(String value, Instant now) {
        String v = value.trim();
        OptionalLong seconds = number(v);
        if (seconds.isPresent()) {
            return Optional.of(Duration.ofSeconds(Math.max(0, seconds.getAsLong())));
        }
        try { // RFC 9110 also allows an HTTP date.
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration d = Duration.between(now, at);
            return Optional.of(d.isNegative() ? Duration.ZERO : d);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Instant> instant(String value) {
        String v = value.trim();
        OptionalLong seconds = number(v);
        if (seconds.isPresent()) {
            return Optional.of(Instant.ofEpochSecond(seconds.getAsLong()));
        }
        try {
            return Optional.of(OffsetDateTime.parse(v, DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm[:ss][.SSS]XXX")).toInstant());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static OptionalLong number(String value) {
        try {
            return OptionalLong.of(Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private static Optional<Duration> longest(Optional<Duration> a, Optional<Duration> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return Optional.of(a.get().compareTo(b.get()) >= 0 ? a.get() : b.get());
    }
}
