package org.saleskpi.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.saleskpi.core.testing.HandClock;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.server.cluster.Eventually;
import org.saleskpi.store.Database;

/**
 * Two nodes on one database, each with its own memory of recent auth reads (ADR 0043): a request repeated on a node
 * does not read the database again, and a sign-out, a token revocation, a password change's sign-out everywhere and a
 * role taken away on one node count on that node at once and on the other within 2 seconds.
 */
class AuthAcrossNodesTest {
    /** The bound for another node. */
    private static final Duration ELSEWHERE = Duration.ofSeconds(2);

    private AuthTestServer a;
    private AuthTestServer b;

    private void start(Database database) throws Exception {
        a = AuthTestServer.start(database, new HandClock(Instant.parse("2026-03-02T09:00:00Z")),
                VerifiedPasswords.DEFAULT_TTL);
        b = AuthTestServer.besides(a, database);
        a.user("dana", "dana-secret-1");
    }

    @AfterEach
    void stop() throws Exception {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Database.class, names = {"H2_FILE", "POSTGRES"})
    void aSignOutOnOneNodeSignsOutOnTheOtherWithinTwoSeconds(Database database) throws Exception {
        start(database);
        String cookie = a.signIn("dana", "dana-secret-1");
        assertThat(b.call("GET", "/session").cookie(cookie).send().status()).isEqualTo(200);
        long reads = b.auth().sessions().databaseReads();
        assertThat(b.call("GET", "/session").cookie(cookie).send().status()).isEqualTo(200);
        // The second request was answered from memory: otherwise this test would prove nothing about it.
        assertThat(b.auth().sessions().databaseReads()).isEqualTo(reads);

        assertThat(a.call("DELETE", "/session").cookie(cookie).xsrf().send().status()).isEqualTo(204);

        assertThat(a.call("GET", "/session").cookie(cookie).send().status()).isEqualTo(401);
        assertThat(Eventually.within(() -> b.call("GET", "/session").cookie(cookie).send().status() == 401))
                .isLessThan(ELSEWHERE);
    }

    @ParameterizedTest
    @EnumSource(value = Database.class, names = {"H2_FILE", "POSTGRES"})
    void aTokenRevokedOnOneNodeIsRefusedByTheOtherWithinTwoSeconds(Database database) throws Exception {
        start(database);
        AuthTestServer.Answer created = a.call("POST", "/tokens").basic("dana", "dana-secret-1")
                .json("{\"name\":\"script\"}").send();
        String token = created.field("token");
        assertThat(b.call("GET", "/session").bearer(token).send().status()).isEqualTo(200);
        long reads = b.auth().tokens().databaseReads();
        assertThat(b.call("GET", "/session").bearer(token).send().status()).isEqualTo(200);
        assertThat(b.auth().tokens().databaseReads()).isEqualTo(reads);

        assertThat(a.call("DELETE", "/tokens/" + created.field("id")).basic("dana", "dana-secret-1").send().status())
                .isEqualTo(204);

        assertThat(a.call("GET", "/session").bearer(token).send().status()).isEqualTo(401);
        assertThat(Eventually.within(() -> b.call("GET", "/session").bearer(token).send().status() == 401))
                .isLessThan(ELSEWHERE);
    }

    @ParameterizedTest
    @EnumSource(value = Database.class, names = {"H2_FILE", "POSTGRES"})
    void signingOutEverywhereOnOneNodeEndsTheSessionsTheOtherNodeKnows(Database database) throws Exception {
        start(database);
        String cookie = a.signIn("dana", "dana-secret-1");
        assertThat(b.call("GET", "/session").cookie(cookie).send().status()).isEqualTo(200);

        // What a password change does to the user's other sessions.
        a.auth().sessions().endAllOf("dana", null);

        assertThat(a.call("GET", "/session").cookie(cookie).send().status()).isEqualTo(401);
        assertThat(Eventually.within(() -> b.call("GET", "/session").cookie(cookie).send().status() == 401))
                .isLessThan(ELSEWHERE);
    }

    @ParameterizedTest
    @EnumSource(value = Database.class, names = {"H2_FILE", "POSTGRES"})
    void aRoleTakenAwayOnOneNodeCountsOnTheOtherWithinTwoSecondsAndAGrantAtOnce(Database database) throws Exception {
        start(database);
        UserRef dana = new UserRef("dana", "dana");
        a.auth().roles().grant("XF", "dana", Role.EDITOR);
        assertThat(b.auth().access().canEditGoals(dana, "XF")).isTrue();
        long reads = b.auth().roles().databaseReads();
        assertThat(b.auth().access().canEditGoals(dana, "XF")).isTrue();
        assertThat(b.auth().roles().databaseReads()).isEqualTo(reads);

        a.auth().roles().grant("XF", "dana", Role.VIEWER);

        assertThat(a.auth().access().canEditGoals(dana, "XF")).isFalse();
        assertThat(Eventually.within(() -> !b.auth().access().canEditGoals(dana, "XF"))).isLessThan(ELSEWHERE);
        assertThat(b.auth().access().canBrowse(dana, "XF")).isTrue();

        a.auth().roles().revoke("XF", "dana");
        assertThat(Eventually.within(() -> !b.auth().access().canBrowse(dana, "XF"))).isLessThan(ELSEWHERE);
        // A role nobody had is never kept as missing: a new grant counts on the other node at once.
        a.auth().roles().grant("YF", "dana", Role.VIEWER);
        assertThat(b.auth().access().canBrowse(dana, "YF")).isTrue();
    }
}
