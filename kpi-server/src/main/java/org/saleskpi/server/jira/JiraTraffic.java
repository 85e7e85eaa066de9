package org.saleskpi.server.jira;

import java.time.Duration;

/**
 * What a reader has sent so far: requests, retries, 429 answers, the time spent waiting (rate-limit pauses
 * and retry backoff), and the last error (status and endpoint, never a secret) or null.
 */
public record JiraTraffic(long requests, long retries, long rateLimited, Duration paused, String lastError) {}
