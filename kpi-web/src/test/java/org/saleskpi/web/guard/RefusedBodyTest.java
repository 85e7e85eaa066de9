package org.saleskpi.web.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.testing.HandClock;
import org.saleskpi.web.ApiServer;
import org.saleskpi.web.RawHttp;
import org.saleskpi.web.RawHttp.Answer;
import org.saleskpi.web.SalesBook;

/**
 * A request refused before its resource reads the body (429 here) leaves its connection usable: the next request
 * sent on the same connection is answered. Spoken over a raw socket, so that the body can arrive after the server
 * could already have answered, which is when a server that does not read it closes the connection.
 */
class RefusedBodyTest {
    private final HandClock clock = new HandClock(Instant.parse("2026-12-05T10:00:00Z"));
    private ApiServer api;
    private URI base;

    @BeforeEach
    void start() throws Exception {
        // One figure a minute; adam spends it on the first gadget request below.
        api = ApiServer.start(SalesBook.access(), SalesBook.issues(), SalesBook.fields(), SalesBook.PEOPLE,
                SalesBook.CLOCK, (session, services) -> List.of(),
                new Guardrails(() -> new Limits(4, 1), clock), UnaryOperator.identity());
        base = URI.create(api.base());
        ApiServer.Answer created = api.post("adam", "/profiles", SalesBook.profileJson("Sales", "SALES",
                "project = SALES"));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        long profile = created.json().getAsJsonObject().get("id").getAsLong();
        assertThat(api.get("adam", "/gadgets/line/data?kpi=won-revenue&profile=" + profile).status()).isEqualTo(200);
    }

    @AfterEach
    void stop() throws Exception {
        api.close();
    }

    @Test
    void aBodyArrivingAfterTheRefusalIsReadAndTheConnectionServesTheNextRequest() throws Exception {
        byte[] body = SalesBook.profileJson("Draft", "SALES", "project = SALES").getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();

            out.write(head("POST", "/profiles/preview", body.length));
            out.flush();
            // The guard refuses on the head alone; the body is still on its way.
            Thread.sleep(300);
            out.write(body);
            out.flush();
            Answer refused = Answer.read(in);

            out.write(head("GET", "/kpis", 0));
            out.flush();
            Answer next = Answer.read(in);

            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.header("connection")).isNotEqualToIgnoringCase(UnreadBody.CLOSE);
            assertThat(next.status()).as(next.body()).isEqualTo(200);
        }
    }

    @Test
    void aBodyTooLongToWaitForIsRefusedWithConnectionClose() throws Exception {
        byte[] body = new byte[UnreadBody.MAX_DISCARDED + 1];
        Arrays.fill(body, (byte) ' ');
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(head("POST", "/profiles/preview", body.length));
            out.write(body);
            out.flush();

            Answer refused = Answer.read(socket.getInputStream());

            assertThat(refused.status()).isEqualTo(429);
            // The client knows not to send its next request on this connection.
            assertThat(refused.header("connection")).isEqualToIgnoringCase(UnreadBody.CLOSE);
        }
    }

    private byte[] head(String method, String path, int length) {
        return RawHttp.head(base, method, path, length, "X-Test-User: adam");
    }
}
