package org.saleskpi.web;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import net.java.ao.EntityManager;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.saleskpi.core.issue.IssueCatalog;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.IssueSource;
import org.saleskpi.core.user.Directory;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.store.AoSession;
import org.saleskpi.store.Database;
import org.saleskpi.store.EntityManagerSession;
import org.saleskpi.store.StoreSchema;
import org.saleskpi.store.goal.StoredCheckIns;
import org.saleskpi.store.goal.StoredGoalFolders;
import org.saleskpi.store.goal.StoredGoals;
import org.saleskpi.store.goal.StoredTargets;
import org.saleskpi.store.goal.StoredValueHistory;
import org.saleskpi.store.kpi.StoredKpiProfiles;
import org.saleskpi.store.kpi.StoredQuotas;
import org.saleskpi.core.drill.KeySelections;
import org.saleskpi.store.drill.StoredSelections;
import org.saleskpi.web.guard.Guardrails;
import org.saleskpi.web.guard.Limits;

/**
 * The shared REST resources on a real Jetty and Jersey over a real store (H2 in memory), with the
 * test's issues and grants: what the web tests talk HTTP to. The user of each request is named in
 * the {@code X-Test-User} header; without it the request is anonymous.
 */
public final class ApiServer implements AutoCloseable {
    public static final String BASE = "/rest/saleskpi/1.0";

    private final Server server;
    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;
    private final RestServices services;
    private final TestAccess access;

    private ApiServer(Server server, String base, RestServices services, TestAccess access) {
        this.server = server;
        this.base = base;
        this.services = services;
        this.access = access;
    }

    /** Starts on a free port; people in {@code people} are the directory, by key. */
    public static ApiServer start(TestAccess access, List<IssueRecord> issues, List<IssueCatalog.FieldInfo> fields,
            Map<String, String> people, Clock clock) throws Exception {
        return start(access, issues, fields, people, clock, (session, services) -> List.of());
    }

    /** A host's own resources, built over the same store and services as the shared ones. */
    public interface HostResources {
        List<Object> over(AoSession session, RestServices services);
    }

    /** As {@link #start(TestAccess, List, List, Map, Clock)}, with a host's own resources mounted too. */
    public static ApiServer start(TestAccess access, List<IssueRecord> issues, List<IssueCatalog.FieldInfo> fields,
            Map<String, String> people, Clock clock, HostResources host) throws Exception {
        // Limits no test reaches unless it means to: the guardrails' own tests pass theirs.
        return start(access, issues, fields, people, clock, host, Guardrails.fixed(new Limits(8, 100_000), clock),
                UnaryOperator.identity());
    }

    /**
     * As {@link #start(TestAccess, List, List, Map, Clock, HostResources)}, behind the given guardrails and with the
     * resources reading the test's issues through {@code issuesAround} (e.g. a source still warming up).
     */
    public static ApiServer start(TestAccess access, List<IssueRecord> issues, List<IssueCatalog.FieldInfo> fields,
            Map<String, String> people, Clock clock, HostResources host, Guardrails guardrails,
            UnaryOperator<IssueSource> issuesAround) throws Exception {
        EntityManager manager = Database.H2_MEMORY.open();
        AoSession session = new EntityManagerSession(manager);
        StoreSchema.migrate(session);
        TableIssues table = new TableIssues(issues, fields, access);
        RestServices services = new RestServices(access, issuesAround.apply(table), table, directory(people),
                new StoredKpiProfiles(session), new StoredGoals(session), new StoredTargets(session),
                new StoredValueHistory(session), new StoredGoalFolders(session), new StoredQuotas(session), clock,
                new KeySelections(new StoredSelections(session), clock), new StoredCheckIns(session));

        ResourceConfig config = new ResourceConfig();
        RestResources.resources(services, guardrails).forEach(config::register);
        host.over(session, services).forEach(config::register);
        RestResources.providers().forEach(config::register);
        config.register(new UserFromHeader(access, people));

        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.addServlet(new ServletHolder(new ServletContainer(config)), BASE + "/*");
        server.setHandler(context);
        server.start();
        return new ApiServer(server, "http://127.0.0.1:" + connector.getLocalPort() + BASE, services, access);
    }

    /** {@code http://127.0.0.1:<port>/rest/saleskpi/1.0}. */
    public String base() {
        return base;
    }

    public RestServices services() {
        return services;
    }

    public TestAccess access() {
        return access;
    }

    public Answer get(String user, String path) {
        return send(user, HttpRequest.newBuilder(uri(path)).GET());
    }

    /** A GET with request headers, e.g. {@code Accept-Language}. */
    public Answer get(String user, String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        headers.forEach(request::header);
        return send(user, request);
    }

    public Answer delete(String user, String path) {
        return send(user, HttpRequest.newBuilder(uri(path)).DELETE());
    }

    public Answer post(String user, String path, String json) {
        return send(user, HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Answer put(String user, String path, String json) {
        return send(user, HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private Answer send(String user, HttpRequest.Builder request) {
        if (user != null) {
            request.header("X-Test-User", user);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }

    /** A response: its status, its body (parsed as JSON when it is JSON) and its headers. */
    public record Answer(int status, String text, java.net.http.HttpHeaders headers) {
        /** The value of a response header, or null. */
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public JsonElement json() {
            return JsonParser.parseString(text);
        }

        /** The {@code field} of each error in an error body. */
        public List<String> errorFields() {
            List<String> fields = new java.util.ArrayList<>();
            json().getAsJsonObject().getAsJsonArray("errors").forEach(e -> {
                JsonElement field = e.getAsJsonObject().get("field");
                fields.add(field.isJsonNull() ? null : field.getAsString());
            });
            return fields;
        }
    }

    private static Directory directory(Map<String, String> people) {
        return new Directory() {
            @Override
            public Optional<UserRef> find(String userKey) {
                return Optional.ofNullable(people.get(userKey)).map(name -> new UserRef(userKey, name));
            }

            @Override
            public List<UserRef> search(String text, int limit) {
                String needle = text.toLowerCase(java.util.Locale.ROOT);
                return people.entrySet().stream()
                        .filter(e -> e.getKey().toLowerCase(java.util.Locale.ROOT).contains(needle)
                                || e.getValue().toLowerCase(java.util.Locale.ROOT).contains(needle))
                        .limit(limit).map(e -> new UserRef(e.getKey(), e.getValue())).toList();
            }
        };
    }

    /**
     * Sets the request's user from the header for the resource's thread, and clears it after; before matching, so
     * that every other filter sees the user, as the hosts' own sign-in runs before JAX-RS.
     */
    @PreMatching
    private static final class UserFromHeader implements ContainerRequestFilter, ContainerResponseFilter {
        private final TestAccess access;
        private final Map<String, String> people;

        UserFromHeader(TestAccess access, Map<String, String> people) {
            this.access = access;
            this.people = people;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            String key = request.getHeaderString("X-Test-User");
            if (key != null) {
                access.enter(new UserRef(key, people.getOrDefault(key, key)));
            }
        }

        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            access.leave();
        }
    }
}
