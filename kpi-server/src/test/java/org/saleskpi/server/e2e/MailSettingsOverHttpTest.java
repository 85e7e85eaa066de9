package org.saleskpi.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.saleskpi.server.e2e.Api.json;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.saleskpi.server.RunningServer;

/**
 * The SMTP settings over HTTP: global administrators only; the password is written and never answered, stored
 * sealed; wrong values are a 400 naming each field; the test mail arrives at a real SMTP server (GreenMail) or says
 * in plain words why not. Also the subscription form's checks.
 */
class MailSettingsOverHttpTest {
    private static final String PASSWORD = "s3cret-smtp-pass";
    private static GreenMail smtp;
    private static RunningServer server;
    private static Api api;
    private static Client admin;

    @BeforeAll
    static void start() throws Exception {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.setUser("kpi", PASSWORD);
        smtp.start();
        server = RunningServer.start(RunningServer.temporaryOptions().withDemo(false), true);
        api = Api.of(server);
        admin = api.admin();
        api.user("sam", "Sam Seller");
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        smtp.stop();
    }

    @Test
    void thePasswordIsNeverAnsweredAndIsStoredSealed() throws Exception {
        Answer saved = admin.put("/admin/mail/settings", settings(smtp.getSmtp().getPort(), PASSWORD));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.body()).doesNotContain(PASSWORD).contains("\"passwordSet\":true");

        Answer read = admin.get("/admin/mail/settings");
        assertThat(read.body()).doesNotContain(PASSWORD).contains("\"passwordSet\":true").contains("\"username\":\"kpi\"");
        String stored = storedPassword();
        assertThat(stored).isNotBlank().doesNotContain(PASSWORD);

        Answer kept = admin.put("/admin/mail/settings", settings(smtp.getSmtp().getPort(), null));
        assertThat(kept.text("passwordSet")).isEqualTo("true");
        assertThat(storedPassword()).describedAs("an empty password keeps the stored one").isEqualTo(stored);
    }

    @Test
    void theTestMailArrivesThroughTheSavedServerSignedIn() throws Exception {
        admin.put("/admin/mail/settings", settings(smtp.getSmtp().getPort(), PASSWORD));
        smtp.purgeEmailFromAllMailboxes();

        Answer sent = admin.post("/admin/mail/test", json("address", "admin@example.com", "language", "ja"));

        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        assertThat(sent.text("sent")).isEqualTo("true");
        MimeMessage[] mails = smtp.getReceivedMessages();
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getSubject()).isEqualTo("Sales KPI: テストメール");
        assertThat(MailSubscriptionOverHttpTest.part(mails[0], "text/plain")).contains("127.0.0.1:" + smtp.getSmtp().getPort());
    }

    @Test
    void aRefusedConnectionOrAWrongPasswordIsSaidInPlainWords() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        admin.put("/admin/mail/settings", settings(closed, PASSWORD));
        Answer refused = admin.post("/admin/mail/test", json("address", "admin@example.com"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.text("sent")).isEqualTo("false");
        assertThat(refused.text("messageKey")).isEqualTo("saleskpi.mail.error.connect");
        assertThat(refused.text("message")).isEqualTo("Could not connect to the SMTP server 127.0.0.1:" + closed
                + ": the connection was refused.");

        admin.put("/admin/mail/settings", settings(smtp.getSmtp().getPort(), "not the password"));
        Answer wrong = admin.post("/admin/mail/test", json("address", "admin@example.com"));
        assertThat(wrong.text("messageKey")).as(wrong.body()).isEqualTo("saleskpi.mail.error.login");
    }

    @Test
    void wrongSettingsAreA400NamingEachFieldAndChangeNothing() {
        admin.put("/admin/mail/settings", settings(smtp.getSmtp().getPort(), PASSWORD));
        String before = admin.get("/admin/mail/settings").body();

        Answer wrong = admin.put("/admin/mail/settings", json("host", "", "port", 70000, "sender", "not an address",
                "siteUrl", "ftp://example.com"));

        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.errorFields()).containsExactlyInAnyOrder("host", "port", "sender", "siteUrl");
        assertThat(admin.get("/admin/mail/settings").body()).isEqualTo(before);
        assertThat(admin.post("/admin/mail/test", json("address", "nope")).errorFields()).containsExactly("address");
    }

    @Test
    void onlyGlobalAdministratorsSeeOrChangeTheSettings() {
        Client sam = api.as("sam");

        assertThat(sam.get("/admin/mail/settings").status()).isEqualTo(403);
        assertThat(sam.put("/admin/mail/settings", settings(25, "x")).status()).isEqualTo(403);
        assertThat(sam.post("/admin/mail/test", json("address", "sam@example.com")).status()).isEqualTo(403);
        assertThat(api.anonymous().get("/admin/mail/settings").status()).isEqualTo(401);
    }

    @Test
    void aSubscriptionWithWrongValuesIsA400NamingEachField() {
        Client sam = api.as("sam");
        long mine = sam.post("/dashboards", json("name", "Mine")).number("id").longValue();
        long others = admin.post("/dashboards", json("name", "Admin's")).number("id").longValue();

        Answer wrong = sam.post("/subscriptions", json("dashboardId", others, "frequency", "hourly", "hour", 24,
                "dayOfWeek", 8, "zone", "Mars/Olympus", "address", "sam at example"));

        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.errorFields()).containsExactlyInAnyOrder("dashboardId", "frequency", "hour", "dayOfWeek",
                "zone", "address");
        assertThat(sam.get("/subscriptions").array()).isEmpty();
        Answer right = sam.post("/subscriptions", json("dashboardId", mine, "frequency", "weekly", "dayOfWeek", 1,
                "hour", 8, "zone", "Asia/Tokyo", "language", "ja", "address", "sam@example.com"));
        assertThat(right.status()).as(right.body()).isEqualTo(201);
        assertThat(sam.get("/subscriptions").body()).contains("\"zone\":\"Asia/Tokyo\"").contains("\"language\":\"ja\"");
        assertThat(admin.get("/subscriptions").array()).describedAs("each user lists their own").isEmpty();
        assertThat(admin.delete("/subscriptions/" + right.number("id")).status()).isEqualTo(404);
    }

    private static String settings(int port, String password) {
        return password == null
                ? json("host", "127.0.0.1", "port", port, "startTls", false, "username", "kpi",
                        "sender", "kpi@example.com", "siteUrl", "http://kpi.example.com")
                : json("host", "127.0.0.1", "port", port, "startTls", false, "username", "kpi", "password", password,
                        "sender", "kpi@example.com", "siteUrl", "http://kpi.example.com");
    }

    private static String storedPassword() throws Exception {
        try (Connection sql = server.server().database().dataSource().getConnection();
                Statement statement = sql.createStatement();
                ResultSet rows = statement.executeQuery("SELECT PASSWORD FROM SK.MAIL_SETTING")) {
            assertThat(rows.next()).isTrue();
            return rows.getString(1);
        }
    }
}
