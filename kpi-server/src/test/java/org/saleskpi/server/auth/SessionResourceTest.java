package org.saleskpi.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SessionResourceTest {
    private static AuthTestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = AuthTestServer.start();
        server.user("sara", "sara-secret-1");
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void signingInAnswersTheUserAndSetsAnHttpOnlySameSiteLaxCookie() {
        AuthTestServer.Answer answer = server.call("POST", "/session")
                .json("{\"username\":\"Sara\",\"password\":\"sara-secret-1\"}").send();

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.field("key")).isEqualTo("sara");
        assertThat(answer.setCookies()).singleElement().satisfies(cookie -> {
            assertThat(cookie).startsWith("SALESKPI_SESSION=");
            assertThat(cookie).containsIgnoringCase("; HttpOnly").containsIgnoringCase("; SameSite=Lax")
                    .containsIgnoringCase("; Path=/");
            // Plain http here: a Secure cookie would never come back.
            assertThat(cookie).doesNotContainIgnoringCase("Secure");
        });
    }

    @Test
    void theSessionCookieSignsInLaterRequests() {
        String session = server.signIn("sara", "sara-secret-1");

        AuthTestServer.Answer answer = server.call("GET", "/session").cookie(session).send();

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.field("username")).isEqualTo("sara");
    }

    @Test
    void anUnknownUserAndAWrongPasswordGetTheSameAnswer() {
        AuthTestServer.Answer wrongPassword = server.call("POST", "/session")
                .json("{\"username\":\"root\",\"password\":\"not-the-password\"}").send();
        AuthTestServer.Answer unknownUser = server.call("POST", "/session")
                .json("{\"username\":\"nobody\",\"password\":\"not-the-password\"}").send();

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownUser.status()).isEqualTo(401);
        assertThat(unknownUser.text()).isEqualTo(wrongPassword.text());
        assertThat(wrongPassword.setCookies()).isEmpty();
        server.auth().users().setPassword("root", AuthTestServer.ROOT_PASSWORD); // forget the failure
    }

    @Test
    void anAnonymousRequestForTheCurrentUserIs401() {
        AuthTestServer.Answer answer = server.call("GET", "/session").send();

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.errorFields()).containsExactly((String) null);
    }

    @Test
    void signingOutEndsTheSessionOnTheServerAndClearsTheCookie() {
        String session = server.signIn("sara", "sara-secret-1");
        int before = server.column("SELECT ID_HASH FROM AO_489536_SESSION").size();

        AuthTestServer.Answer answer = server.call("DELETE", "/session").cookie(session).xsrf().send();

        assertThat(answer.status()).isEqualTo(204);
        assertThat(answer.setCookies()).singleElement().asString().startsWith("SALESKPI_SESSION=;")
                .contains("Max-Age=0");
        assertThat(server.column("SELECT ID_HASH FROM AO_489536_SESSION")).hasSize(before - 1);
        assertThat(server.call("GET", "/session").cookie(session).send().status()).isEqualTo(401);
    }

    @Test
    void theDatabaseKeepsOnlyTheHashOfTheSessionId() {
        String session = server.signIn("sara", "sara-secret-1");

        assertThat(server.column("SELECT ID_HASH FROM AO_489536_SESSION"))
                .doesNotContain(session).contains(Secrets.sha256(session));
    }

    @Test
    void aSessionExpires() {
        String session = server.signIn("sara", "sara-secret-1");

        server.clock().advance(Sessions.DEFAULT_LIFETIME.plusSeconds(1));

        assertThat(server.call("GET", "/session").cookie(session).send().status()).isEqualTo(401);
    }
}
