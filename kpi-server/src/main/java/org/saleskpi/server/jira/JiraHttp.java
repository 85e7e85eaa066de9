package org.saleskpi.server.jira;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.Gson;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JSON over HTTP to one Jira site, with the site's rate gate, retries and traffic counts. Retries: 429 after
 * the wait Jira names; 5xx, timeouts and broken connections with exponential backoff and full jitter
 * (delay = random(0, min(cap, base * 2^attempt)), as the Atlassian guidance asks: "apply jitter to the delays",
 * https://developer.atlassian.com/platform/app-migration/rate-limiting/ ); other 4xx never. 401 and 403 become
 * {@link JiraAuthException}. No message, log line or exception carries the credentials: only status, path and
 * Jira's own error text, scrubbed of the secret in case Jira echoes it.
 */
final class JiraHttp {
    private static final Logger LOG = LoggerFactory.getLogger(JiraHttp.class);
    private static final Duration BACKOFF_BASE = Duration.ofMillis(500);
    private static final Duration BACKOFF_CAP = Duration.ofSeconds(30);
    /** Path segments that name one issue or project, folded so that an endpoint is one rate-limit bucket. */
    private static final Pattern ONE_THING = Pattern.compile("\\d+|[A-Z][A-Z0-9_]*(-\\d+)?");

    private static final TypeAdapter<JsonElement> JSON = new Gson().getAdapter(JsonElement.class);

    private final URI base;
    private final JiraCredentials credentials;
    private final JiraHttpSettings settings;
    private final HttpClient client;
    private final RateGate gate;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong rateLimited = new AtomicLong();
    private final AtomicLong pausedNanos = new AtomicLong();
    private final AtomicReference<String> lastError = new AtomicReference<>();

    JiraHttp(JiraSite site, JiraHttpSettings settings) {
        String url = site.baseUrl().toString();
        this.base = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
        this.credentials = site.credentials();
        this.settings = settings;
        // Never follow redirects: the Authorization header must not travel to another host.
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.gate = new RateGate(settings.clock(), settings.sleeper());
    }

    JsonElement get(String path, Map<String, String> query) {
        return send("GET", path, query, null, Set.of()).orElseThrow();
    }

    /** Like {@link #get}, but a 404 is an answer (empty), not an error. */
    Optional<JsonElement> getIfFound(String path, Map<String, String> query) {
        return send("GET", path, query, null, Set.of(404));
    }

    /** Like {@link #get}, but 403 (not allowed to ask) and 404 are answers (empty), not errors. */
    Optional<JsonElement> getIfAllowed(String path, Map<String, String> query) {
        return send("GET", path, query, null, Set.of(403, 404));
    }

    JsonElement post(String path, JsonObject body) {
        return send("POST", path, Map.of(), body, Set.of()).orElseThrow();
    }

    Optional<JsonElement> postIfFound(String path, JsonObject body) {
        return send("POST", path, Map.of(), body, Set.of(404));
    }

    JiraTraffic traffic() {
        return new JiraTraffic(requests.get(), retries.get(), rateLimited.get(),
                Duration.ofNanos(pausedNanos.get()), lastError.get());
    }

    private Optional<JsonElement> send(String method, String path, Map<String, String> query, JsonObject body,
            Set<Integer> emptyAnswers) {
        String endpoint = method + " " + bucket(path);
        HttpRequest request = request(method, path, query, body);
        int attempt = 0;
        while (true) {
            try {
                waited(gate.awaitTurn(endpoint));
                requests.incrementAndGet();
                HttpResponse<String> response;
                try {
                    response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                } catch (HttpTimeoutException e) {
                    attempt = retryOrFail(attempt, path, 0, "no answer in " + settings.timeout().toMillis() + " ms");
                    continue;
                } catch (IOException e) {
                    attempt = retryOrFail(attempt, path, 0, "connection failed (" + e.getClass().getSimpleName() + ")");
                    continue;
                }
                int status = response.statusCode();
                RateLimitHeaders limits = RateLimitHeaders.of(response.headers(), settings.clock().instant());
                if (status >= 200 && status < 300) {
                    gate.passed(endpoint);
                    heedRemaining(limits);
                    return Optional.of(parse(response.body(), status, path));
                }
                if (emptyAnswers.contains(status)) {
                    gate.passed(endpoint);
                    return Optional.empty();
                }
                if (status == 401 || status == 403) {
                    String message = "Jira refused the credentials (" + status + ") at " + path + errorText(response.body());
                    lastError.set(message);
                    throw new JiraAuthException(status, path, message);
                }
                if (status == 429) {
                    rateLimited.incrementAndGet();
                    // A 429 that names no wait (or "0") still waits: 1 s, 2 s, 4 s ... rather than hammer the site.
                    Duration wait = limits.wait(settings.clock().instant()).filter(d -> !d.isZero()).orElse(doubling(attempt));
                    if (attempt >= settings.maxRetries()) {
                        throw fail(status, path, "still rate limited after " + (attempt + 1) + " attempts");
                    }
                    if (limits.burst()) {
                        wait = gate.slowEndpoint(endpoint, wait);
                        LOG.info("Jira burst limit on {}: that endpoint waits {} ms", endpoint, wait.toMillis());
                    } else {
                        gate.pauseSite(wait);
                        LOG.info("Jira rate limit ({}): every request to the site waits {} ms",
                                limits.reason().orElse("no reason given"), wait.toMillis());
                    }
                    attempt++;
                    retries.incrementAndGet();
                    continue;
                }
                if (status >= 500) {
                    // A 503 may name its own wait (rate-limiting page above): the gate holds it while the
                    // backoff sleeps, so the longer of the two wins.
                    limits.wait(settings.clock().instant()).ifPresent(gate::pauseSite);
                    attempt = retryOrFail(attempt, path, status, "Jira answered " + status + errorText(response.body()));
                    continue;
                }
                throw fail(status, path, "Jira answered " + status + " at " + path + errorText(response.body()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw fail(0, path, "interrupted while waiting for Jira at " + path);
            }
        }
    }

    /** Counts a retry and sleeps the backoff, or throws once the retries are used up. */
    private int retryOrFail(int attempt, String path, int status, String what) throws InterruptedException {
        if (attempt >= settings.maxRetries()) {
            throw fail(status, path, what + " at " + path + " after " + (attempt + 1) + " attempts");
        }
        LOG.debug("{} at {}; retry {} of {}", what, path, attempt + 1, settings.maxRetries());
        retries.incrementAndGet();
        Duration backoff = fullJitter(attempt);
        settings.sleeper().sleep(backoff);
        waited(backoff);
        return attempt + 1;
    }

    private Duration fullJitter(int attempt) {
        long ceiling = Math.min(BACKOFF_CAP.toMillis(), BACKOFF_BASE.toMillis() << Math.min(attempt, 20));
        return Duration.ofMillis((long) (settings.jitter().nextDouble() * ceiling));
    }

    private static Duration doubling(int attempt) {
        return Duration.ofSeconds(1L << Math.min(attempt, 6));
    }

    /**
     * A successful answer that says the budget is spent (remaining 0) with a wait: hold the site back now
     * rather than collect a 429. Data Center sends retry-after 0 while tokens are left (DC header page above).
     */
    private void heedRemaining(RateLimitHeaders limits) {
        if (limits.remaining().isPresent() && limits.remaining().getAsLong() <= 0) {
            limits.wait(settings.clock().instant()).ifPresent(gate::pauseSite);
        }
    }

    private JiraException fail(int status, String path, String message) {
        String clean = scrub(message);
        lastError.set(clean);
        return new JiraException(status, path, clean);
    }

    private void waited(Duration d) {
        pausedNanos.addAndGet(d.toNanos());
    }

    private HttpRequest request(String method, String path, Map<String, String> query, JsonObject body) {
        StringJoiner q = new StringJoiner("&");
        query.forEach((k, v) -> q.add(encode(k) + "=" + encode(v)));
        URI uri = URI.create(base + path + (q.length() == 0 ? "" : "?" + q));
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(settings.timeout())
                .header("Authorization", credentials.authorization())
                .header("Accept", "application/json");
        if (body == null) {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            builder.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        }
        return builder.build();
    }

    /** Strict JSON: an answer such as {@code "total":g2b} is an error, not a string Gson guessed. */
    private JsonElement parse(String text, int status, String path) {
        try {
            JsonReader reader = new JsonReader(new StringReader(text));
            reader.setStrictness(Strictness.STRICT);
            JsonElement element = JSON.read(reader);
            if (reader.peek() != com.google.gson.stream.JsonToken.END_DOCUMENT) {
                throw new JsonParseException("text after the JSON value");
            }
            return element;
        } catch (JsonParseException | IOException e) {
            throw fail(status, path, "Jira's answer at " + path + " is not valid JSON: " + e.getMessage());
        }
    }

    /** Jira's error shape {@code {errorMessages:[..], errors:{field: message}}}, shortened; else nothing. */
    private String errorText(String body) {
        try {
            JsonElement parsed = com.google.gson.JsonParser.parseString(body);
            if (!parsed.isJsonObject()) {
                return "";
            }
            List<String> parts = new ArrayList<>();
            JsonObject o = parsed.getAsJsonObject();
            if (o.has("errorMessages") && o.get("errorMessages").isJsonArray()) {
                JsonArray messages = o.getAsJsonArray("errorMessages");
                messages.forEach(m -> parts.add(m.isJsonPrimitive() ? m.getAsString() : m.toString()));
            }
            if (o.has("errors") && o.get("errors").isJsonObject()) {
                o.getAsJsonObject("errors").entrySet().forEach(e -> parts.add(e.getKey() + ": "
                        + (e.getValue().isJsonPrimitive() ? e.getValue().getAsString() : e.getValue().toString())));
            }
            String text = String.join("; ", parts);
            if (text.length() > 300) {
                text = text.substring(0, 300) + "...";
            }
            return text.isEmpty() ? "" : ": " + scrub(text);
        } catch (RuntimeException e) {
            return "";
        }
    }

    /** Removes the secret (and its header form) from text that might echo it. */
    private String scrub(String text) {
        String clean = text;
        for (String secret : secrets()) {
            if (secret.length() >= 4) {
                clean = clean.replace(secret, "***");
            }
        }
        return clean;
    }

    private List<String> secrets() {
        List<String> secrets = new ArrayList<>();
        secrets.add(credentials.authorization());
        secrets.add(credentials.authorization().substring(credentials.authorization().indexOf(' ') + 1));
        if (credentials instanceof JiraCredentials.Basic basic) {
            secrets.add(basic.apiToken());
        } else if (credentials instanceof JiraCredentials.Bearer bearer) {
            secrets.add(bearer.personalAccessToken());
        }
        return secrets;
    }

    private static String bucket(String path) {
        StringJoiner folded = new StringJoiner("/");
        for (String segment : path.split("/", -1)) {
            folded.add(ONE_THING.matcher(segment).matches() ? "{id}" : segment);
        }
        return folded.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
