package org.saleskpi.server.fakejira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fake's own JQL over five hand-made issues in Europe/Berlin, across the switch to summer time
 * (2026-03-29 02:00 local, 01:00 UTC). The site, in creation order:
 * <pre>
 *   id     key     type     created (UTC)       updated (UTC)
 *   10001  DEAL-1  Deal     2026-03-28 10:00    2026-03-30 11:30 (amount edited)
 *   10002  ENT-1   Renewal  2026-03-29 10:00    = created
 *   10003  SMB-1   Deal     2026-03-29 10:30    = created
 *   10004  DEAL-2  Deal     2026-03-29 11:30    = created
 *   10005  PART-1  Deal     2026-03-30 11:30    = created      (now = 2026-03-30 11:30 UTC)
 * </pre>
 */
class FakeJqlTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static FakeSite site;
    private static String sync;

    @BeforeAll
    static void handMadeSite() {
        site = new FakeSite(BERLIN, Instant.parse("2026-03-28T10:00:00Z"), DealHistories.PROJECTS, FakePeople.generate(1));
        sync = site.users().get(0).accountId();
        site.create("DEAL", Map.of(FakeSchema.AMOUNT, 10_000.0), sync);
        site.advance(Duration.ofDays(1));
        site.create("ENT", Map.of("issuetype", "Renewal"), sync);
        site.advance(Duration.ofMinutes(30));
        site.create("SMB", Map.of(), sync);
        site.advance(Duration.ofHours(1));
        site.create("DEAL", Map.of(), sync);
        site.advance(Duration.ofDays(1));
        site.edit("DEAL-1", FakeSchema.AMOUNT, 12_000.0, sync);
        site.create("PART", Map.of(), sync);
    }

    private static List<String> keys(String jql) {
        return keys(jql, sync);
    }

    private static List<String> keys(String jql, String accountId) {
        return FakeJql.run(jql, site, accountId).stream().map(FakeIssue::key).toList();
    }

    @Test
    void theSiteIsAsTheTableSays() {
        assertThat(site.issues()).extracting(FakeIssue::id, FakeIssue::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("10001", "DEAL-1"), org.assertj.core.groups.Tuple.tuple("10002", "ENT-1"),
                        org.assertj.core.groups.Tuple.tuple("10003", "SMB-1"), org.assertj.core.groups.Tuple.tuple("10004", "DEAL-2"),
                        org.assertj.core.groups.Tuple.tuple("10005", "PART-1"));
        assertThat(site.issue("DEAL-1").orElseThrow().updated()).isEqualTo(Instant.parse("2026-03-30T11:30:00Z"));
    }

    @Test
    void projectsAndTypes() {
        // No ORDER BY: keys descending (DEAL-2 before DEAL-1).
        assertThat(keys("project = DEAL")).containsExactly("DEAL-2", "DEAL-1");
        assertThat(keys("project in (DEAL, SMB) ORDER BY created ASC")).containsExactly("DEAL-1", "SMB-1", "DEAL-2");
        assertThat(keys("project = \"Enterprise deals\"")).containsExactly("ENT-1");
        assertThat(keys("issuetype = Renewal")).containsExactly("ENT-1");
        // Deals outside ENT, by id descending: 10005, 10004, 10003, 10001.
        assertThat(keys("issuetype in (Deal) AND project != ENT ORDER BY id DESC"))
                .containsExactly("PART-1", "DEAL-2", "SMB-1", "DEAL-1");
        assertThat(keys("project not in (DEAL, ENT) order by key asc")).containsExactly("PART-1", "SMB-1");
    }

    @Test
    void datesAreReadInTheSiteZoneAcrossTheSummerTimeSwitch() {
        // 2026/03/30 13:30 Berlin (CEST, +2) = 11:30 UTC: DEAL-1's edit and PART-1's creation.
        assertThat(keys("updated >= \"2026/03/30 13:30\" ORDER BY key ASC")).containsExactly("DEAL-1", "PART-1");
        assertThat(keys("updated >= \"2026/03/30 13:31\"")).isEmpty();
        // 2026/03/29 is Berlin's midnight, still CET (+1): 2026-03-28 23:00 UTC. DEAL-1 (03-28 10:00) is before it.
        assertThat(keys("created >= \"2026/03/29\" ORDER BY created ASC")).containsExactly("ENT-1", "SMB-1", "DEAL-2", "PART-1");
        // 12:00 on 03-29 is after the switch (+2): 10:00 UTC, exactly ENT-1's creation, which "<" leaves out.
        assertThat(keys("created < \"2026-03-29 12:00\"")).containsExactly("DEAL-1");
        assertThat(keys("created <= \"2026-03-29 12:00\" ORDER BY id")).containsExactly("DEAL-1", "ENT-1");
        // A period counts back from the site's now (03-30 11:30 UTC): one hour back is 10:30 UTC.
        assertThat(keys("updated >= -1h ORDER BY key")).containsExactly("DEAL-1", "PART-1");
    }

    @Test
    void idsAndKeys() {
        assertThat(keys("id > 10002 AND id <= 10004 ORDER BY id ASC")).containsExactly("SMB-1", "DEAL-2");
        assertThat(keys("key in (DEAL-2, ENT-1) ORDER BY key ASC")).containsExactly("DEAL-2", "ENT-1");
        assertThat(keys("id in (10001, 10005) ORDER BY created DESC")).containsExactly("PART-1", "DEAL-1");
        // A key comparison stays in its project: DEAL-2 only.
        assertThat(keys("issuekey > DEAL-1")).containsExactly("DEAL-2");
        assertThat(keys("key = deal-1")).containsExactly("DEAL-1");
        assertThat(keys("id in (99999, 10003)")).containsExactly("SMB-1");
    }

    @Test
    void booleanStructure() {
        // DEAL-1 and DEAL-2 are Deals, ENT-1 a Renewal.
        assertThat(keys("(project = DEAL OR project = ENT) AND NOT issuetype = Renewal ORDER BY key DESC"))
                .containsExactly("DEAL-2", "DEAL-1");
        assertThat(keys("project = SMB OR project = PART AND issuetype = Renewal")).containsExactly("SMB-1");
    }

    @Test
    void severalSortKeysAndTies() {
        // updated: DEAL-1 and PART-1 both 03-30 11:30 (tie), then DEAL-2 11:30, SMB-1 10:30, ENT-1 10:00 on 03-29.
        String all = "project in (DEAL, ENT, SMB, PART)";
        assertThat(keys(all + " ORDER BY updated DESC, key ASC")).containsExactly("DEAL-1", "PART-1", "DEAL-2", "SMB-1", "ENT-1");
        assertThat(keys(all + " ORDER BY updated DESC, key DESC")).containsExactly("PART-1", "DEAL-1", "DEAL-2", "SMB-1", "ENT-1");
        assertThat(keys(all + " ORDER BY updated DESC")).containsExactly("DEAL-1", "PART-1", "DEAL-2", "SMB-1", "ENT-1");
        assertThat(keys("ORDER BY created DESC")).containsExactly("PART-1", "DEAL-2", "SMB-1", "ENT-1", "DEAL-1");
    }

    @Test
    void onlyWhatTheUserMayBrowse() {
        String rep = site.users().get(12).accountId(); // no Browse on PART
        assertThat(keys("issuetype = Deal ORDER BY id", rep)).containsExactly("DEAL-1", "SMB-1", "DEAL-2");
        assertThatThrownBy(() -> keys("project = PART", rep)).isInstanceOf(FakeJqlException.class)
                .hasMessage("The value 'PART' does not exist for the field 'project'.");
    }

    @Test
    void whatJiraRefusesComesWithJirasMessage() {
        assertThatThrownBy(() -> keys("nosuchfield = 1"))
                .hasMessage("Field 'nosuchfield' does not exist or you do not have permission to view it.");
        assertThatThrownBy(() -> keys("project = NOPE")).hasMessage("The value 'NOPE' does not exist for the field 'project'.");
        assertThatThrownBy(() -> keys("project ~ DEAL")).hasMessage("The operator '~' is not supported by the 'project' field.");
        assertThatThrownBy(() -> keys("updated >= \"yesterday\"")).hasMessageStartingWith("Date value 'yesterday' for field 'updated' is invalid.");
        assertThatThrownBy(() -> keys("project DEAL")).hasMessageStartingWith("Error in the JQL Query: Expecting operator but got 'DEAL'.");
        assertThatThrownBy(() -> keys("project = DEAL AND")).hasMessageStartingWith("Error in the JQL Query:");
        assertThatThrownBy(() -> keys("project = DEAL ORDER BY nosuchfield"))
                .hasMessage("Field 'nosuchfield' does not exist or you do not have permission to view it.");
        assertThatThrownBy(() -> keys("project = \"DEAL")).hasMessageContaining("has not been completed");
    }

    @Test
    void theHttpSearchAndEvaluateAgree() {
        try (FakeJira jira = FakeJira.start(site, org.saleskpi.server.jira.JiraKind.DATA_CENTER)) {
            String jql = "created >= \"2026/03/29\" ORDER BY created ASC";
            com.google.gson.JsonObject page = Calls.as(jira, site.users().get(0))
                    .get("/rest/api/2/search?fields=summary&jql=" + Calls.q(jql)).json().getAsJsonObject();
            List<String> searched = new java.util.ArrayList<>();
            page.getAsJsonArray("issues").forEach(i -> searched.add(i.getAsJsonObject().get("key").getAsString()));
            assertThat(searched).isEqualTo(jira.evaluate(jql, sync)).containsExactly("ENT-1", "SMB-1", "DEAL-2", "PART-1");
            Calls.Reply refused = Calls.as(jira, site.users().get(0)).get("/rest/api/2/search?jql=" + Calls.q("nosuchfield = 1"));
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.json().getAsJsonObject().getAsJsonArray("errorMessages").get(0).getAsString())
                    .isEqualTo("Field 'nosuchfield' does not exist or you do not have permission to view it.");
            assertThat(refused.json().getAsJsonObject().getAsJsonArray("warningMessages")).isEmpty();
        }
    }
}
