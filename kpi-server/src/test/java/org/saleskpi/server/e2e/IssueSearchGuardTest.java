package org.saleskpi.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.testing.HandClock;
import org.saleskpi.server.RunningServer;

/**
 * The server's issue search, which gadgets' drill-downs and the issue navigator read, runs behind the same
 * guardrails as gadget data: one user's searches count against their rate (the server's 600 a minute). The clock
 * stands still, so no token comes back during the test.
 */
class IssueSearchGuardTest {
    private static RunningServer server;
    private static Client admin;

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.start(RunningServer.temporaryOptions().withDemo(false), true,
                new HandClock(Instant.parse("2026-12-05T10:00:00Z")));
        admin = Api.of(server).admin();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void theSearchAfterAMinutesWorthIs429WithAnErrorOnRate() {
        int answered = 0;
        Answer last = admin.get("/issues?jql=");
        while (last.status() == 200 && answered < 700) {
            answered++;
            last = admin.get("/issues?jql=");
        }

        assertThat(answered).isEqualTo(600);
        assertThat(last.status()).as(last.body()).isEqualTo(429);
        assertThat(last.header("Retry-After")).isPresent();
        assertThat(last.errorFields()).containsExactly("rate");
    }
}
