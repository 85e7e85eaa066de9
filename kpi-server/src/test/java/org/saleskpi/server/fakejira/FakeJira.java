package org.saleskpi.server.fakejira;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.saleskpi.server.jira.JiraKind;

/**
 * A fake Jira site over HTTP on a free port of 127.0.0.1: the Cloud or the Data Center REST API over a
 * {@link FakeSite}, with authentication, per-user visibility, page caps and injectable {@link Faults}.
 * Test tree only. Endpoints and their sources: {@link FakeEndpoints}.
 */
public final class FakeJira implements AutoCloseable {
    private final FakeSite site;
    private final JiraKind kind;
    private final Faults faults = new Faults();
    private final List<String> log = new CopyOnWriteArrayList<>();
    private final List<String> paths = new CopyOnWriteArrayList<>();
    private Server server;
    private URI uri;

    private FakeJira(FakeSite site, JiraKind kind) {
        this.site = site;
        this.kind = kind;
    }

    public static FakeJira start(FakeSite site, JiraKind kind) {
        FakeJira jira = new FakeJira(site, kind);
        try {
            jira.listen();
        } catch (Exception e) {
            throw new IllegalStateException("the fake Jira did not start", e);
        }
        return jira;
    }

    private void listen() throws Exception {
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/");
        context.addServlet(new ServletHolder("jira", new Front()), "/");
        server.setHandler(context);
        server.start();
        uri = URI.create("http://127.0.0.1:" + connector.getLocalPort());
    }

    public URI uri() {
        return uri;
    }

    public JiraKind kind() {
        return kind;
    }

    public FakeSite site() {
        return site;
    }

    public Faults faults() {
        return faults;
    }

    /** How many requests reached a path starting with {@code pathPrefix} (faulted ones included). */
    public int requests(String pathPrefix) {
        return (int) paths.stream().filter(path -> path.startsWith(pathPrefix)).count();
    }

    /** Method, path and query of every request so far; never headers (they hold the tokens). */
    public List<String> requestLog() {
        return List.copyOf(log);
    }

    /** The keys {@code accountId} gets for {@code jql}, in its order; {@link FakeJqlException} for a query Jira refuses. */
    public List<String> evaluate(String jql, String accountId) {
        return FakeJql.run(jql, site, accountId).stream().map(FakeIssue::key).toList();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("the fake Jira did not stop", e);
        }
    }

    /** An answer: status, JSON (or text for gateway errors), extra headers. */
    record Answer(int status, JsonElement json, String text, List<String[]> headers) {
        static Answer json(int status, JsonElement json) {
            return new Answer(status, json, null, new ArrayList<>());
        }

        Answer header(String name, String value) {
            headers.add(new String[] {name, value});
            return this;
        }
    }

    private final class Front extends HttpServlet {
        private final FakeEndpoints endpoints = new FakeEndpoints(FakeJira.this);
        private final Gson gson = new com.google.gson.GsonBuilder().disableHtmlEscaping().serializeNulls().create();

        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
            String path = request.getRequestURI();
            paths.add(path);
            log.add(request.getMethod() + " " + path + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
            Optional<Duration> delay = faults.delay(path);
            if (delay.isPresent()) {
                try {
                    Thread.sleep(delay.get().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            Answer answer = faults.hit(path).map(FakeJira::faultAnswer).orElseGet(() -> endpoints.answer(request));
            response.setStatus(answer.status());
            for (String[] header : answer.headers()) {
                response.addHeader(header[0], header[1]);
            }
            byte[] body;
            if (answer.text() != null) {
                response.setContentType("text/html;charset=UTF-8");
                body = answer.text().getBytes(StandardCharsets.UTF_8);
            } else {
                response.setContentType("application/json;charset=UTF-8");
                String text = gson.toJson(answer.json());
                if (answer.status() == 200 && answer.json().isJsonObject() && answer.json().getAsJsonObject().has("total")
                        && faults.invalidTotal(path)) {
                    text = text.replaceFirst("\"total\":\\d+", "\"total\":g2b");
                }
                body = text.getBytes(StandardCharsets.UTF_8);
            }
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }

    /**
     * 429: {@code Retry-After} in seconds, {@code X-RateLimit-Reset} (ISO timestamp, "yyyy-MM-ddTHH:mmZ"),
     * {@code X-RateLimit-Remaining: 0} and {@code X-RateLimit-Reason} as Jira Cloud's "Rate limiting" page
     * describes them (quoted in JRACLOUD-69262; "jira-burst-based" is listed on
     * developer.atlassian.com/cloud/jira/platform/build-an-app-that-respects-rate-limits/, the quota reason
     * "jira-quota-tenant-based" is seen in headers quoted at
     * community.developer.atlassian.com/t/2026-point-based-rate-limits/97828, there as X-Beta-RateLimit-Reason).
     * UNVERIFIED: that a quota 429 names its reason in X-RateLimit-Reason as this issue's design has it.
     * 5xx: 500 as Jira's JSON error, 502/503 as a gateway's HTML page (a client must not expect JSON there).
     */
    private static Answer faultAnswer(Faults.Hit hit) {
        if (hit instanceof Faults.RateLimited limited) {
            String reset = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm'Z'")
                    .format(Instant.now().plusSeconds(limited.retryAfterSeconds()).atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES));
            return Answer.json(429, FakeJson.errors("Rate limit exceeded."))
                    .header("Retry-After", String.valueOf(limited.retryAfterSeconds()))
                    .header("X-RateLimit-Reset", reset)
                    .header("X-RateLimit-Remaining", "0")
                    .header("X-RateLimit-Reason", limited.quota() ? "jira-quota-tenant-based" : "jira-burst-based");
        }
        int status = ((Faults.ServerError) hit).status();
        if (status == 500) {
            return Answer.json(500, FakeJson.errors("Internal server error"));
        }
        return new Answer(status, null, "<html><body><h1>" + status + " " + (status == 502 ? "Bad Gateway" : "Service Unavailable")
                + "</h1></body></html>", new ArrayList<>());
    }

    /** Cached search results per (query, user), dropped when the site changes. */
    final class Searches {
        private record Cached(long version, List<FakeIssue> issues) {
        }

        private final java.util.Map<String, Cached> cache = Collections.synchronizedMap(new java.util.LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(java.util.Map.Entry<String, Cached> eldest) {
                return size() > 32;
            }
        });

        List<FakeIssue> run(String jql, String accountId) {
            long version = site.version();
            String key = accountId + "\n" + jql;
            Cached cached = cache.get(key);
            if (cached != null && cached.version() == version) {
                return cached.issues();
            }
            List<FakeIssue> issues = FakeJql.run(jql, site, accountId);
            cache.put(key, new Cached(version, issues));
            return issues;
        }
    }

    final Searches searches = new Searches();

    static JsonElement parse(String body) {
        return body == null || body.isBlank() ? new JsonObject() : JsonParser.parseString(body);
    }

    static String basic(String email, String token) {
        return "Basic " + Base64.getEncoder().encodeToString((email + ":" + token).getBytes(StandardCharsets.UTF_8));
    }

    static JsonArray array(List<? extends JsonElement> elements) {
        JsonArray array = new JsonArray();
        elements.forEach(array::add);
        return array;
    }
}
