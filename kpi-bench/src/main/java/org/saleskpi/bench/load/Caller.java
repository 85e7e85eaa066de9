package org.saleskpi.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * One user of the server over loopback HTTP with a client of its own (HTTP/1.1, keep-alive), signed in by a
 * session cookie or by a personal access token, or anonymous; cookie callers send Jira's XSRF header on writes.
 */
final class Caller {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Duration PATIENCE = Duration.ofMinutes(10);

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI rest;
    private final String name;
    private final Optional<String> cookie;
    private final Optional<String> token;

    private Caller(URI rest, String name, Optional<String> cookie, Optional<String> token) {
        this.rest = rest;
        this.name = name;
        this.cookie = cookie;
        this.token = token;
    }

    static Caller anonymous(URI rest) {
        return new Caller(rest, "anonymous", Optional.empty(), Optional.empty());
    }

    Caller withCookie(String username, String sessionCookie) {
        return new Caller(rest, username, Optional.of(sessionCookie), Optional.empty());
    }

    Caller withToken(String username, String accessToken) {
        return new Caller(rest, username, Optional.empty(), Optional.of(accessToken));
    }

    String name() {
        return name;
    }

    /** "cookie" or "token". */
    String signedInBy() {
        return cookie.isPresent() ? "cookie" : token.isPresent() ? "token" : "none";
    }

    /** {@code path} under the REST base, e.g. {@code /kpis/won-revenue?profile=1}. */
    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    /**
     * A set-up read that waits out the guardrails: while the server answers 429 or 503 (busy with requests a
     * scenario gave up on), asks again after its Retry-After, for at most {@link #PATIENCE}.
     */
    HttpResponse<String> getPatiently(String path) throws IOException, InterruptedException {
        long giveUp = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            HttpResponse<String> answer = get(path);
            int status = answer.statusCode();
            if ((status != 429 && status != 503) || System.nanoTime() > giveUp) {
                return answer;
            }
            Thread.sleep(Duration.ofSeconds(answer.headers().firstValueAsLong("Retry-After").orElse(1)).toMillis());
        }
    }

    HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> put(String path, String json) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(rest + path)).timeout(TIMEOUT)
                .header("Accept", "application/json");
        cookie.ifPresent(value -> request.header("Cookie", value).header("X-Atlassian-Token", "no-check"));
        token.ifPresent(value -> request.header("Authorization", "Bearer " + value));
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
