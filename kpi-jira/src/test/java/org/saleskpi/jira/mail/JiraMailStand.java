package org.saleskpi.jira.mail;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.saleskpi.core.testing.HandClock;
import org.saleskpi.jira.cache.MemoryPluginSettings;
import org.saleskpi.web.ApiServer;
import org.saleskpi.web.RestServices;
import org.saleskpi.web.TestAccess;

/**
 * What the Jira mail tests stand on (ADR 0068, 0072): kpi-web's test server with the real stores (H2 through Active
 * Objects) and Jira's mail tables, the app's seal and letters (links under {@value #JIRA}), a hand clock, and a
 * scheduler and mail queue that record what Jira would run and send. Friday 10 May 2024, 07:00 UTC: alice
 * administers project A and its folder "EMEA" holding the goal "Grow EMEA", bob browses A, carol may not see A, root
 * administers Jira. Jira's dashboard 10100 "Sales board", shared with alice and bob, holds one of the app's items
 * (ADR 0073).
 */
final class JiraMailStand implements AutoCloseable {
    static final String JIRA = "https://jira.example.com/";

    final HandClock clock = new HandClock(Instant.parse("2024-05-10T07:00:00Z"));
    final ClusterScheduler scheduler = new ClusterScheduler();
    final RecordingMailQueue queue = new RecordingMailQueue();
    final MemoryPluginSettings settings = new MemoryPluginSettings();
    final SharedDashboards jira = new SharedDashboards("alice", "bob", "carol", "root").dashboard(10100,
            "Sales board", Set.of("alice", "bob"), List.of(List.of(SharedDashboards.item(10001,
                    Map.of("saleskpiGadget", "calculation", "title", "Won")))));
    AoSubscriptions subscriptions;
    PluginSettingsSeal seal;
    JiraLetters letters;
    ApiServer api;
    long emea;

    private JiraMailStand() {
    }

    /** @param resources the REST resources under test, built over the stand's stores and the server's services */
    static JiraMailStand start(BiFunction<JiraMailStand, RestServices, List<Object>> resources) throws Exception {
        JiraMailStand stand = new JiraMailStand();
        TestAccess access = new TestAccess().administer("alice", "A").browse("bob", "A").systemAdmin("root");
        stand.api = ApiServer.start(access, List.of(), List.of(), Map.of("alice", "Alice Admin", "bob", "Bob Viewer",
                "carol", "Carol Other", "root", "Root"), stand.clock, (session, services) -> {
                    session.migrate(MailSubscriptionEntity.class, MailSendEntity.class);
                    stand.subscriptions = new AoSubscriptions(session, stand.clock);
                    stand.seal = new PluginSettingsSeal(stand.settings, new InJvmClusterLocks());
                    stand.letters = new JiraLetters(services, mode -> JIRA, stand.seal, stand.jira.dashboards());
                    return resources.apply(stand, services);
                });
        stand.emea = stand.api.post("alice", "/folders", "{\"project\":\"A\",\"name\":\"EMEA\"}").json()
                .getAsJsonObject().get("id").getAsLong();
        stand.api.post("alice", "/goals", "{\"project\":\"A\",\"name\":\"Grow EMEA\",\"folderId\":" + stand.emea + "}");
        return stand;
    }

    @Override
    public void close() throws Exception {
        api.close();
    }
}
