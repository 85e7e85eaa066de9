package org.saleskpi.bench.load;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.saleskpi.server.auth.Users;

/**
 * The bench's users, made over HTTP as an administrator makes them: one per client, with the roles viewer, editor
 * and administrator of the demo project in turn; even clients sign in once and keep the session cookie, odd ones
 * use a personal access token.
 */
final class BenchUsers {
    static final String PASSWORD = "load bench 42";
    private static final List<String> ROLES = List.of("viewer", "editor", "admin");

    private final Caller anonymous;
    private final Caller admin;

    private BenchUsers(Caller anonymous, Caller admin) {
        this.anonymous = anonymous;
        this.admin = admin;
    }

    /** Signs the first administrator in. */
    static BenchUsers signIn(BenchServer server) throws IOException, InterruptedException {
        Caller anonymous = Caller.anonymous(server.rest());
        return new BenchUsers(anonymous, signIn(anonymous, Users.ADMIN, server.adminPassword()));
    }

    /** {@code count} clients named {@code <prefix>01...}, each its own user in {@code project}. */
    List<Caller> clients(String prefix, int count, String project) throws IOException, InterruptedException {
        List<Caller> clients = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String username = String.format(Locale.ROOT, "%s%02d", prefix, i + 1);
            clients.add(user(username, project, ROLES.get(i % ROLES.size()), i % 2 == 0));
        }
        return clients;
    }

    /**
     * {@code count} clients of {@code perClient} new users each, in {@code project}, roles and sign-ins taken in
     * turn as {@link #clients} does.
     */
    List<List<Caller>> viewers(String prefix, int count, int perClient, String project) throws IOException,
            InterruptedException {
        List<Caller> all = clients(prefix, count * perClient, project);
        List<List<Caller>> clients = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            clients.add(List.copyOf(all.subList(i * perClient, (i + 1) * perClient)));
        }
        return clients;
    }

    /** A new user with {@code role} in {@code project}, signed in by cookie or by a new token. */
    Caller user(String username, String project, String role, boolean byCookie) throws IOException,
            InterruptedException {
        expect(admin.post("/users", json("username", username, "password", PASSWORD, "displayName",
                "Load " + username)), 201, "create user " + username);
        expect(admin.put("/projects/" + project + "/roles/" + username, json("role", role)), 200,
                "grant " + role + " to " + username);
        Caller session = signIn(anonymous, username, PASSWORD);
        if (byCookie) {
            return session;
        }
        HttpResponse<String> token = expect(session.post("/tokens", json("name", "load bench")), 201,
                "token of " + username);
        return anonymous.withToken(username, object(token).get("token").getAsString());
    }

    Caller admin() {
        return admin;
    }

    private static Caller signIn(Caller anonymous, String username, String password) throws IOException,
            InterruptedException {
        HttpResponse<String> answer = expect(anonymous.post("/session", json("username", username, "password",
                password)), 200, "sign in " + username);
        String setCookie = answer.headers().firstValue("Set-Cookie")
                .orElseThrow(() -> new IllegalStateException("no session cookie for " + username));
        return anonymous.withCookie(username, setCookie.substring(0, setCookie.indexOf(';')));
    }

    static HttpResponse<String> expect(HttpResponse<String> answer, int status, String what) {
        if (answer.statusCode() != status) {
            throw new IllegalStateException(what + ": HTTP " + answer.statusCode() + " " + answer.body());
        }
        return answer;
    }

    static JsonObject object(HttpResponse<String> answer) {
        return JsonParser.parseString(answer.body()).getAsJsonObject();
    }

    /** A flat JSON object of names and string values. */
    static String json(String... namesAndValues) {
        JsonObject json = new JsonObject();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            json.addProperty(namesAndValues[i], namesAndValues[i + 1]);
        }
        return json.toString();
    }
}
