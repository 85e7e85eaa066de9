package org.saleskpi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HealthResourceTest {
    private static ApiServer api;

    @BeforeAll
    static void start() throws Exception {
        api = ApiServer.start(new TestAccess(), List.of(), List.of(), Map.of(), Clock.systemUTC());
    }

    @AfterAll
    static void stop() throws Exception {
        api.close();
    }

    @Test
    void healthAnswersWithoutAUser() {
        ApiServer.Answer answer = api.get(null, "/health");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().getAsJsonObject().get("status").getAsString()).isEqualTo("ok");
    }

    @Test
    void anUnknownPathIsAJsonNotFound() {
        ApiServer.Answer answer = api.get("alice", "/no-such-thing");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.errorFields()).containsExactly((String) null);
    }
}
