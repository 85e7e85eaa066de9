package org.saleskpi.server.fakejira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fields the conformance suite added to the fake's JQL, pinned by hand over five deals, so that the suite does not
 * rest on two evaluators agreeing with each other only. Users by index of {@link FakePeople}: 2 Alice Adams (Data
 * Center key = name {@code alice.adams}), 6 Elena Esposito (key {@code JIRAUSER10106}, name {@code elena.esposito}).
 * <pre>
 * key     assignee  Amount   Close date  Forecast   labels   status
 * DEAL-1  Alice     10000    2026-03-29  Commit     upsell   Lead
 * DEAL-2  Elena     250000   -           Pipeline   -        Won (resolved Done)
 * DEAL-3  -         -        2026-04-02  -          inbound  Lead
 * DEAL-4  Alice     10000    -           Commit     -        Lost (resolved Won't Do)
 * DEAL-5  Elena     5000     2026-03-29  -          -        Lead
 * </pre>
 */
class FakeJqlFieldsTest {
    private static FakeSite site;
    private static String sync;
    private static FakeUser alice;
    private static FakeUser elena;

    @BeforeAll
    static void fiveDeals() {
        site = new FakeSite(ZoneId.of("Europe/Berlin"), Instant.parse("2026-03-28T10:00:00Z"), DealHistories.PROJECTS,
                FakePeople.generate(1));
        sync = site.users().get(0).accountId();
        alice = site.users().get(2);
        elena = site.users().get(6);
        site.create("DEAL", Map.of("assignee", alice.accountId(), FakeSchema.AMOUNT, 10_000.0,
                FakeSchema.CLOSE_DATE, LocalDate.of(2026, 3, 29), FakeSchema.FORECAST, "Commit",
                "labels", List.of("upsell")), sync);
        site.create("DEAL", Map.of("assignee", elena.accountId(), FakeSchema.AMOUNT, 250_000.0,
                FakeSchema.FORECAST, "Pipeline"), sync);
        site.create("DEAL", Map.of(FakeSchema.CLOSE_DATE, LocalDate.of(2026, 4, 2), "labels", List.of("inbound")),
                sync);
        site.create("DEAL", Map.of("assignee", alice.accountId(), FakeSchema.AMOUNT, 10_000.0,
                FakeSchema.FORECAST, "Commit"), sync);
        site.create("DEAL", Map.of("assignee", elena.accountId(), FakeSchema.AMOUNT, 5_000.0,
                FakeSchema.CLOSE_DATE, LocalDate.of(2026, 3, 29)), sync);
        site.edit("DEAL-2", "status", "Won", sync);
        site.edit("DEAL-4", "status", "Lost", sync);
    }

    private static List<String> keys(String jql) {
        return FakeJql.run(jql + " ORDER BY key", site, sync).stream().map(FakeIssue::key).toList();
    }

    @Test
    void aUserIsNamedByAccountIdKeyNameDisplayNameOrAddress() {
        for (String value : List.of(elena.accountId(), "JIRAUSER10106", "elena.esposito", "ELENA ESPOSITO",
                "elena.esposito@example.com")) {
            assertThat(keys("assignee = \"" + value + "\"")).as(value).containsExactly("DEAL-2", "DEAL-5");
        }
        assertThat(elena.key()).isEqualTo("JIRAUSER10106");
        assertThat(keys("assignee in (alice.adams, EMPTY)")).containsExactly("DEAL-1", "DEAL-3", "DEAL-4");
        assertThat(FakeJql.run("assignee = currentUser()", site, alice.accountId()).stream().map(FakeIssue::key))
                .containsExactlyInAnyOrder("DEAL-1", "DEAL-4");
        assertThatThrownBy(() -> keys("assignee = nobody"))
                .hasMessage("The value 'nobody' does not exist for the field 'assignee'.");
    }

    @Test
    void negationsLeaveTheEmptyFieldOutAndNotFlipsTheOperator() {
        assertThat(keys("assignee != alice.adams")).containsExactly("DEAL-2", "DEAL-5");
        assertThat(keys("NOT assignee = alice.adams")).containsExactly("DEAL-2", "DEAL-5");
        assertThat(keys("assignee not in (alice.adams)")).containsExactly("DEAL-2", "DEAL-5");
        // NOT (Amount > 100000 OR Forecast = Commit) = Amount <= 100000 AND Forecast != Commit: DEAL-5 has no
        // forecast, DEAL-3 no amount, DEAL-2 too much; nothing is left.
        assertThat(keys("NOT (Amount > 100000 OR \"Forecast category\" = Commit)")).isEmpty();
        assertThat(keys("NOT Amount > 100000")).containsExactly("DEAL-1", "DEAL-4", "DEAL-5");
        assertThat(keys("NOT NOT Amount is EMPTY")).containsExactly("DEAL-3");
        assertThat(keys("\"Forecast category\" != Commit")).containsExactly("DEAL-2");
        assertThat(keys("\"Forecast category\" in (Commit, EMPTY)")).containsExactly("DEAL-1", "DEAL-3", "DEAL-4",
                "DEAL-5");
        assertThat(keys("labels != upsell")).containsExactly("DEAL-3");
        assertThat(keys("labels is EMPTY")).containsExactly("DEAL-2", "DEAL-4", "DEAL-5");
    }

    @Test
    void statusesResolutionsNumbersAndDays() {
        assertThat(keys("status in (Won, Lost)")).containsExactly("DEAL-2", "DEAL-4");
        assertThat(keys("status = 10004")).containsExactly("DEAL-2");
        assertThat(keys("resolution = Unresolved")).containsExactly("DEAL-1", "DEAL-3", "DEAL-5");
        assertThat(keys("resolution != Done")).containsExactly("DEAL-4");
        assertThat(keys("Amount >= 10000")).containsExactly("DEAL-1", "DEAL-2", "DEAL-4");
        assertThat(keys("cf[10100] = 10000")).containsExactly("DEAL-1", "DEAL-4");
        assertThat(keys("\"Close date\" = \"2026/03/29\"")).containsExactly("DEAL-1", "DEAL-5");
        assertThat(keys("\"close date\" > 2026-03-29")).containsExactly("DEAL-3");
        assertThat(keys("\"Close date\" is EMPTY")).containsExactly("DEAL-2", "DEAL-4");
    }

    @Test
    void emptyValuesSortLastAscendingAndFirstDescending() {
        // 5000, 10000 (DEAL-1, DEAL-4 by id), 250000, then the empty DEAL-3; reversed for DESC, ties still by id.
        assertThat(FakeJql.run("ORDER BY Amount", site, sync).stream().map(FakeIssue::key))
                .containsExactly("DEAL-5", "DEAL-1", "DEAL-4", "DEAL-2", "DEAL-3");
        assertThat(FakeJql.run("ORDER BY Amount DESC", site, sync).stream().map(FakeIssue::key))
                .containsExactly("DEAL-3", "DEAL-2", "DEAL-1", "DEAL-4", "DEAL-5");
        assertThat(FakeJql.run("ORDER BY \"Close date\" DESC, key DESC", site, sync).stream().map(FakeIssue::key))
                .containsExactly("DEAL-4", "DEAL-2", "DEAL-3", "DEAL-5", "DEAL-1");
    }
}
