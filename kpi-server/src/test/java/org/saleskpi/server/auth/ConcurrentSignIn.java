package org.saleskpi.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.saleskpi.server.RunningServer;

/**
 * Many clients signing in at the same moment, over real HTTP against the real server: HTTP Basic,
 * tokens and {@code POST /session} never answer 500, the failed-login count loses no failure,
 * throttling still locks a guessed-at user out, and the cache of verified passwords never lets an
 * old password or a locked-out user in. {@code ConcurrentSignInOnH2Test} and
 * {@code ConcurrentSignInOnPostgresTest} run it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ConcurrentSignIn {
    static final int CLIENTS = 16;
    private static final AtomicInteger NEXT_USER = new AtomicInteger();

    private final HttpClient client = HttpClient.newHttpClient();
    private RunningServer server;
    private String adminPassword;

    abstract RunningServer start() throws Exception;

    /** Whether the database has PostgreSQL's {@code xmin}, the id of the transaction that last wrote a row. */
    abstract boolean hasRowVersions();

    @BeforeAll
    void startServer() throws Exception {
        server = start();
        adminPassword = server.adminPassword();
    }

    @AfterAll
    void stopServer() throws Exception {
        server.close();
    }

    @Test
    void sixteenClientsWithTheRightPasswordAllGet200AndWriteNothing() throws Exception {
        String user = newUser("right-password");
        long rowVersion = rowVersion(user);

        Map<Integer, Long> statuses = concurrently(CLIENTS, 8, i -> basic("GET", "/session", user, "right-password"));

        assertThat(statuses).containsOnlyKeys(200).containsEntry(200, (long) CLIENTS * 8);
        assertThat(failedLogins(user)).isZero();
        if (hasRowVersions()) {
            assertThat(rowVersion(user)).describedAs("the user's row was not written").isEqualTo(rowVersion);
        }
    }

    @Test
    void aFailureBeforeABurstOfSuccessesIsResetWithout500() throws Exception {
        String user = newUser("right-password");
        assertThat(send(basic("GET", "/session", user, "wrong-password")).statusCode()).isEqualTo(401);
        assertThat(failedLogins(user)).isOne();

        Map<Integer, Long> statuses = concurrently(CLIENTS, 4, i -> basic("GET", "/session", user, "right-password"));

        assertThat(statuses).containsOnlyKeys(200);
        assertThat(failedLogins(user)).isZero();
    }

    @Test
    void concurrentWrongPasswordsCountEveryFailureAndLockTheUserOutWithout500() throws Exception {
        String user = newUser("right-password");

        Map<Integer, Long> statuses = concurrently(CLIENTS, 2, i -> basic("GET", "/session", user, "guess-" + i));

        assertThat(statuses.keySet()).describedAs("refused or throttled, never an error").isSubsetOf(401, 429);
        // Each 401 was a checked guess; each must have been counted, none lost to a concurrent one.
        assertThat(failedLogins(user)).isEqualTo(statuses.get(401).intValue())
                .isGreaterThanOrEqualTo(LoginThrottle.FREE_FAILURES);
        HttpResponse<String> owner = send(basic("GET", "/session", user, "right-password"));
        assertThat(owner.statusCode()).isEqualTo(429);
        assertThat(owner.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void rightAndWrongPasswordsAtTheSameTimeNeverAnswer500() throws Exception {
        String user = newUser("right-password");

        Map<Integer, Long> statuses = concurrently(CLIENTS, 4,
                i -> basic("GET", "/session", user, i % 2 == 0 ? "right-password" : "guess-" + i));

        assertThat(statuses).containsKey(200).containsKey(401).doesNotContainKey(500);
        assertThat(statuses.keySet()).isSubsetOf(200, 401, 429);
    }

    @Test
    void afterAPasswordChangeTheCachedOldPasswordIsRefusedAtOnce() throws Exception {
        String user = newUser("old-password");
        assertThat(send(basic("GET", "/session", user, "old-password")).statusCode()).isEqualTo(200);
        assertThat(send(basic("GET", "/session", user, "old-password")).statusCode()).isEqualTo(200);

        HttpResponse<String> change = send(basic("PUT", "/users/" + user + "/password", user, "old-password",
                "{\"oldPassword\":\"old-password\",\"password\":\"new-password\"}"));

        assertThat(change.statusCode()).isEqualTo(204);
        assertThat(send(basic("GET", "/session", user, "old-password")).statusCode()).isEqualTo(401);
        assertThat(send(basic("GET", "/session", user, "new-password")).statusCode()).isEqualTo(200);
    }

    @Test
    void anAdministratorsResetRefusesTheCachedOldPasswordAtOnce() throws Exception {
        String user = newUser("old-password");
        assertThat(send(basic("GET", "/session", user, "old-password")).statusCode()).isEqualTo(200);

        HttpResponse<String> reset = send(basic("PUT", "/users/" + user + "/password", "admin", adminPassword,
                "{\"password\":\"reset-password\"}"));

        assertThat(reset.statusCode()).isEqualTo(204);
        assertThat(send(basic("GET", "/session", user, "old-password")).statusCode()).isEqualTo(401);
        assertThat(send(basic("GET", "/session", user, "reset-password")).statusCode()).isEqualTo(200);
    }

    @Test
    void aLockedOutUsersCachedPasswordIsRefused() throws Exception {
        String user = newUser("right-password");
        assertThat(send(basic("GET", "/session", user, "right-password")).statusCode()).isEqualTo(200);
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            assertThat(send(basic("GET", "/session", user, "guess-" + i)).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> owner = send(basic("GET", "/session", user, "right-password"));

        assertThat(owner.statusCode()).isEqualTo(429);
    }

    @Test
    void sixteenClientsWithOneAccessTokenAllGet200() throws Exception {
        String user = newUser("right-password");
        HttpResponse<String> created = send(basic("POST", "/tokens", user, "right-password", "{\"name\":\"script\"}"));
        assertThat(created.statusCode()).isEqualTo(201);
        String token = com.google.gson.JsonParser.parseString(created.body()).getAsJsonObject().get("token")
                .getAsString();

        Map<Integer, Long> statuses = concurrently(CLIENTS, 4, i -> request("GET", "/session", null)
                .header("Authorization", "Bearer " + token).build());

        assertThat(statuses).containsOnlyKeys(200);
    }

    @Test
    void sixteenBrowsersSigningInAtOnceAllGetASession() throws Exception {
        String user = newUser("right-password");
        String body = "{\"username\":\"" + user + "\",\"password\":\"right-password\"}";

        Map<Integer, Long> statuses = concurrently(CLIENTS, 2, i -> request("POST", "/session", body).build());

        assertThat(statuses).containsOnlyKeys(200);
    }

    /** Sends {@code clients * each} requests from {@code clients} threads started together; counts by status. */
    private Map<Integer, Long> concurrently(int clients, int each, IntFunction<HttpRequest> requestNumber)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<Integer>>> results = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int first = c * each;
                Callable<List<Integer>> client = () -> {
                    start.await();
                    List<Integer> statuses = new ArrayList<>();
                    for (int i = first; i < first + each; i++) {
                        statuses.add(send(requestNumber.apply(i)).statusCode());
                    }
                    return statuses;
                };
                results.add(pool.submit(client));
            }
            start.countDown();
            List<Integer> all = new ArrayList<>();
            for (Future<List<Integer>> result : results) {
                all.addAll(result.get(5, TimeUnit.MINUTES));
            }
            return all.stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()));
        } finally {
            pool.shutdownNow();
        }
    }

    private String newUser(String password) throws Exception {
        String user = "client" + NEXT_USER.incrementAndGet();
        HttpResponse<String> created = send(basic("POST", "/users", "admin", adminPassword,
                "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}"));
        assertThat(created.statusCode()).describedAs(created.body()).isEqualTo(201);
        return user;
    }

    private HttpRequest basic(String method, String path, String user, String password) {
        return basic(method, path, user, password, null);
    }

    private HttpRequest basic(String method, String path, String user, String password, String json) {
        return request(method, path, json).header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8))).build();
    }

    private HttpRequest.Builder request(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.rest(path));
        if (json == null) {
            return request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return request.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(request.uri().toString(), e);
        }
    }

    private int failedLogins(String user) throws SQLException {
        return Integer.parseInt(userColumn(user, "\"FAILED_LOGINS\""));
    }

    private long rowVersion(String user) throws SQLException {
        return hasRowVersions() ? Long.parseLong(userColumn(user, "xmin")) : 0;
    }

    private String userColumn(String user, String column) throws SQLException {
        try (Connection connection = server.server().database().dataSource().getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT " + column + " FROM \"AO_489536_USER\" WHERE \"USER_KEY\" = ?")) {
            query.setString(1, user);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).describedAs("user " + user + " exists").isTrue();
                return row.getString(1);
            }
        }
    }
}
