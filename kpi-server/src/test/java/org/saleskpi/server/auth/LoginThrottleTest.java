package org.saleskpi.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    private static AuthTestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = AuthTestServer.start();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void theCooldownStartsAt30SecondsAfterTheFifthFailureAndDoublesUpTo15Minutes() {
        assertThat(LoginThrottle.cooldown(4)).isZero();
        assertThat(LoginThrottle.cooldown(5)).isEqualTo(Duration.ofSeconds(30));
        assertThat(LoginThrottle.cooldown(6)).isEqualTo(Duration.ofSeconds(60));
        assertThat(LoginThrottle.cooldown(9)).isEqualTo(Duration.ofSeconds(480)); // 30 * 2^4
        assertThat(LoginThrottle.cooldown(10)).isEqualTo(Duration.ofMinutes(15)); // 960 s, capped at 900
        assertThat(LoginThrottle.cooldown(1000)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void theWaitIsWhatIsLeftOfTheCooldown() {
        Instant failed = Instant.parse("2026-03-02T09:00:00Z");

        assertThat(LoginThrottle.wait(5, failed, failed.plusSeconds(10))).contains(Duration.ofSeconds(20));
        assertThat(LoginThrottle.wait(5, failed, failed.plusSeconds(30))).isEmpty();
        assertThat(LoginThrottle.wait(4, failed, failed)).isEmpty();
    }

    @Test
    void afterFiveFailuresEvenTheRightPasswordWaitsForTheCooldown() {
        server.user("lena", "lena-secret-1");
        for (int i = 0; i < 5; i++) {
            assertThat(signIn("lena", "wrong-password").status()).isEqualTo(401);
        }

        AuthTestServer.Answer throttled = signIn("lena", "lena-secret-1");
        AuthTestServer.Answer basic = server.call("GET", "/session").basic("lena", "lena-secret-1").send();
        server.clock().advance(Duration.ofSeconds(31));
        AuthTestServer.Answer afterCooldown = signIn("lena", "lena-secret-1");

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.retryAfter()).contains("30");
        assertThat(throttled.setCookies()).isEmpty();
        assertThat(basic.status()).isEqualTo(429);
        assertThat(afterCooldown.status()).isEqualTo(200);
    }

    @Test
    void aSuccessResetsTheCountAndFurtherFailuresMakeTheWaitGrow() {
        server.user("ivan", "ivan-secret-1");
        for (int i = 0; i < 4; i++) {
            signIn("ivan", "wrong-password");
        }
        assertThat(signIn("ivan", "ivan-secret-1").status()).isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            assertThat(signIn("ivan", "wrong-password").status()).isEqualTo(401);
        }
        assertThat(signIn("ivan", "ivan-secret-1").retryAfter()).contains("30");

        server.clock().advance(Duration.ofSeconds(30));
        AuthTestServer.Answer sixthFailure = signIn("ivan", "wrong-password");
        AuthTestServer.Answer next = signIn("ivan", "ivan-secret-1");

        assertThat(sixthFailure.status()).isEqualTo(401);
        assertThat(next.status()).isEqualTo(429);
        assertThat(next.retryAfter()).contains("60");
    }

    @Test
    void throttlingOneUserLeavesOthersAlone() {
        server.user("max", "max-secret-1");
        server.user("zoe", "zoe-secret-1");
        for (int i = 0; i < 5; i++) {
            signIn("max", "wrong-password");
        }

        assertThat(signIn("max", "max-secret-1").status()).isEqualTo(429);
        assertThat(signIn("zoe", "zoe-secret-1").status()).isEqualTo(200);
    }

    private static AuthTestServer.Answer signIn(String username, String password) {
        return server.call("POST", "/session")
                .json("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}").send();
    }
}
