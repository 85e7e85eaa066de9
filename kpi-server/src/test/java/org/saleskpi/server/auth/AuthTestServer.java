package org.saleskpi.server.auth;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import net.java.ao.EntityManager;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.saleskpi.core.testing.HandClock;
import org.saleskpi.store.AoSession;
import org.saleskpi.store.Database;
import org.saleskpi.store.EntityManagerSession;
import org.saleskpi.web.RestResources;

/**
 * Just enough of a host to test sign-in over real HTTP: Jetty with {@link AuthFilter} in front of
 * Jersey, serving the auth resources and kpi-web's providers over a fresh H2 database. The real
 * host's fixture replaces it once the host exists. Every server starts with a global administrator
 * {@code root} (password {@value #ROOT_PASSWORD}).
 */
final class AuthTestServer implements AutoCloseable {
    static final String BASE = "/rest/saleskpi/1.0";
    static final String ROOT_PASSWORD = "root-password";

    private final Server server;
    private final String base;
    private final EntityManager manager;
    private final ServerAuth auth;
    private final HandClock clock;
    private final HttpClient client = HttpClient.newHttpClient();

    private AuthTestServer(Server server, String base, EntityManager manager, ServerAuth auth, HandClock clock) {
        this.server = server;
        this.base = base;
        this.manager = manager;
        this.auth = auth;
        this.clock = clock;
    }

    static AuthTestServer start() throws Exception {
        return start(new HandClock(Instant.parse("2026-03-02T09:00:00Z")), VerifiedPasswords.DEFAULT_TTL);
    }

    /** On {@code clock}, remembering verified passwords for {@code verifiedPasswordTtl}. */
    static AuthTestServer start(HandClock clock, Duration verifiedPasswordTtl) throws Exception {
        return start(Database.H2_MEMORY, clock, verifiedPasswordTtl);
    }

    /** On a new, empty {@code database}. */
    static AuthTestServer start(Database database, HandClock clock, Duration verifiedPasswordTtl) throws Exception {
        EntityManager manager = database.open();
        AoSession session = new EntityManagerSession(manager);
        AuthSchema.migrate(session);
        AuthTestServer server = serve(manager, new ServerAuth(session, clock, verifiedPasswordTtl), clock);
        server.auth.users().create("root", ROOT_PASSWORD, "Root", true);
        return server;
    }

    /** A second node: its own server, connections and memory, on the database of {@code first}. */
    static AuthTestServer besides(AuthTestServer first, Database database) throws Exception {
        EntityManager manager = database.openAgain(first.manager);
        return serve(manager, new ServerAuth(new EntityManagerSession(manager), first.clock,
                VerifiedPasswords.DEFAULT_TTL), first.clock);
    }

    private static AuthTestServer serve(EntityManager manager, ServerAuth auth, HandClock clock) throws Exception {
        ResourceConfig config = new ResourceConfig();
        auth.resources().forEach(config::register);
        RestResources.providers().forEach(config::register);

        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        auth.filter().installOn(context);
        context.addServlet(new ServletHolder(new ServletContainer(config)), BASE + "/*");
        server.setHandler(context);
        server.start();
        return new AuthTestServer(server, "http://127.0.0.1:" + connector.getLocalPort() + BASE, manager, auth, clock);
    }

    ServerAuth auth() {
        return auth;
    }

    /** {@code http://127.0.0.1:<port>/rest/saleskpi/1.0}. */
    URI base() {
        return URI.create(base);
    }

    HandClock clock() {
        return clock;
    }

    /** Creates a user who signs in, as {@code root} would. */
    Account user(String username, String password) {
        return auth.users().create(username, password, null, false);
    }

    Call call(String method, String path) {
        return new Call(method, path);
    }

    /** Signs in through {@code POST /session} and returns the session cookie's value. */
    String signIn(String username, String password) {
        Answer answer = call("POST", "/session")
                .json("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}").send();
        if (answer.status() != 200) {
            throw new IllegalStateException("sign-in failed: " + answer);
        }
        return answer.sessionCookie().orElseThrow();
    }

    /** The first column of every row a query returns, read straight from the database. */
    List<String> column(String sql) {
        try (Connection connection = manager.getProvider().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }

    /** One HTTP request, built step by step. */
    final class Call {
        private final HttpRequest.Builder request;
        private final String method;
        private HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();

        private Call(String method, String path) {
            this.method = method;
            this.request = HttpRequest.newBuilder(URI.create(base + path));
        }

        Call json(String json) {
            request.header("Content-Type", "application/json");
            body = HttpRequest.BodyPublishers.ofString(json);
            return this;
        }

        Call cookie(String sessionId) {
            request.header("Cookie", AuthFilter.COOKIE + "=" + sessionId);
            return this;
        }

        /** The header the app's own scripts send with every write. */
        Call xsrf() {
            request.header(AuthFilter.XSRF_HEADER, AuthFilter.XSRF_VALUE);
            return this;
        }

        Call basic(String username, String password) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
            return this;
        }

        Call bearer(String token) {
            request.header("Authorization", "Bearer " + token);
            return this;
        }

        Answer send() {
            try {
                HttpResponse<String> response = client.send(request.method(method, body).build(),
                        HttpResponse.BodyHandlers.ofString());
                return new Answer(response.statusCode(), response.body(), response.headers().allValues("Set-Cookie"),
                        response.headers().firstValue("Retry-After"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** A response: status, body, the cookies it sets and its Retry-After. */
    record Answer(int status, String text, List<String> setCookies, Optional<String> retryAfter) {
        JsonElement json() {
            return JsonParser.parseString(text);
        }

        String field(String name) {
            return json().getAsJsonObject().get(name).getAsString();
        }

        /** The {@code field} of each error in an error body (null for the request as a whole). */
        List<String> errorFields() {
            List<String> fields = new ArrayList<>();
            json().getAsJsonObject().getAsJsonArray("errors").forEach(e -> {
                JsonElement field = e.getAsJsonObject().get("field");
                fields.add(field.isJsonNull() ? null : field.getAsString());
            });
            return fields;
        }

        String firstMessage() {
            return json().getAsJsonObject().getAsJsonArray("errors").get(0).getAsJsonObject().get("message")
                    .getAsString();
        }

        Optional<String> sessionCookie() {
            return setCookies.stream().filter(c -> c.startsWith(AuthFilter.COOKIE + "="))
                    .map(c -> c.substring(AuthFilter.COOKIE.length() + 1).split(";", 2)[0]).findFirst();
        }
    }
}
