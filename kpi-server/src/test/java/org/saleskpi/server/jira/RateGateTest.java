package org.saleskpi.server.jira;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateGateTest {
    private final RecordedWaits waits = new RecordedWaits();
    private final RateGate gate = new RateGate(waits.clock, waits);

    @Test
    void aQuotaPauseHoldsBackEveryEndpointUntilItIsOver() throws Exception {
        gate.pauseSite(Duration.ofSeconds(30));
        assertThat(gate.awaitTurn("POST /rest/api/3/search/jql")).isEqualTo(Duration.ofSeconds(30));
        // The clock has moved by those 30 s: the other endpoint may go at once.
        assertThat(gate.awaitTurn("POST /rest/api/3/issue/bulkfetch")).isZero();

        gate.pauseSite(Duration.ofSeconds(10));
        waits.clock.advance(Duration.ofSeconds(4));
        assertThat(gate.awaitTurn("GET /rest/api/2/field")).isEqualTo(Duration.ofSeconds(6)); // 10 - 4
    }

    @Test
    void aBurstSlowsOnlyItsEndpointAndDoublesWhileItRepeats() throws Exception {
        String bulk = "POST /rest/api/3/issue/bulkfetch";
        assertThat(gate.slowEndpoint(bulk, Duration.ZERO)).isEqualTo(Duration.ofSeconds(1));
        assertThat(gate.awaitTurn("POST /rest/api/3/search/jql")).isZero();
        assertThat(gate.awaitTurn(bulk)).isEqualTo(Duration.ofSeconds(1));
        assertThat(gate.slowEndpoint(bulk, Duration.ZERO)).isEqualTo(Duration.ofSeconds(2));
        assertThat(gate.awaitTurn(bulk)).isEqualTo(Duration.ofSeconds(2));
        assertThat(gate.slowEndpoint(bulk, Duration.ZERO)).isEqualTo(Duration.ofSeconds(4));
        // Retry-After longer than the doubling wins.
        assertThat(gate.slowEndpoint(bulk, Duration.ofSeconds(20))).isEqualTo(Duration.ofSeconds(20));
        // An answer ends the run of strikes.
        gate.passed(bulk);
        assertThat(gate.slowEndpoint(bulk, Duration.ZERO)).isEqualTo(Duration.ofSeconds(1));
    }
}
