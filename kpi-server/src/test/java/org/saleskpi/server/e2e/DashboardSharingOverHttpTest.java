package org.saleskpi.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.saleskpi.server.e2e.Api.json;
import static org.saleskpi.server.e2e.Issue.issue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.saleskpi.server.RunningServer;

/**
 * Sharing dashboards over real HTTP on H2 (ADR 0061). Olive owns the dashboards and may browse ACME and BETA; viv
 * views ACME only, eddie edits ACME, pat has no role. ACME's March wins are 100 + 200, BETA's one is 7777.
 */
class DashboardSharingOverHttpTest {
    private static final String MARCH = "2024-03-01..2024-04-01";
    private static RunningServer server;
    private static Api api;
    private static Client olive;
    private static Client viv;
    private static Client eddie;
    private static Client pat;
    private static long acmeProfile;
    private static long bothProfile;
    private static long betaProfile;

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.start(RunningServer.temporaryOptions().withDemo(false), true);
        api = Api.of(server);
        Client admin = api.admin();
        api.user("olive", "Olive Owner");
        api.user("viv", "Viv Viewer");
        api.user("eddie", "Eddie Editor");
        api.user("pat", "Pat Nobody");
        api.user("rep", "Rep Resentative");
        api.role("ACME", "olive", "editor");
        api.role("BETA", "olive", "viewer");
        api.role("ACME", "viv", "viewer");
        api.role("ACME", "eddie", "editor");
        String amount = api.defineSalesFields().get("Amount");
        for (Issue issue : List.of(won("ACME-1", 100, amount), won("ACME-2", 200, amount),
                won("BETA-1", 7777, amount))) {
            Answer saved = admin.post("/issues", issue.json());
            assertThat(saved.status()).as(saved.body()).isIn(200, 201);
        }
        acmeProfile = profile(admin, "ACME", "project = ACME", amount);
        bothProfile = profile(admin, "ACME", "project in (ACME, BETA)", amount);
        betaProfile = profile(admin, "BETA", "project = BETA", amount);
        olive = api.as("olive");
        viv = api.as("viv");
        eddie = api.as("eddie");
        pat = api.as("pat");
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void aDashboardIsPrivateUntilShared() {
        long id = dashboard("Private plans");

        for (Client other : List.of(viv, eddie, pat)) {
            assertThat(other.get("/dashboards/" + id).status()).isEqualTo(404);
            assertThat(other.put("/dashboards/" + id + "/favourite", "{}").status()).isEqualTo(404);
            assertThat(names(other, "shared")).doesNotContain("Private plans");
        }
        assertThat(names(olive, "mine")).contains("Private plans");
        assertThat(olive.get("/dashboards/" + id + "/shares").object().getAsJsonArray("shares")).isEmpty();
    }

    @Test
    void aProjectsViewersSeeButDoNotChangeAndOthersDoNotEvenSee() {
        long id = dashboard("ACME weekly");
        long gadget = calculation(id, acmeProfile);
        Answer shared = olive.put("/dashboards/" + id + "/shares",
                "{\"shares\":[{\"project\":\"acme\",\"role\":\"viewer\",\"rights\":\"view\"}]}");
        assertThat(shared.status()).as(shared.body()).isEqualTo(200);
        assertThat(firstShare(shared, "project")).isEqualTo("ACME");

        Answer seen = viv.get("/dashboards/" + id);
        assertThat(seen.status()).as(seen.body()).isEqualTo(200);
        assertThat(seen.text("access")).isEqualTo("view");
        assertThat(names(viv, "shared")).contains("ACME weekly");
        assertThat(names(viv, "mine")).doesNotContain("ACME weekly");
        long version = seen.number("version").longValue();
        for (Answer refused : List.of(
                viv.put("/dashboards/" + id, json("version", version, "name", "Mine now")),
                viv.post("/dashboards/" + id + "/gadgets", json("type", "pie", "column", 0)),
                viv.delete("/dashboards/" + id + "/gadgets/" + gadget),
                viv.put("/dashboards/" + id + "/layout", json("version", version, "layout", "one-column")),
                viv.put("/dashboards/" + id + "/shares", "{\"shares\":[]}"),
                viv.delete("/dashboards/" + id))) {
            assertThat(refused.status()).as(refused.body()).isEqualTo(403);
            assertThat(refused.errorMessages()).isNotEmpty();
        }
        assertThat(pat.get("/dashboards/" + id).status()).isEqualTo(404);
        assertThat(pat.delete("/dashboards/" + id).status()).isEqualTo(404);
        assertThat(olive.get("/dashboards/" + id).text("name")).isEqualTo("ACME weekly");
        assertThat(olive.get("/dashboards/" + id).object().getAsJsonArray("gadgets")).hasSize(1);

        // Editors' share reaches editors (and admins), not viewers.
        olive.put("/dashboards/" + id + "/shares", "{\"shares\":[{\"project\":\"ACME\",\"role\":\"editor\",\"rights\":\"view\"}]}");
        assertThat(viv.get("/dashboards/" + id).status()).isEqualTo(404);
        assertThat(eddie.get("/dashboards/" + id).text("access")).isEqualTo("view");
    }

    @Test
    void aPersonWithEditRightsArrangesAndRenamesButOnlyTheOwnerSharesAndDeletes() {
        long id = dashboard("Shared to edit");
        Answer shared = olive.put("/dashboards/" + id + "/shares", "{\"shares\":[{\"user\":\"eddie\",\"rights\":\"edit\"}]}");
        assertThat(shared.status()).as(shared.body()).isEqualTo(200);
        assertThat(firstShare(shared, "person.displayName")).isEqualTo("Eddie Editor");

        Answer seen = eddie.get("/dashboards/" + id);
        assertThat(seen.text("access")).isEqualTo("edit");
        Answer renamed = eddie.put("/dashboards/" + id, json("version", seen.number("version"), "name", "Edited"));
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        Answer added = eddie.post("/dashboards/" + id + "/gadgets", json("type", "pie", "column", 1));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(eddie.delete("/dashboards/" + id + "/gadgets/" + added.number("id")).status()).isEqualTo(204);
        assertThat(eddie.put("/dashboards/" + id + "/shares", "{\"shares\":[]}").status()).isEqualTo(403);
        assertThat(eddie.delete("/dashboards/" + id).status()).isEqualTo(403);
        assertThat(viv.get("/dashboards/" + id).status()).isEqualTo(404);

        assertThat(olive.get("/dashboards/" + id).text("name")).isEqualTo("Edited");
        assertThat(olive.delete("/dashboards/" + id).status()).isEqualTo(204);
        assertThat(eddie.get("/dashboards/" + id).status()).isEqualTo(404);
        assertThat(names(eddie, "shared")).doesNotContain("Edited");
    }

    @Test
    void badSharesAreRefusedNamingEachFieldAndNothingIsWritten() {
        long id = dashboard("Guarded");
        olive.put("/dashboards/" + id + "/shares", "{\"shares\":[{\"user\":\"viv\",\"rights\":\"view\"}]}");

        Answer refused = olive.put("/dashboards/" + id + "/shares", "{\"shares\":["
                + "{\"project\":\"ACME\",\"role\":\"boss\",\"rights\":\"view\"},"
                + "{\"user\":\"nobody-here\",\"rights\":\"view\"},"
                + "{\"project\":\"NOPE\",\"role\":\"viewer\",\"rights\":\"view\"},"
                + "{\"user\":\"eddie\",\"rights\":\"own\"},"
                + "{\"project\":\"ACME\",\"role\":\"viewer\",\"rights\":\"edit\"}]}");

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("shares[0].role", "shares[1].user",
                "shares[2].project", "shares[3].rights");
        List<String> keys = new ArrayList<>();
        refused.object().getAsJsonArray("errors").forEach(e -> keys.add(e.getAsJsonObject().get("messageKey").getAsString()));
        assertThat(keys).containsExactlyInAnyOrder("saleskpi.dashboard.share.unknownRole",
                "saleskpi.dashboard.share.unknownUser", "saleskpi.dashboard.share.unknownProject",
                "saleskpi.dashboard.share.badRights");
        Answer kept = olive.get("/dashboards/" + id + "/shares");
        assertThat(kept.object().getAsJsonArray("shares")).hasSize(1);
        assertThat(firstShare(kept, "user")).isEqualTo("viv");
        assertThat(eddie.get("/dashboards/" + id).status()).isEqualTo(404);
        // A project olive may not browse is unknown to her, like one that does not exist.
        api.user("gina", "Gina Gamma");
        api.role("GAMMA", "gina", "viewer");
        assertThat(olive.put("/dashboards/" + id + "/shares",
                "{\"shares\":[{\"project\":\"GAMMA\",\"role\":\"viewer\",\"rights\":\"view\"}]}").errorFields())
                .containsExactly("shares[0].project");
    }

    /**
     * The dashboard holds no figures: each gadget asks the gadget API as the person looking. The same gadget over
     * ACME and BETA gives olive both projects' wins and viv ACME's only; the BETA gadget is marked unseen for viv,
     * whose request for its figures is refused, and seen for olive.
     */
    @Test
    void figuresAreComputedAsTheViewerAndAGadgetOverAProjectTheyMayNotSeeSaysSo() {
        long id = dashboard("Both projects");
        long both = calculation(id, bothProfile);
        long beta = calculation(id, betaProfile);
        olive.put("/dashboards/" + id + "/shares", "{\"shares\":[{\"project\":\"ACME\",\"role\":\"viewer\",\"rights\":\"view\"}]}");

        assertThat(seen(olive.get("/dashboards/" + id))).isEqualTo(Map.of(both, true, beta, true));
        assertThat(seen(viv.get("/dashboards/" + id))).isEqualTo(Map.of(both, true, beta, false));
        assertThat(value(olive, bothProfile)).isEqualTo(8077);
        assertThat(value(viv, bothProfile)).isEqualTo(300);
        assertThat(value(olive, betaProfile)).isEqualTo(7777);
        assertThat(viv.get(dataPath(betaProfile)).status()).isEqualTo(404);
        assertThat(viv.get("/dashboards/" + id).object().toString()).doesNotContain("BETA").doesNotContain("7777");
    }

    /**
     * What a shared dashboard tells each viewer of the gadgets they see only part of, or none: the gadget over ACME
     * and BETA is {@code some} for viv (her figures, ACME's alone) and {@code all} for olive; a battery over a BETA
     * goal is {@code no-goal} for viv and {@code all} for olive; one over an ACME goal is seen by both. Nothing of
     * the BETA goal is in what viv gets.
     */
    @Test
    void aViewerIsToldOfAGoalSheMayNotSeeAndOfFiguresCoveringOnlyHerProjects() {
        long id = dashboard("Goals and both projects");
        long both = calculation(id, bothProfile);
        long acme = calculation(id, acmeProfile);
        long betaGoal = goal("BETA", "Beta's quarter");
        long acmeGoal = goal("ACME", "Acme's quarter");
        long hiddenBattery = battery(id, betaGoal);
        long shownBattery = battery(id, acmeGoal);
        olive.put("/dashboards/" + id + "/shares", "{\"shares\":[{\"project\":\"ACME\",\"role\":\"viewer\",\"rights\":\"view\"}]}");

        assertThat(sight(olive.get("/dashboards/" + id))).isEqualTo(Map.of(both, "all", acme, "all",
                hiddenBattery, "all", shownBattery, "all"));
        Answer asViv = viv.get("/dashboards/" + id);
        assertThat(sight(asViv)).isEqualTo(Map.of(both, "some", acme, "all", hiddenBattery, "no-goal",
                shownBattery, "all"));
        assertThat(seen(asViv)).isEqualTo(Map.of(both, true, acme, true, hiddenBattery, false, shownBattery, true));
        assertThat(asViv.object().toString()).doesNotContain("Beta's quarter");
        assertThat(value(viv, bothProfile)).isEqualTo(300);
        assertThat(value(olive, bothProfile)).isEqualTo(8077);
    }

    /**
     * The gadget's own JQL and the page's narrowing confine what it counts as its profile's scope does: over ACME and
     * BETA, narrowed to BETA it is {@code no-project} for viv, narrowed to ACME she sees {@code all} of it; a gadget
     * that pins its own keeps {@code some} under a page narrowed to ACME. Olive sees all of each.
     */
    @Test
    void aGadgetNarrowedByItsOwnOrThePagesJqlIsSeenAsFarAsThoseProjects() {
        long id = dashboard("Narrowed gadgets");
        long toBeta = calculation(id, bothProfile, ",\"jql\":\"project = BETA\"");
        long toAcme = calculation(id, bothProfile, ",\"jql\":\"project = acme AND status = Won\"");
        long following = calculation(id, bothProfile, "");
        long pinned = calculation(id, bothProfile, ",\"pinned\":\"true\"");
        olive.put("/dashboards/" + id + "/shares", "{\"shares\":[{\"project\":\"ACME\",\"role\":\"viewer\",\"rights\":\"view\"}]}");

        assertThat(sight(viv.get("/dashboards/" + id))).isEqualTo(Map.of(toBeta, "no-project", toAcme, "all",
                following, "some", pinned, "some"));
        assertThat(sight(viv.get("/dashboards/" + id + "?jql=" + Api.query("project = ACME"))))
                .isEqualTo(Map.of(toBeta, "all", toAcme, "all", following, "all", pinned, "some"));
        assertThat(sight(viv.get("/dashboards/" + id + "?jql=" + Api.query("project = BETA"))))
                .isEqualTo(Map.of(toBeta, "no-project", toAcme, "all", following, "no-project", pinned, "some"));
        assertThat(sight(olive.get("/dashboards/" + id + "?jql=" + Api.query("project = BETA"))))
                .isEqualTo(Map.of(toBeta, "all", toAcme, "all", following, "all", pinned, "all"));
    }

    @Test
    void theSharesAnswerListsEveryProjectTheOwnerMayShareWithIssuesOrNot() {
        api.role("NOISSUES", "olive", "viewer");
        long id = dashboard("Shareable projects");

        Answer shares = olive.get("/dashboards/" + id + "/shares");

        assertThat(shares.status()).as(shares.body()).isEqualTo(200);
        assertThat(shares.object().getAsJsonArray("projects").asList().stream().map(JsonElement::getAsString).toList())
                .as(shares.body()).containsExactly("ACME", "BETA", "NOISSUES");
        Answer shared = olive.put("/dashboards/" + id + "/shares",
                "{\"shares\":[{\"project\":\"NOISSUES\",\"role\":\"viewer\",\"rights\":\"view\"}]}");
        assertThat(shared.status()).as(shared.body()).isEqualTo(200);
    }

    @Test
    void starsListTheFavouritesAndTheHomePageOpensTheLastDashboardOpenedThenTheFirstStar() {
        long first = dashboard("Starred first");
        long second = dashboard("Opened last");
        long unshared = dashboard("Taken back");
        for (long id : List.of(first, second, unshared)) {
            olive.put("/dashboards/" + id + "/shares", "{\"shares\":[{\"user\":\"eddie\",\"rights\":\"view\"}]}");
        }
        assertThat(eddie.put("/dashboards/" + first + "/favourite", "{}").status()).isEqualTo(204);
        assertThat(eddie.put("/dashboards/" + unshared + "/favourite", "{}").status()).isEqualTo(204);
        assertThat(names(eddie, "favourites")).containsExactly("Starred first", "Taken back");
        assertThat(eddie.get("/dashboards/" + first).object().get("favourite").getAsBoolean()).isTrue();

        // Nothing opened yet: the first star.
        assertThat(home(eddie)).isEqualTo("/dashboards/" + first);
        eddie.get("/dashboards/" + unshared);
        assertThat(home(eddie)).isEqualTo("/dashboards/" + unshared);
        // The last one opened is unshared: never a dashboard they can no longer see, the first star instead.
        olive.put("/dashboards/" + unshared + "/shares", "{\"shares\":[]}");
        assertThat(names(eddie, "favourites")).containsExactly("Starred first");
        assertThat(home(eddie)).isEqualTo("/dashboards/" + first);
        eddie.get("/dashboards/" + second);
        assertThat(home(eddie)).isEqualTo("/dashboards/" + second);
        assertThat(eddie.delete("/dashboards/" + first + "/favourite").status()).isEqualTo(204);
        assertThat(names(eddie, "favourites")).isEmpty();
        assertThat(eddie.get("/dashboards?filter=everything").errorFields()).containsExactly("filter");
    }

    /** A field of the first share listed ({@code person.displayName}). */
    private static String firstShare(Answer shares, String path) {
        JsonElement current = shares.object().getAsJsonArray("shares").get(0);
        for (String name : path.split("\\.")) {
            current = current.getAsJsonObject().get(name);
        }
        return current.getAsString();
    }

    private static String home(Client client) {
        Answer home = client.page("/", "en");
        assertThat(home.status()).as(home.body()).isEqualTo(302);
        return home.header("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
    }

    private static Map<Long, Boolean> seen(Answer dashboard) {
        assertThat(dashboard.status()).as(dashboard.body()).isEqualTo(200);
        Map<Long, Boolean> seen = new HashMap<>();
        dashboard.object().getAsJsonArray("gadgets").forEach(g -> seen.put(g.getAsJsonObject().get("id").getAsLong(),
                g.getAsJsonObject().get("seen").getAsBoolean()));
        return seen;
    }

    private static Map<Long, String> sight(Answer dashboard) {
        assertThat(dashboard.status()).as(dashboard.body()).isEqualTo(200);
        Map<Long, String> sight = new HashMap<>();
        dashboard.object().getAsJsonArray("gadgets").forEach(g -> sight.put(g.getAsJsonObject().get("id").getAsLong(),
                g.getAsJsonObject().get("sight").getAsString()));
        return sight;
    }

    private static long goal(String project, String name) {
        Answer created = api.admin().post("/goals", json("project", project, "name", name));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.number("id").longValue();
    }

    private static long battery(long dashboard, long goal) {
        Answer added = olive.post("/dashboards/" + dashboard + "/gadgets", "{\"type\":\"battery\",\"column\":0,"
                + "\"preferences\":{\"goal\":\"" + goal + "\"}}");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return added.number("id").longValue();
    }

    private static int value(Client client, long profile) {
        Answer data = client.get(dataPath(profile));
        assertThat(data.status()).as(data.body()).isEqualTo(200);
        return data.number("value").intValue();
    }

    private static String dataPath(long profile) {
        return "/gadgets/calculation/data?profile=" + profile + "&kpi=won-revenue&period=" + MARCH;
    }

    private static long dashboard(String name) {
        Answer created = olive.post("/dashboards", json("name", name));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.number("id").longValue();
    }

    private static long calculation(long dashboard, long profile) {
        return calculation(dashboard, profile, "");
    }

    /** A calculation of won revenue with more preferences ({@code ,"jql":"..."}) after its own. */
    private static long calculation(long dashboard, long profile, String morePreferences) {
        Answer added = olive.post("/dashboards/" + dashboard + "/gadgets", "{\"type\":\"calculation\",\"column\":0,"
                + "\"preferences\":{\"profile\":\"" + profile + "\",\"kpi\":\"won-revenue\",\"period\":\"" + MARCH + "\""
                + morePreferences + "}}");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return added.number("id").longValue();
    }

    private static List<String> names(Client client, String filter) {
        Answer list = client.get("/dashboards?maxResults=100&filter=" + filter);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        for (JsonElement d : list.object().getAsJsonArray("dashboards")) {
            names.add(((JsonObject) d).get("name").getAsString());
        }
        return names;
    }

    private static Issue won(String key, int value, String amount) {
        return issue(key, "Opportunity", "Won").by("rep").created("2024-03-01").resolved("2024-03-10")
                .field(amount, value);
    }

    private static long profile(Client admin, String project, String scope, String amount) {
        Answer created = admin.post("/profiles", json("name", project + " " + scope, "project", project, "scope", scope,
                "leadTypes", new Api.Raw("[\"Lead\"]"), "dealTypes", new Api.Raw("[\"Opportunity\"]"),
                "wonStatuses", new Api.Raw("[\"Won\"]"), "fields", new Api.Raw(json("amount", amount))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.number("id").longValue();
    }
}
