package org.saleskpi.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.saleskpi.server.e2e.Api.json;
import static org.saleskpi.server.e2e.Issue.issue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.testing.HandClock;
import org.saleskpi.server.RunningServer;
import org.saleskpi.server.host.ServerOptions;
import org.saleskpi.server.mail.MailScheduler;

/**
 * Subscription mails end to end on H2, received by a real SMTP server (GreenMail) and parsed as MIME: viv, a viewer
 * of ACME only, subscribes to her dashboard with an ACME gadget and a BETA one. When the hand clock passes the hour,
 * one run of the schedule sends one mail whose figures are the data API's for viv, and nothing of BETA (whose one
 * win is 7777, a number no answer of viv's may hold). Each test subscribes for the hour after the clock's, then
 * moves the clock past it.
 */
class MailSubscriptionOverHttpTest {
    private static final String MARCH = "2024-03-01..2024-04-01";
    private static final HandClock CLOCK = new HandClock(Instant.parse("2026-12-07T07:30:00Z"));
    private static GreenMail smtp;
    private static RunningServer server;
    private static Api api;
    private static Client admin;
    private static Client viv;
    private static long acmeProfile;
    private static long dashboard;

    @BeforeAll
    static void start() throws Exception {
        startOn(RunningServer.temporaryOptions().withDemo(false));
    }

    /** The server on {@code options}' database, its users, issues and viv's dashboard; GreenMail beside it. */
    static void startOn(ServerOptions options) throws Exception {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        server = RunningServer.start(options, true, CLOCK);
        api = Api.of(server);
        admin = api.admin();
        api.user("viv", "Viv Viewer");
        api.role("ACME", "viv", "viewer");
        String amount = api.defineSalesFields().get("Amount");
        for (Issue issue : List.of(won("ACME-1", amount, 1250), won("ACME-2", amount, 2200), won("BETA-1", amount, 7777))) {
            Answer saved = admin.post("/issues", issue.json());
            assertThat(saved.status()).as(saved.body()).isIn(200, 201);
        }
        acmeProfile = profile("ACME", amount);
        long betaProfile = profile("BETA", amount);
        viv = api.as("viv");
        dashboard = viv.post("/dashboards", json("name", "Weekly sales", "layout", "one-column")).number("id").longValue();
        gadget(viv, dashboard, 0, "ACME won", acmeProfile);
        gadget(viv, dashboard, 1, "BETA won", betaProfile);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        smtp.stop();
    }

    @BeforeEach
    void mailToGreenMail() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
        settings(smtp.getSmtp().getPort());
    }

    @Test
    void aDueMailShowsTheSubscribersFiguresAsTheApiAnswersThemAndNothingOfAProjectSheMayNotSee() throws Exception {
        long subscription = subscribe("viv@example.com", nextHour());
        assertThat(runSchedule()).describedAs("nothing is due before the hour").isZero();

        CLOCK.advance(Duration.ofHours(1));
        MimeMessage mail = onlyMail(runSchedule());

        Answer api = viv.get("/gadgets/calculation/data?profile=" + acmeProfile + "&kpi=won-revenue&period=" + MARCH);
        assertThat(api.status()).as(api.body()).isEqualTo(200);
        String value = money(Locale.ENGLISH, api);
        assertThat(api.number("value")).isEqualByComparingTo(new BigDecimal("3450"));
        String text = part(mail, "text/plain");
        String html = part(mail, "text/html");
        assertThat(mail.getSubject()).contains("Weekly sales");
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("viv@example.com");
        assertThat(text).contains("ACME won").contains("Value: " + value);
        assertThat(html).contains("ACME won").contains(">" + value + "</td>")
                .contains("href=\"" + server.uri("/dashboards/" + dashboard) + "\"");
        assertThat(text).contains("BETA won").contains("you may not see the issues or goals of this gadget");
        assertThat(text + html).doesNotContain("7777").doesNotContain("7,777");
        assertThat(mail.getHeader("List-Unsubscribe")[0]).contains("/unsubscribe?token=");
        delete(subscription);
    }

    @Test
    void aJapaneseSubscriberInTokyoGetsTheMailInJapaneseAtTheHourOfTokyo() throws Exception {
        java.time.ZoneId tokyo = java.time.ZoneId.of("Asia/Tokyo");
        int hour = (CLOCK.instant().atZone(tokyo).getHour() + 1) % 24;
        Answer created = viv.post("/subscriptions", json("dashboardId", dashboard, "frequency", "daily", "hour", hour,
                "zone", "Asia/Tokyo", "language", "ja", "address", "viv.ja@example.com"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(runSchedule()).isZero();

        CLOCK.advance(Duration.ofHours(1));
        MimeMessage mail = onlyMail(runSchedule());

        String text = part(mail, "text/plain");
        assertThat(mail.getSubject()).startsWith("Sales KPI: Weekly sales（");
        Answer api = viv.get("/gadgets/calculation/data?profile=" + acmeProfile + "&kpi=won-revenue&period=" + MARCH);
        // Amounts with their currency, as the pages write them.
        assertThat(text).contains("値: " + money(Locale.JAPANESE, api)).contains("3,450").contains("指標: 受注金額 (金額)")
                .contains("閲覧する権限がありません").contains("購読を解除: ");
        delete(created.number("id").longValue());
    }

    @Test
    void aRateInTheMailSaysWhatItIsMadeOfWithTheApisCounts() throws Exception {
        long rates = viv.post("/dashboards", json("name", "Rates", "layout", "one-column")).number("id").longValue();
        Answer added = viv.post("/dashboards/" + rates + "/gadgets", new com.google.gson.Gson().toJson(Map.of(
                "type", "calculation", "column", 0, "position", 0, "preferences", Map.of("v", "1", "title",
                        "ACME win rate", "profile", String.valueOf(acmeProfile), "kpi", "win-rate", "period", MARCH))));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        Answer created = viv.post("/subscriptions", json("dashboardId", rates, "frequency", "daily", "hour",
                nextHour(), "zone", "UTC", "language", "en", "address", "viv.rates@example.com"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        CLOCK.advance(Duration.ofHours(1));
        MimeMessage mail = onlyMail(runSchedule());

        Answer api = viv.get("/gadgets/calculation/data?profile=" + acmeProfile + "&kpi=win-rate&period=" + MARCH);
        int won = api.number("numerator").intValue();
        int closed = api.number("denominator").intValue();
        assertThat(closed).isPositive();
        NumberFormat percents = NumberFormat.getPercentInstance(Locale.ENGLISH);
        percents.setMaximumFractionDigits(1);
        String percent = percents.format(api.number("value"));
        assertThat(part(mail, "text/plain")).contains("ACME win rate")
                .contains("Value: " + percent + " (" + won + " won of " + closed + " closed)");
        delete(created.number("id").longValue());
    }

    /** A calculation's amount as the pages and e-mails write it: with the profile's currency. */
    private static String money(Locale locale, Answer calculation) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(java.util.Currency.getInstance(calculation.object().get("currency").getAsString()));
        return format.format(calculation.number("value"));
    }

    @Test
    void aSubscriptionToADashboardDeletedSinceEndsWithoutAMailOrAFailure() throws Exception {
        long gone = viv.post("/dashboards", json("name", "Short-lived")).number("id").longValue();
        Answer created = viv.post("/subscriptions", json("dashboardId", gone, "frequency", "daily", "hour", nextHour(),
                "zone", "UTC", "address", "gone@example.com"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(viv.delete("/dashboards/" + gone).status()).isEqualTo(204);

        CLOCK.advance(Duration.ofHours(1));

        assertThat(runSchedule()).isZero();
        assertThat(viv.get("/subscriptions").array()).isEmpty();
        assertThat(admin.get("/admin/mail/failures").array()).isEmpty();
    }

    @Test
    void aDashboardSharedWithHerIsSentAsSheSeesItUntilItIsUnshared() throws Exception {
        long shared = admin.post("/dashboards", json("name", "Team board", "layout", "one-column")).number("id")
                .longValue();
        gadget(admin, shared, 0, "ACME won", acmeProfile);
        Answer refused = viv.post("/subscriptions", json("dashboardId", shared, "frequency", "daily", "hour",
                nextHour(), "zone", "UTC", "address", "viv.team@example.com"));
        assertThat(refused.status()).describedAs("not shared with her yet").isEqualTo(400);
        assertThat(refused.body()).contains("dashboardId");
        Answer share = admin.put("/dashboards/" + shared + "/shares",
                "{\"shares\":[{\"user\":\"viv\",\"rights\":\"view\"}]}");
        assertThat(share.status()).as(share.body()).isEqualTo(200);
        Answer created = viv.post("/subscriptions", json("dashboardId", shared, "frequency", "daily", "hour",
                nextHour(), "zone", "UTC", "language", "en", "address", "viv.team@example.com"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        CLOCK.advance(Duration.ofHours(1));
        MimeMessage mail = onlyMail(runSchedule());
        assertThat(mail.getSubject()).contains("Team board");
        assertThat(part(mail, "text/plain")).contains("ACME won").contains("Value: " + money(Locale.ENGLISH,
                viv.get("/gadgets/calculation/data?profile=" + acmeProfile + "&kpi=won-revenue&period=" + MARCH)));

        assertThat(admin.put("/dashboards/" + shared + "/shares", "{\"shares\":[]}").status()).isEqualTo(200);
        smtp.purgeEmailFromAllMailboxes();
        CLOCK.advance(Duration.ofDays(1));
        assertThat(runSchedule()).describedAs("unshared: no more mail").isZero();
        assertThat(viv.get("/subscriptions").array()).isEmpty();
        assertThat(admin.get("/admin/mail/failures").array()).isEmpty();
    }

    @Test
    void aPeriodIsSentOnceThoughTheScheduleRunsAgainAndTheServerRestarts() throws Exception {
        long subscription = subscribe("once@example.com", nextHour());
        CLOCK.advance(Duration.ofHours(1));
        assertThat(runSchedule()).isEqualTo(1);

        assertThat(runSchedule()).isEqualTo(1);
        server.restart();
        assertThat(runSchedule()).describedAs("the period's send is recorded in the database").isEqualTo(1);

        CLOCK.advance(Duration.ofDays(1));
        assertThat(runSchedule()).describedAs("the next day is a new period").isEqualTo(2);
        delete(subscription);
    }

    @Test
    void theUnsubscribeLinkInTheMailEndsTheSubscriptionWithoutSigningIn() throws Exception {
        subscribe("leaving@example.com", nextHour());
        CLOCK.advance(Duration.ofHours(1));
        String text = part(onlyMail(runSchedule()), "text/plain");
        Matcher link = Pattern.compile("/unsubscribe\\?token=(\\S+)").matcher(text);
        assertThat(link.find()).as(text).isTrue();
        String token = URLDecoder.decode(link.group(1), StandardCharsets.UTF_8);

        Answer forged = api.anonymous().post("/subscriptions/unsubscribe", json("token", token.substring(2)));
        assertThat(forged.status()).isEqualTo(400);
        assertThat(forged.errorFields()).containsExactly("token");
        assertThat(viv.get("/subscriptions").array()).hasSize(1);

        Answer done = api.anonymous().post("/subscriptions/unsubscribe", json("token", token));
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.text("dashboardName")).isEqualTo("Weekly sales");
        assertThat(viv.get("/subscriptions").array()).isEmpty();
        assertThat(api.anonymous().post("/subscriptions/unsubscribe", json("token", token)).status())
                .describedAs("a link used twice still answers").isEqualTo(200);
    }

    @Test
    void aRefusedConnectionIsRetriedWithBackoffAndShownToAdministratorsUntilItGoes() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        settings(closedPort);
        long subscription = subscribe("retry@example.com", nextHour());
        CLOCK.advance(Duration.ofHours(1));
        runSchedule();

        Answer failures = admin.get("/admin/mail/failures");
        assertThat(failures.status()).isEqualTo(200);
        assertThat(failures.array()).hasSize(1);
        assertThat(failures.body()).contains("saleskpi.mail.error.connect").contains("retry@example.com")
                .contains("connection was refused").contains("\"attempts\":1").contains("nextAttempt");
        assertThat(viv.get("/admin/mail/failures").status()).describedAs("administrators only").isEqualTo(403);

        runSchedule();
        assertThat(admin.get("/admin/mail/failures").body()).describedAs("not before its next attempt")
                .contains("\"attempts\":1");
        CLOCK.advance(Duration.ofMinutes(1));
        runSchedule();
        assertThat(admin.get("/admin/mail/failures").body()).contains("\"attempts\":2");

        settings(smtp.getSmtp().getPort());
        CLOCK.advance(Duration.ofMinutes(5));
        assertThat(runSchedule()).isEqualTo(1);
        assertThat(admin.get("/admin/mail/failures").array()).isEmpty();
        delete(subscription);
    }

    @Test
    void aGoalFolderMailListsItsGoalsAndSubFoldersAsTheGoalsApiAnswersThemForHer() throws Exception {
        long folder = folder("ACME", "Q1 wins", null);
        long emea = folder("ACME", "EMEA", folder);
        long demos = goal("ACME", folder, "Trade fair demos", "Demos", 40, 100);
        long deals = goal("ACME", emea, "EMEA deals", "Deals", 3, 4);
        goal("ACME", null, "Outside the folder", "Calls", 1, 10);
        Answer checkIn = admin.post("/goals/" + demos + "/checkins", json("status", "at-risk",
                "text", "Two demos moved to January"));
        assertThat(checkIn.status()).as(checkIn.body()).isEqualTo(201);
        long betaFolder = folder("BETA", "Beta plans", null);
        goal("BETA", betaFolder, "Beta secret", "Secrets", 5, 10);

        Answer hidden = viv.post("/subscriptions", json("folderId", betaFolder, "frequency", "daily", "hour", 8,
                "zone", "UTC", "language", "en", "address", "viv@example.com"));
        assertThat(hidden.status()).as(hidden.body()).isEqualTo(400);
        assertThat(hidden.errorFields()).containsExactly("folderId");
        assertThat(hidden.object().getAsJsonArray("errors").get(0).getAsJsonObject().get("messageKey").getAsString())
                .isEqualTo("saleskpi.subscription.folder.unknown");
        Answer both = viv.post("/subscriptions", json("folderId", folder, "dashboardId", dashboard, "frequency",
                "daily", "address", "viv@example.com"));
        assertThat(both.status()).as(both.body()).isEqualTo(400);
        assertThat(both.errorFields()).contains("folderId");

        Answer created = viv.post("/subscriptions", json("folderId", folder, "frequency", "weekly", "dayOfWeek",
                CLOCK.instant().atZone(java.time.ZoneOffset.UTC).getDayOfWeek().getValue(), "hour", nextHour(),
                "zone", "UTC", "language", "en", "address", "viv@example.com"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.text("folderName")).isEqualTo("Q1 wins");
        assertThat(runSchedule()).isZero();
        CLOCK.advance(Duration.ofHours(1));
        MimeMessage mail = onlyMail(runSchedule());

        String text = part(mail, "text/plain");
        String html = part(mail, "text/html");
        assertThat(mail.getSubject()).contains("Q1 wins");
        Answer rollUps = viv.get("/folders/progress?project=ACME");
        assertThat(rollUps.status()).as(rollUps.body()).isEqualTo(200);
        BigDecimal rollUp = null;
        for (var entry : rollUps.object().getAsJsonArray("folders")) {
            if (entry.getAsJsonObject().get("id").getAsLong() == folder) {
                rollUp = entry.getAsJsonObject().get("progress").getAsBigDecimal();
            }
        }
        assertThat(text).contains("Folder progress: " + percent(rollUp)).contains("Active goals: 2");
        for (long goal : List.of(demos, deals)) {
            Answer measured = viv.get("/goals/" + goal);
            assertThat(measured.status()).as(measured.body()).isEqualTo(200);
            assertThat(text).contains(measured.text("name"))
                    .contains("Progress: " + percent(measured.number("progress")))
                    .contains("Status: " + STATUS.get(measured.text("status")));
            var target = measured.object().getAsJsonArray("targets").get(0).getAsJsonObject();
            assertThat(text).contains(target.get("name").getAsString() + " | "
                    + target.get("currentValue").getAsBigDecimal().stripTrailingZeros().toPlainString() + " | "
                    + target.get("targetValue").getAsBigDecimal().stripTrailingZeros().toPlainString() + " | "
                    + percent(target.get("progress").getAsBigDecimal()));
        }
        assertThat(text).contains("Sub-folder: EMEA").contains("Latest check-in: At risk, ")
                .contains(": Two demos moved to January").contains("Latest check-in: None yet");
        assertThat(html).contains("href=\"" + server.uri("/goals") + "?project=ACME&amp;folder=" + folder + "\"");
        assertThat(text + html).doesNotContain("Outside the folder").doesNotContain("Beta secret");
        assertThat(mail.getHeader("List-Unsubscribe")[0]).contains("/unsubscribe?token=");
        delete(created.number("id").longValue());
    }

    @Test
    void aFolderSheMayNoLongerSeeIsSaidSoWithoutItsGoalsAndADeletedOneEndsTheSubscription() throws Exception {
        api.user("fay", "Fay Former");
        api.role("ACME", "fay", "viewer");
        Client fay = api.as("fay");
        long folder = folder("ACME", "Renewals", null);
        goal("ACME", folder, "Renewal calls", "Calls", 2, 10);
        long gone = folder("ACME", "Short lived", null);
        long kept = subscribeToFolder(fay, folder);
        long ended = subscribeToFolder(fay, gone);
        assertThat(admin.delete("/projects/ACME/roles/fay").status()).isEqualTo(204);
        assertThat(admin.delete("/folders/" + gone).status()).isEqualTo(204);

        CLOCK.advance(Duration.ofHours(1));
        MimeMessage mail = onlyMail(runSchedule());

        String text = part(mail, "text/plain");
        assertThat(text).contains("You may no longer see the goals of project ACME").doesNotContain("Renewal calls");
        assertThat(fay.get("/subscriptions").array()).hasSize(1);
        assertThat(fay.get("/subscriptions").array().get(0).getAsJsonObject().get("id").getAsLong()).isEqualTo(kept);
        assertThat(admin.get("/admin/mail/failures").array()).isEmpty();
        assertThat(ended).isNotEqualTo(kept);
        assertThat(fay.delete("/subscriptions/" + kept).status()).isEqualTo(204);
    }

    private static final Map<String, String> STATUS = Map.of("done", "Done", "not-started", "Not started",
            "on-track", "On track", "at-risk", "At risk", "off-track", "Off track");

    /** Whole percents in English, as the mail writes a fraction. */
    private static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(0, java.math.RoundingMode.DOWN).toPlainString() + "%";
    }

    private static long folder(String project, String name, Long parent) {
        Answer created = admin.post("/folders", parent == null ? json("project", project, "name", name)
                : json("project", project, "name", name, "parentId", parent));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.number("id").longValue();
    }

    /** A goal with one number target at {@code value} of {@code target}, due in a hundred days. */
    private static long goal(String project, Long folder, String name, String targetName, int value, int target) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("project", project, "name", name, "dueDate",
                java.time.LocalDate.ofInstant(CLOCK.instant(), java.time.ZoneOffset.UTC).plusDays(100).toString(),
                "targets", List.of(Map.of("name", targetName, "kind", "number", "startValue", 0,
                        "targetValue", target))));
        if (folder != null) {
            body.put("folderId", folder);
        }
        Answer created = admin.post("/goals", new com.google.gson.Gson().toJson(body));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var first = created.object().getAsJsonArray("targets").get(0).getAsJsonObject();
        Answer entered = admin.post("/targets/" + first.get("id").getAsLong() + "/value",
                json("value", value, "version", first.get("version").getAsLong()));
        assertThat(entered.status()).as(entered.body()).isIn(200, 201);
        return created.number("id").longValue();
    }

    private static long subscribeToFolder(Client user, long folder) {
        Answer created = user.post("/subscriptions", json("folderId", folder, "frequency", "daily", "hour",
                nextHour(), "zone", "UTC", "language", "en", "address", "fay@example.com"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.number("id").longValue();
    }

    /** The hour after the clock's: a subscription made now is first due then. */
    private static int nextHour() {
        return (CLOCK.instant().atZone(java.time.ZoneOffset.UTC).getHour() + 1) % 24;
    }

    /** Runs the schedule once on this node and answers how many mails GreenMail holds after it. */
    private static int runSchedule() throws Exception {
        MailScheduler schedule = server.server().part(MailScheduler.class).orElseThrow();
        // The node's own tick may hold the lock a moment: this run then comes right after it.
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!schedule.runIfFree()) {
            assertThat(System.nanoTime()).describedAs("the schedule's lock is released").isLessThan(deadline);
            Thread.onSpinWait();
        }
        return smtp.getReceivedMessages().length;
    }

    private static MimeMessage onlyMail(int received) {
        assertThat(received).isEqualTo(1);
        return smtp.getReceivedMessages()[0];
    }

    /** The text of the alternative of {@code type}. */
    static String part(MimeMessage mail, String type) throws Exception {
        MimeMultipart alternative = (MimeMultipart) mail.getContent();
        assertThat(alternative.getContentType()).startsWith("multipart/alternative");
        for (int i = 0; i < alternative.getCount(); i++) {
            BodyPart part = alternative.getBodyPart(i);
            if (part.isMimeType(type)) {
                return (String) part.getContent();
            }
        }
        throw new AssertionError("no " + type + " part");
    }

    private static void settings(int port) {
        Answer saved = admin.put("/admin/mail/settings", json("host", "127.0.0.1", "port", port, "startTls", false,
                "sender", "kpi@example.com", "siteUrl", server.uri("/").toString()));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    }

    private static long subscribe(String address, int hour) {
        Answer created = viv.post("/subscriptions", json("dashboardId", dashboard, "frequency", "daily", "hour", hour,
                "zone", "UTC", "language", "en", "address", address));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.number("id").longValue();
    }

    private static void delete(long subscription) {
        assertThat(viv.delete("/subscriptions/" + subscription).status()).isEqualTo(204);
    }

    private static void gadget(Client owner, long dashboard, int position, String title, long profile) {
        Answer added = owner.post("/dashboards/" + dashboard + "/gadgets", new com.google.gson.Gson().toJson(Map.of(
                "type", "calculation", "column", 0, "position", position, "preferences", Map.of("v", "1", "title", title,
                        "profile", String.valueOf(profile), "kpi", "won-revenue", "period", MARCH))));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
    }

    private static Issue won(String key, String amount, int value) {
        return issue(key, "Opportunity", "Won").by("viv").created("2024-03-01").resolved("2024-03-10")
                .field(amount, value);
    }

    private static long profile(String project, String amount) {
        Answer created = admin.post("/profiles", json("name", project + " sales", "project", project, "scope",
                "project = " + project, "leadTypes", new Api.Raw("[\"Lead\"]"), "dealTypes",
                new Api.Raw("[\"Opportunity\"]"), "wonStatuses", new Api.Raw("[\"Won\"]"), "fields",
                new Api.Raw(json("amount", amount))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.number("id").longValue();
    }
}
