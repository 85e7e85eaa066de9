package org.saleskpi.web.guard;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.issue.IssueQuery;
import org.saleskpi.core.issue.IssueSource;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.issue.IssuesNotReady;
import org.saleskpi.core.testing.HandClock;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.web.ApiServer;
import org.saleskpi.web.SalesBook;

/**
 * The guardrails and the warming answer over real HTTP (Jetty and Jersey), on the resources that compute figures,
 * with {@link SalesBook}'s SALES project. vera may browse it.
 */
class GuardedRequestsTest {
    private static final String GADGET = "/gadgets/line/data?kpi=won-revenue&profile=";
    private final HandClock clock = new HandClock(Instant.parse("2026-12-05T10:00:00Z"));
    private ApiServer api;

    @AfterEach
    void stop() throws Exception {
        if (api != null) {
            api.close();
        }
    }

    private long start(Guardrails guardrails, UnaryOperator<IssueSource> issues) throws Exception {
        api = ApiServer.start(SalesBook.access(), SalesBook.issues(), SalesBook.fields(), SalesBook.PEOPLE,
                SalesBook.CLOCK, (session, services) -> java.util.List.of(), guardrails, issues);
        ApiServer.Answer created = api.post("adam", "/profiles", SalesBook.profileJson("Sales", "SALES",
                "project = SALES"));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().getAsJsonObject().get("id").getAsLong();
    }

    @Test
    void aUserOverTheRateGets429WithRetryAfterAndAnErrorOnRate() throws Exception {
        long profile = start(new Guardrails(() -> new Limits(4, 2), clock), UnaryOperator.identity());

        assertThat(api.get("vera", GADGET + profile).status()).isEqualTo(200);
        assertThat(api.get("vera", "/kpis/won-revenue?profile=" + profile).status()).isEqualTo(200);
        ApiServer.Answer refused = api.get("vera", GADGET + profile);

        assertThat(refused.status()).isEqualTo(429);
        // 2 a minute: the next request is earned 30 s after the bucket ran dry.
        assertThat(refused.header("Retry-After")).isEqualTo("30");
        assertThat(refused.errorFields()).containsExactly("rate");
        JsonObject error = refused.json().getAsJsonObject().getAsJsonArray("errors").get(0).getAsJsonObject();
        assertThat(error.get("messageKey").getAsString()).isEqualTo("saleskpi.guard.rate");
        assertThat(error.get("message").getAsString()).contains("2 figures a minute").contains("30 s");

        // Another user has their own minute; vera's next one comes back as the clock moves on.
        assertThat(api.get("adam", GADGET + profile).status()).isEqualTo(200);
        clock.advance(Duration.ofSeconds(30));
        assertThat(api.get("vera", GADGET + profile).status()).isEqualTo(200);
    }

    @Test
    void goalProgressIssueTargetsAndProfilePreviewsAreGuardedLikeGadgetData() throws Exception {
        long profile = start(new Guardrails(() -> new Limits(4, 1), clock), UnaryOperator.identity());
        // Saving a goal is a write: not counted, though its answer is measured.
        ApiServer.Answer goal = api.post("adam", "/goals", """
                {"project":"SALES","name":"Spring","startDate":"2024-04-01","dueDate":"2024-06-30",
                 "targets":[{"name":"Deals","kind":"issues","jql":"project = SALES"}]}""");
        assertThat(goal.status()).as(goal.text()).isEqualTo(201);
        long goalId = goal.json().getAsJsonObject().get("id").getAsLong();
        Map<String, Supplier<ApiServer.Answer>> computing = new LinkedHashMap<>();
        computing.put("GET /goals/{id}", () -> api.get("adam", "/goals/" + goalId));
        computing.put("GET /issue-targets", () -> api.get("adam", "/issue-targets?issue=SALES-1"));
        computing.put("POST /profiles/preview", () -> api.post("adam", "/profiles/preview",
                SalesBook.profileJson("Draft", "SALES", "project = SALES")));

        for (Map.Entry<String, Supplier<ApiServer.Answer>> endpoint : computing.entrySet()) {
            // One request a minute: a new minute's request spent on gadget data leaves none for the endpoint.
            clock.advance(Duration.ofMinutes(1));
            assertThat(api.get("adam", GADGET + profile).status()).isEqualTo(200);
            ApiServer.Answer refused = endpoint.getValue().get();
            assertThat(refused.status()).as(endpoint.getKey()).isEqualTo(429);
            assertThat(refused.header("Retry-After")).as(endpoint.getKey()).isEqualTo("60");
            assertThat(refused.errorFields()).as(endpoint.getKey()).containsExactly("rate");

            clock.advance(Duration.ofMinutes(1));
            ApiServer.Answer answered = endpoint.getValue().get();
            assertThat(answered.status()).as(endpoint.getKey() + ": " + answered.text()).isEqualTo(200);
        }
    }

    @Test
    void requestsThatDoNotComputeAreNotCounted() throws Exception {
        long profile = start(new Guardrails(() -> new Limits(4, 1), clock), UnaryOperator.identity());

        for (int i = 0; i < 5; i++) {
            assertThat(api.get("vera", "/gadgets/line/validate?kpi=won-revenue&profile=" + profile).status())
                    .isEqualTo(200);
            assertThat(api.get("vera", "/kpis").status()).isEqualTo(200);
        }
        assertThat(api.get("vera", GADGET + profile).status()).isEqualTo(200);
        assertThat(api.get("vera", GADGET + profile).status()).isEqualTo(429);
    }

    @Test
    void noFreeSlotWithinTheWaitIs503AndTheSlotComesBackAfterEachAnswer() throws Exception {
        Guardrails guardrails = new Guardrails(() -> new Limits(1, 1000), clock, Duration.ofMillis(200));
        long profile = start(guardrails, UnaryOperator.identity());

        // Each answered request gives its slot back: three in a row pass one slot.
        for (int i = 0; i < 3; i++) {
            assertThat(api.get("vera", GADGET + profile).status()).isEqualTo(200);
        }
        assertThat(guardrails.running()).isZero();

        Guardrails.Admitted held = (Guardrails.Admitted) guardrails.admit("someone computing");
        ApiServer.Answer busy = api.get("vera", "/kpis/won-revenue?profile=" + profile);
        assertThat(busy.status()).isEqualTo(503);
        assertThat(busy.header("Retry-After")).isEqualTo(String.valueOf(GuardFilter.BUSY_RETRY_SECONDS));
        JsonObject error = busy.json().getAsJsonObject().getAsJsonArray("errors").get(0).getAsJsonObject();
        assertThat(error.get("messageKey").getAsString()).isEqualTo("saleskpi.guard.busy");
        assertThat(error.get("message").getAsString()).contains("(1 at once)");

        held.slot().close();
        assertThat(api.get("vera", "/kpis/won-revenue?profile=" + profile).status()).isEqualTo(200);
    }

    @Test
    void aFailedComputationGivesItsSlotBackToo() throws Exception {
        Guardrails guardrails = new Guardrails(() -> new Limits(1, 1000), clock, Duration.ofMillis(200));
        long profile = start(guardrails, UnaryOperator.identity());

        assertThat(api.get("vera", GADGET + profile + "&period=not-a-period").status()).isEqualTo(400);
        assertThat(api.get("vera", "/kpis/no-such-kpi?profile=" + profile).status()).isEqualTo(404);
        assertThat(guardrails.running()).isZero();
        assertThat(api.get("vera", GADGET + profile).status()).isEqualTo(200);
    }

    @Test
    void anonymousRequestsAre401WithoutSpendingAnything() throws Exception {
        Guardrails guardrails = new Guardrails(() -> new Limits(1, 1), clock, Duration.ofMillis(200));
        long profile = start(guardrails, UnaryOperator.identity());

        assertThat(api.get(null, GADGET + profile).status()).isEqualTo(401);
        assertThat(api.get(null, GADGET + profile).status()).isEqualTo(401);
        assertThat(guardrails.running()).isZero();
    }

    @Test
    void aSourceStillWarmingUpIs503WithItsPercent() throws Exception {
        long profile = start(new Guardrails(() -> new Limits(4, 1000), clock), issues -> new Warming(42));

        for (String path : new String[] {GADGET + profile, "/kpis/won-revenue?profile=" + profile}) {
            ApiServer.Answer answer = api.get("vera", path);
            assertThat(answer.status()).as(path).isEqualTo(503);
            assertThat(answer.header("Retry-After")).isEqualTo("5");
            JsonObject body = answer.json().getAsJsonObject();
            assertThat(body.get("warming").getAsInt()).isEqualTo(42);
            JsonObject error = body.getAsJsonArray("errors").get(0).getAsJsonObject();
            assertThat(error.get("messageKey").getAsString()).isEqualTo("saleskpi.cache.warming");
            assertThat(error.get("message").getAsString()).isEqualTo("Warming up the issue cache: 42 %.");
        }
    }

    /** An issue source whose issues are still being read. */
    private record Warming(int percent) implements IssueSource {
        @Override
        public IssueTable load(IssueQuery query) {
            throw new IssuesNotReady(percent);
        }

        @Override
        public long count(String jql, UserRef user) {
            throw new IssuesNotReady(percent);
        }
    }
}
