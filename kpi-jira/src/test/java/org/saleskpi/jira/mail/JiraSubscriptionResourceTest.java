package org.saleskpi.jira.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.mail.Email;
import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.lang.reflect.Method;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saleskpi.web.ApiServer;
import org.saleskpi.web.mail.UnsubscribeLinks;

/**
 * The subscriptions' REST resources as Jira serves them, over real HTTP with the shared resources beside them, the
 * stores on H2 through Active Objects, and the mail job run by hand into a recording mail queue. Friday 10 May 2024,
 * 07:00 UTC: alice administers project A and its folder "EMEA", bob browses A, carol may not see A, root is a Jira
 * administrator.
 */
class JiraSubscriptionResourceTest {
    private JiraMailStand stand;
    private MailJobs jobs;

    @BeforeEach
    void start() throws Exception {
        stand = JiraMailStand.start((mails, services) -> {
            jobs = new MailJobs(mails.scheduler, mails.subscriptions, mails.letters,
                    new JiraMailQueue(mails.queue, () -> () -> "jira@example.com"), mails.clock);
            return List.of(new JiraSubscriptionResource(services.access(), services.folders(), mails.subscriptions,
                    mails.letters, jobs, mails.seal, mails.jira.dashboards()),
                    new JiraMailAdminResource(services.access(), mails.subscriptions));
        });
        jobs.afterPropertiesSet();
    }

    @AfterEach
    void stop() throws Exception {
        stand.close();
    }

    private ApiServer.Answer subscribe(String user, String fields) {
        return stand.api.post(user, "/subscriptions", "{\"frequency\":\"weekly\",\"dayOfWeek\":1,\"hour\":9,"
                + "\"zone\":\"Asia/Tokyo\",\"language\":\"ja\",\"address\":\"" + user + "@example.com\"" + fields + "}");
    }

    private void runTheJob() {
        stand.scheduler.runners.get(MailJobs.RUNNER).runJob(null);
    }

    @Test
    void aJiraUserSubscribesToAFolderTheyMaySeeAndListsTheirSubscriptions() {
        ApiServer.Answer created = subscribe("bob", ",\"folderId\":" + stand.emea);

        assertThat(created.status()).as(created.text()).isEqualTo(201);
        JsonObject bobs = created.json().getAsJsonObject();
        assertThat(bobs.get("folderName").getAsString()).isEqualTo("EMEA");
        assertThat(bobs.get("project").getAsString()).isEqualTo("A");
        assertThat(bobs.get("frequency").getAsString()).isEqualTo("weekly");
        assertThat(bobs.get("zone").getAsString()).isEqualTo("Asia/Tokyo");
        assertThat(bobs.get("language").getAsString()).isEqualTo("ja");
        JsonArray listed = stand.api.get("bob", "/subscriptions").json().getAsJsonArray();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).getAsJsonObject().get("id")).isEqualTo(bobs.get("id"));
        assertThat(stand.api.get("alice", "/subscriptions").json().getAsJsonArray()).isEmpty();
        // Another user's subscription answers as one that does not exist.
        assertThat(stand.api.delete("alice", "/subscriptions/" + bobs.get("id").getAsLong()).status()).isEqualTo(404);
        assertThat(stand.api.delete("bob", "/subscriptions/" + bobs.get("id").getAsLong()).status()).isEqualTo(204);
        assertThat(stand.api.get("bob", "/subscriptions").json().getAsJsonArray()).isEmpty();
    }

    @Test
    void everyBadFieldIsNamedAndNothingIsStored() {
        // Carol may not browse A in Jira: its folder answers as one that does not exist.
        assertThat(subscribe("carol", ",\"folderId\":" + stand.emea).errorFields()).containsExactly("folderId");
        ApiServer.Answer both = subscribe("bob", ",\"dashboardId\":10100,\"folderId\":" + stand.emea);
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.text()).contains("saleskpi.subscription.subject.both");
        assertThat(both.errorFields()).containsExactly("folderId");
        ApiServer.Answer bad = stand.api.post("bob", "/subscriptions", "{\"folderId\":" + stand.emea
                + ",\"frequency\":\"hourly\","
                + "\"hour\":25,\"dayOfMonth\":31,\"zone\":\"Mars/Olympus\",\"address\":\"bob <bob@example.com>\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).containsExactlyInAnyOrder("frequency", "hour", "dayOfMonth", "zone", "address");
        assertThat(bad.text()).doesNotContain("Exception");
        assertThat(stand.api.get("bob", "/subscriptions").json().getAsJsonArray()).isEmpty();
        assertThat(stand.api.get("carol", "/subscriptions").json().getAsJsonArray()).isEmpty();
    }

    @Test
    void aJiraUserSubscribesToAJiraDashboardJiraSharesWithThem() {
        ApiServer.Answer created = subscribe("bob", ",\"dashboardId\":10100");

        assertThat(created.status()).as(created.text()).isEqualTo(201);
        JsonObject bobs = created.json().getAsJsonObject();
        assertThat(bobs.get("dashboardId").getAsLong()).isEqualTo(10100);
        assertThat(bobs.get("dashboardName").getAsString()).isEqualTo("Sales board");
        assertThat(bobs.has("folderId")).isFalse();
        JsonArray listed = stand.api.get("bob", "/subscriptions").json().getAsJsonArray();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).getAsJsonObject().get("dashboardName").getAsString()).isEqualTo("Sales board");
        // The subscriptions page links it to Jira's dashboard, not to a standalone one.
        assertThat(listed.get(0).getAsJsonObject().get("dashboardUrl").getAsString())
                .isEqualTo("https://jira.example.com/secure/Dashboard.jspa?selectPageId=10100");
        // The mails show it: "send now" sends the dashboard's letter.
        assertThat(stand.api.post("bob", "/subscriptions/" + bobs.get("id").getAsLong() + "/send", "{}").status())
                .isEqualTo(202);
        runTheJob();
        assertThat(stand.queue.emails()).hasSize(1);
        assertThat(stand.queue.emails().get(0).getSubject()).contains("Sales board");
        assertThat(stand.queue.emails().get(0).getBody()).contains("Won")
                .contains("https://jira.example.com/secure/Dashboard.jspa?selectPageId=10100");
    }

    @Test
    void aBadJiraDashboardIdIsNamedAndOneJiraDoesNotShareWithTheCallerAnswersNotFound() {
        for (String bad : List.of("\"ten\"", "-5", "0", "1.5", "{}")) {
            ApiServer.Answer answer = subscribe("bob", ",\"dashboardId\":" + bad);
            assertThat(answer.status()).as(bad).isEqualTo(400);
            assertThat(answer.errorFields()).as(bad).containsExactly("dashboardId");
        }
        // Other bad fields are named first, before Jira is asked for the dashboard.
        ApiServer.Answer badHour = stand.api.post("carol", "/subscriptions", "{\"dashboardId\":10100,"
                + "\"frequency\":\"daily\",\"hour\":24,\"address\":\"carol@example.com\"}");
        assertThat(badHour.errorFields()).containsExactly("hour");

        ApiServer.Answer unshared = subscribe("carol", ",\"dashboardId\":10100");
        ApiServer.Answer missing = subscribe("bob", ",\"dashboardId\":99999");

        assertThat(unshared.status()).isEqualTo(404);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(unshared.text()).doesNotContain("Sales board").doesNotContain("Exception");
        assertThat(stand.api.get("carol", "/subscriptions").json().getAsJsonArray()).isEmpty();
        assertThat(stand.api.get("bob", "/subscriptions").json().getAsJsonArray()).isEmpty();
    }

    @Test
    void sendNowQueuesOneLetterAtTheJobsNextRunWhoseLinkUnsubscribes() {
        long id = subscribe("bob", ",\"folderId\":" + stand.emea).json().getAsJsonObject().get("id").getAsLong();
        runTheJob();
        assertThat(stand.queue.items).isEmpty();

        assertThat(stand.api.post("bob", "/subscriptions/" + id + "/send", "{}").status()).isEqualTo(202);
        assertThat(stand.api.post("alice", "/subscriptions/" + id + "/send", "{}").status()).isEqualTo(404);
        runTheJob();
        stand.clock.advance(Duration.ofMinutes(1));
        runTheJob();

        assertThat(stand.queue.emails()).hasSize(1);
        Email letter = stand.queue.emails().get(0);
        assertThat(letter.getTo()).isEqualTo("bob@example.com");
        assertThat(letter.getBody()).contains("Grow EMEA");
        assertThat(stand.api.get("bob", "/subscriptions").json().getAsJsonArray().get(0).getAsJsonObject()
                .has("lastSent")).isTrue();
        String header = letter.getHeaders().get("List-Unsubscribe");
        String token = URLDecoder.decode(header.substring(header.indexOf("token=") + 6, header.length() - 1),
                StandardCharsets.UTF_8);

        assertThat(stand.api.post("carol", "/subscriptions/unsubscribe", "{\"token\":\"" + token + "x\"}")
                .errorFields())
                .containsExactly("token");
        JsonObject done = stand.api.post("carol", "/subscriptions/unsubscribe", "{\"token\":\"" + token + "\"}").json()
                .getAsJsonObject();
        assertThat(done.get("unsubscribed").getAsBoolean()).isTrue();
        assertThat(done.get("folderName").getAsString()).isEqualTo("EMEA");
        assertThat(stand.api.get("bob", "/subscriptions").json().getAsJsonArray()).isEmpty();
        // Used twice, the link still says the mails have stopped.
        assertThat(stand.api.post("bob", "/subscriptions/unsubscribe", "{\"token\":\"" + token + "\"}").status())
                .isEqualTo(200);
    }

    /**
     * A reader signed out of Jira ends a subscription with the mail's link alone (ADR 0072): the unsubscribe method,
     * and no other, is open to everyone; a bad token is a 400 naming it and ends nothing.
     */
    @Test
    void aReaderSignedOutOfJiraUnsubscribesWithTheTokenAndABadTokenEndsNothing() throws Exception {
        long id = subscribe("bob", ",\"folderId\":" + stand.emea).json().getAsJsonObject().get("id").getAsLong();
        // The link of bob's next mail, sealed under the app's key as the job seals it.
        String token = URLDecoder.decode(new UnsubscribeLinks(
                new PluginSettingsSeal(stand.settings, new InJvmClusterLocks()),
                JiraLetters.UNSUBSCRIBE_PAGE).link("https://jira.example.com", id).replaceFirst(".*token=", ""),
                StandardCharsets.UTF_8);

        ApiServer.Answer forged = stand.api.post(null, "/subscriptions/unsubscribe", "{\"token\":\"" + token + "x\"}");
        assertThat(forged.status()).isEqualTo(400);
        assertThat(forged.errorFields()).containsExactly("token");
        assertThat(stand.api.get("bob", "/subscriptions").json().getAsJsonArray()).hasSize(1);

        ApiServer.Answer done = stand.api.post(null, "/subscriptions/unsubscribe", "{\"token\":\"" + token + "\"}");
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.json().getAsJsonObject().get("folderName").getAsString()).isEqualTo("EMEA");
        assertThat(stand.api.get("bob", "/subscriptions").json().getAsJsonArray()).isEmpty();

        List<String> open = new ArrayList<>();
        for (Method method : JiraSubscriptionResource.class.getDeclaredMethods()) {
            if (method.isAnnotationPresent(UnrestrictedAccess.class)) {
                open.add(method.getName());
            }
        }
        assertThat(open).containsExactly("unsubscribe");
        assertThat(JiraSubscriptionResource.class.isAnnotationPresent(UnrestrictedAccess.class)).isFalse();
    }

    @Test
    void jiraAdministratorsSeeTheSendsThatCouldNotBeQueued() {
        long id = subscribe("bob", ",\"folderId\":" + stand.emea).json().getAsJsonObject().get("id").getAsLong();
        MailJobs withoutServer = new MailJobs(new ClusterScheduler(), stand.subscriptions, stand.letters,
                new JiraMailQueue(stand.queue, () -> null), stand.clock);
        stand.api.post("bob", "/subscriptions/" + id + "/send", "{}");

        withoutServer.mails().run();

        assertThat(stand.api.get("bob", "/admin/mail/failures").status()).isEqualTo(403);
        JsonArray failures = stand.api.get("root", "/admin/mail/failures").json().getAsJsonArray();
        assertThat(failures).hasSize(1);
        JsonObject failure = failures.get(0).getAsJsonObject();
        assertThat(failure.get("subscriptionId").getAsLong()).isEqualTo(id);
        assertThat(failure.get("userKey").getAsString()).isEqualTo("bob");
        assertThat(failure.get("status").getAsString()).isEqualTo("failed");
        assertThat(failure.get("messageKey").getAsString()).isEqualTo("saleskpi.mail.error.jiraUnset");
        assertThat(failure.get("message").getAsString()).contains("outgoing mail server");
        assertThat(stand.queue.items).isEmpty();
    }
}
