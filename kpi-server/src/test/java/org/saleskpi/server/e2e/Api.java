package org.saleskpi.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.saleskpi.server.RunningServer;
import org.saleskpi.server.auth.Users;

/**
 * The end-to-end tests' way into a {@link RunningServer}: callers signed in the ways a browser or a
 * script signs in, and the set-up steps an administrator takes over HTTP (people, roles).
 */
final class Api {
    /** The password every user these tests create gets. */
    static final String PASSWORD = "correct horse 42";
    private static final Gson GSON = new Gson();

    private final RunningServer server;
    private Client admin;

    private Api(RunningServer server) {
        this.server = server;
    }

    static Api of(RunningServer server) {
        return new Api(server);
    }

    RunningServer server() {
        return server;
    }

    /** Nobody signed in. */
    Client anonymous() {
        return new Client(server, Optional.empty(), Optional.empty(), true);
    }

    /** HTTP Basic on every request, as scripts do. */
    Client basic(String username, String password) {
        return anonymous().withAuthorization("Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    /** {@code Authorization: Bearer} with a personal access token. */
    Client bearer(String token) {
        return anonymous().withAuthorization("Bearer " + token);
    }

    /** Signs in through {@code POST /session} and carries the session cookie, with the XSRF header. */
    Client signIn(String username, String password) {
        Answer answer = anonymous().post("/session", json("username", username, "password", password));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        String setCookie = answer.header("Set-Cookie").orElseThrow();
        return new Client(server, Optional.empty(), Optional.of(setCookie.substring(0, setCookie.indexOf(';'))), true);
    }

    /** The first administrator, signed in once by cookie; the password comes from the data directory. */
    Client admin() {
        if (admin == null) {
            admin = signIn(Users.ADMIN, adminPassword());
        }
        return admin;
    }

    /** Forgets the admin's session (after a restart, sessions are kept but a test may want a fresh one). */
    void forgetAdmin() {
        admin = null;
    }

    String adminPassword() {
        return server.adminPassword();
    }

    /** A user who signs in with {@link #PASSWORD}, created by the admin. */
    void user(String username, String displayName) {
        Answer answer = admin().post("/users", json("username", username, "password", PASSWORD,
                "displayName", displayName));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    }

    /** Gives {@code username} the role viewer, editor or admin in {@code project}. */
    void role(String project, String username, String role) {
        Answer answer = admin().put("/projects/" + project + "/roles/" + username, json("role", role));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }

    /** A signed-in user created by {@link #user}. */
    Client as(String username) {
        return signIn(username, PASSWORD);
    }

    /**
     * Uploads a CSV file to {@code POST /imports?<query>} as {@code caller} and waits for the job to
     * end; the answer is the last poll (or the refusal, when the upload is not accepted).
     */
    Answer importCsv(Client caller, String query, byte[] csv) {
        Answer started = caller.postFile("/imports?" + query, "text/csv", csv);
        if (started.status() != 202) {
            return started;
        }
        String id = started.text("id");
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            Answer job = caller.get("/imports/" + id);
            if (!"RUNNING".equals(job.text("state")) || System.nanoTime() > deadline) {
                return job;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * Defines the sales custom fields through {@code POST /fields}, as an administrator sets up a
     * server without the demo. The answer maps each field's name to its id.
     */
    Map<String, String> defineSalesFields() {
        Map<String, String> ids = new HashMap<>();
        for (String name : List.of("Amount", "Customer", "Cost", "Emails sent", "Emails opened")) {
            String type = name.equals("Customer") ? "text" : "number";
            Answer field = admin().post("/fields", json("name", name, "type", type));
            assertThat(field.status()).as(field.body()).isEqualTo(201);
            ids.put(name, field.text("id"));
        }
        return ids;
    }

    /** A flat JSON object of alternating names and values (strings, numbers, booleans, raw JSON via {@link Raw}). */
    static String json(Object... namesAndValues) {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (i > 0) {
                json.append(',');
            }
            json.append(quote(namesAndValues[i].toString())).append(':').append(value(namesAndValues[i + 1]));
        }
        return json.append('}').toString();
    }

    /** JSON written as it is, for nested objects and lists in {@link #json}. */
    record Raw(String json) {
    }

    static String quote(String text) {
        return GSON.toJson(text);
    }

    static String query(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String value(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Raw raw) {
            return raw.json();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        return quote(value.toString());
    }
}
