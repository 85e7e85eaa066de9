package org.saleskpi.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.saleskpi.web.RawHttp;
import org.saleskpi.web.guard.UnreadBody;

/** Cookie, Basic and Bearer sign-in, and the XSRF rule for cookie-signed writes. */
class AuthFilterTest {
    private static AuthTestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = AuthTestServer.start();
        server.user("omar", "omar-secret-1");
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void aWriteSignedInByCookieWithoutTheXsrfHeaderIsRefused() {
        String session = server.signIn("omar", "omar-secret-1");
        int tokensBefore = server.auth().tokens().of("omar").size();

        AuthTestServer.Answer answer = server.call("POST", "/tokens").cookie(session).json("{\"name\":\"ci\"}").send();

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.json().getAsJsonObject().getAsJsonArray("errors").get(0).getAsJsonObject()
                .get("messageKey").getAsString()).isEqualTo("saleskpi.auth.xsrf");
        assertThat(server.auth().tokens().of("omar")).hasSize(tokensBefore);
    }

    @Test
    void aWriteSignedInByCookieWithTheXsrfHeaderGoesThrough() {
        String session = server.signIn("omar", "omar-secret-1");

        AuthTestServer.Answer answer = server.call("POST", "/tokens").cookie(session).xsrf()
                .json("{\"name\":\"ci\"}").send();

        assertThat(answer.status()).isEqualTo(201);
    }

    @Test
    void aReadSignedInByCookieNeedsNoXsrfHeader() {
        String session = server.signIn("omar", "omar-secret-1");

        assertThat(server.call("GET", "/tokens").cookie(session).send().status()).isEqualTo(200);
    }

    @Test
    void basicAuthenticationSignsInAndWritesWithoutTheXsrfHeader() {
        AuthTestServer.Answer who = server.call("GET", "/session").basic("omar", "omar-secret-1").send();
        AuthTestServer.Answer write = server.call("POST", "/tokens").basic("omar", "omar-secret-1")
                .json("{\"name\":\"script\"}").send();

        assertThat(who.status()).isEqualTo(200);
        assertThat(who.field("key")).isEqualTo("omar");
        assertThat(write.status()).isEqualTo(201);
        assertThat(who.setCookies()).isEmpty();
    }

    @Test
    void wrongBasicCredentialsAreA401AtOnce() {
        AuthTestServer.Answer answer = server.call("GET", "/session").basic("nobody", "whatever-1").send();

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.errorFields()).containsExactly((String) null);
    }

    @Test
    void aBearerTokenWorksUntilItIsRevoked() {
        String session = server.signIn("omar", "omar-secret-1");
        AuthTestServer.Answer created = server.call("POST", "/tokens").cookie(session).xsrf()
                .json("{\"name\":\"nightly report\"}").send();
        String token = created.field("token");
        String id = created.field("id");

        AuthTestServer.Answer before = server.call("GET", "/session").bearer(token).send();
        AuthTestServer.Answer write = server.call("POST", "/tokens").bearer(token).json("{\"name\":\"other\"}").send();
        AuthTestServer.Answer revoked = server.call("DELETE", "/tokens/" + id).bearer(token).send();
        AuthTestServer.Answer after = server.call("GET", "/session").bearer(token).send();

        assertThat(before.status()).isEqualTo(200);
        assertThat(before.field("key")).isEqualTo("omar");
        assertThat(write.status()).isEqualTo(201);
        assertThat(revoked.status()).isEqualTo(204);
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.firstMessage()).contains("revoked");
    }

    @Test
    void anUnknownBearerTokenIsA401() {
        AuthTestServer.Answer answer = server.call("GET", "/session").bearer(AccessTokens.PREFIX + "made-up").send();

        assertThat(answer.status()).isEqualTo(401);
    }

    @Test
    void anUnknownSessionCookieIsAnonymous() {
        AuthTestServer.Answer answer = server.call("GET", "/session").cookie("not-a-session").send();

        assertThat(answer.status()).isEqualTo(401);
    }

    @Test
    void theRequestsUserIsForgottenOnceItIsAnswered() {
        server.call("GET", "/session").basic("omar", "omar-secret-1").send();

        // The filter ran on a Jetty thread; this thread, and every pooled one, is anonymous again.
        assertThat(server.auth().access().currentUser()).isEmpty();
        assertThat(server.call("GET", "/session").send().status()).isEqualTo(401);
    }

    @Test
    void aRefusedWritesBodyIsReadSoTheConnectionServesTheNextRequest() throws Exception {
        byte[] body = "{\"name\":\"export\"}".getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket(server.base().getHost(), server.base().getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(RawHttp.head(server.base(), "POST", "/tokens", body.length,
                    "Authorization: Bearer " + AccessTokens.PREFIX + "made-up"));
            out.flush();
            // The filter refuses on the head alone; the body is still on its way.
            Thread.sleep(300);
            out.write(body);
            out.flush();
            RawHttp.Answer refused = RawHttp.Answer.read(socket.getInputStream());

            out.write(RawHttp.head(server.base(), "GET", "/session", 0));
            out.flush();
            RawHttp.Answer next = RawHttp.Answer.read(socket.getInputStream());

            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.header("connection")).isNotEqualToIgnoringCase(UnreadBody.CLOSE);
            // Anonymous: answered, on the same connection.
            assertThat(next.status()).isEqualTo(401);
        }
    }
}
