package org.saleskpi.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.saleskpi.server.e2e.Api.json;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.saleskpi.server.RunningServer;

/** Signing in to the real server by cookie, Basic and token, and what each may do, over HTTP. */
class SignInTest {
    private static RunningServer server;
    private static Api api;

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.start(RunningServer.temporaryOptions().withDemo(false), true);
        api = Api.of(server);
        api.user("sam", "Sam Signer");
        api.user("tess", "Tess Token");
        api.user("lou", "Lou Logout");
        api.user("gus", "Gus Guesser");
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void aCookieWriteNeedsTheXsrfHeaderAndWritesNothingWithoutIt() {
        Client sam = api.signIn("sam", Api.PASSWORD);
        assertThat(sam.get("/session").text("username")).isEqualTo("sam");

        Answer forged = sam.withoutXsrfHeader().post("/tokens", json("name", "forged"));

        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.body()).contains("X-Atlassian-Token");
        assertThat(sam.get("/tokens").array()).isEmpty();

        Answer genuine = sam.post("/tokens", json("name", "from the page"));
        assertThat(genuine.status()).as(genuine.body()).isEqualTo(201);
        assertThat(sam.get("/tokens").array()).hasSize(1);
    }

    @Test
    void theSessionCookieIsOutOfReachOfScriptsAndOtherSites() {
        Answer signedIn = api.anonymous().post("/session", json("username", "sam", "password", Api.PASSWORD));

        assertThat(signedIn.header("Set-Cookie").orElseThrow()).startsWith("SALESKPI_SESSION=")
                .contains("; HttpOnly").contains("; SameSite=Lax").contains("; Path=/");
        assertThat(signedIn.text("username")).isEqualTo("sam");
    }

    @Test
    void basicWritesNeedNoXsrfHeaderAndATokenWorksUntilRevoked() {
        Client tess = api.basic("tess", Api.PASSWORD);

        Answer created = tess.post("/tokens", json("name", "nightly export"));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String secret = created.text("token");
        assertThat(secret).startsWith("skpat_");
        Client script = api.bearer(secret);
        assertThat(script.get("/session").text("username")).isEqualTo("tess");
        assertThat(script.post("/tokens", json("name", "made by the script")).status())
                .describedAs("a token write needs no XSRF header either").isEqualTo(201);

        assertThat(tess.delete("/tokens/" + created.number("id")).status()).isEqualTo(204);

        Answer afterRevoke = script.get("/session");
        assertThat(afterRevoke.status()).isEqualTo(401);
        assertThat(afterRevoke.body()).contains("revoked");
    }

    @Test
    void anonymousCallersSeeHealthOnly() {
        Client nobody = api.anonymous();

        assertThat(nobody.get("/health").status()).isEqualTo(200);
        assertThat(nobody.get("/goals?project=ACME").status()).isEqualTo(401);
        assertThat(nobody.get("/session").status()).isEqualTo(401);
        assertThat(nobody.post("/users", json("username", "intruder", "password", Api.PASSWORD)).status())
                .isEqualTo(401);
    }

    @Test
    void signingOutEndsTheSession() {
        Client lou = api.signIn("lou", Api.PASSWORD);
        assertThat(lou.get("/session").status()).isEqualTo(200);

        Answer signedOut = lou.delete("/session");

        assertThat(signedOut.status()).isEqualTo(204);
        assertThat(signedOut.header("Set-Cookie").orElseThrow()).contains("Max-Age=0");
        assertThat(lou.get("/session").status()).describedAs("the old cookie no longer signs in").isEqualTo(401);
    }

    @Test
    void fiveWrongPasswordsThrottleEvenTheRightOne() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(api.basic("gus", "wrong guess " + attempt).get("/session").status()).isEqualTo(401);
        }

        Answer sixth = api.basic("gus", Api.PASSWORD).get("/session");
        Answer byForm = api.anonymous().post("/session", json("username", "gus", "password", Api.PASSWORD));

        assertThat(sixth.status()).isEqualTo(429);
        assertThat(Long.parseLong(sixth.header("Retry-After").orElseThrow())).isBetween(1L, 30L);
        assertThat(byForm.status()).isEqualTo(429);
        assertThat(byForm.header("Set-Cookie")).isEmpty();
        assertThat(api.basic("sam", Api.PASSWORD).get("/session").status())
                .describedAs("other users are not throttled").isEqualTo(200);
    }
}
