package org.saleskpi.server.fakejira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The generated site: deterministic, believable deal histories whose changelogs replay to the issues' values. */
class FakeSiteTest {
    private static final ZoneId ZONE = ZoneId.of("America/New_York");
    private static final Instant NOW = Instant.parse("2026-11-30T15:00:00Z");

    @Test
    void theSameSeedGivesTheSameSiteAndAnotherSeedAnother() {
        FakeSite one = FakeSite.generate(42, 300, ZONE, NOW);
        FakeSite again = FakeSite.generate(42, 300, ZONE, NOW);
        FakeSite other = FakeSite.generate(43, 300, ZONE, NOW);
        assertThat(again.issues()).isEqualTo(one.issues());
        assertThat(again.users()).isEqualTo(one.users());
        assertThat(again.token(one.users().get(3).accountId())).isEqualTo(one.token(one.users().get(3).accountId()));
        assertThat(other.issues()).isNotEqualTo(one.issues());
    }

    @Test
    void dealsHaveBelievableHistories() {
        FakeSite site = FakeSite.generate(5, 2_000, ZONE, NOW);
        List<FakeIssue> issues = site.issues();
        assertThat(issues).hasSize(2_000);
        assertThat(issues).extracting(FakeIssue::numericId).isSorted().doesNotHaveDuplicates();
        // Status visits back and forth: some deal moves to an earlier stage.
        assertThat(issues).anyMatch(issue -> issue.changelog().stream().flatMap(g -> g.items().stream())
                .anyMatch(item -> item.fieldId().equals("status") && item.from() != null && item.to() != null
                        && Long.parseLong(item.to()) < Long.parseLong(item.from())));
        assertThat(count(issues, FakeSchema.AMOUNT)).isGreaterThan(200);
        assertThat(count(issues, FakeSchema.CLOSE_DATE)).isGreaterThan(200);
        assertThat(count(issues, "assignee")).isGreaterThan(50);
        assertThat(issues).filteredOn(i -> "Won".equals(i.field("status"))).isNotEmpty()
                .allMatch(i -> "Done".equals(i.field("resolution")) && i.field("resolutiondate") != null);
        assertThat(issues).filteredOn(i -> "Lost".equals(i.field("status"))).isNotEmpty();
        assertThat(issues).filteredOn(i -> i.changelog().size() >= 300).hasSize(3);
        assertThat(issues).filteredOn(i -> i.securityLevel() != null).hasSizeGreaterThanOrEqualTo(2)
                .allMatch(i -> i.project().equals("ENT"));
        assertThat(issues).allMatch(i -> !i.updated().isBefore(i.created()) && i.updated().isBefore(NOW));
        assertThat(issues).allMatch(i -> i.changelog().isEmpty() || i.updated().equals(i.changelog().get(i.changelog().size() - 1).created()));
    }

    @Test
    void everyChangelogReplaysToTheIssuesCurrentValues() {
        FakeSite site = FakeSite.generate(9, 1_000, ZONE, NOW);
        for (FakeIssue issue : site.issues()) {
            Map<String, FakeChangeItem> last = new HashMap<>();
            Instant previous = issue.created();
            for (FakeChangeGroup group : issue.changelog()) {
                assertThat(group.created()).isAfterOrEqualTo(previous);
                previous = group.created();
                for (FakeChangeItem item : group.items()) {
                    FakeChangeItem before = last.put(item.fieldId(), item);
                    if (before != null) {
                        assertThat(item.fromString()).as(issue.key() + " " + item.field()).isEqualTo(before.toText());
                    }
                }
            }
            last.forEach((fieldId, item) -> assertThat(item.toText()).as(issue.key() + " " + fieldId)
                    .isEqualTo(shown(site, fieldId, issue.field(fieldId))));
        }
    }

    @Test
    void usersHaveCloudAccountIdsAndDataCenterKeysAndNames() {
        FakeSite site = FakeSite.generate(1, 10, ZONE, NOW);
        assertThat(site.users()).hasSizeGreaterThanOrEqualTo(10).allMatch(u -> u.accountId() != null && u.key() != null
                && u.name() != null && u.email().endsWith("@example.com"));
        assertThat(site.users()).anyMatch(u -> u.accountId().startsWith("557058:"))
                .anyMatch(u -> u.key().startsWith("JIRAUSER")).anyMatch(u -> u.key().equals(u.name()));
        assertThat(site.users().stream().map(u -> site.token(u.accountId())).distinct()).hasSize(site.users().size());
    }

    @Test
    void editsAddAChangeGroupAtNowAndBumpUpdated() {
        FakeSite site = FakeSite.generate(3, 50, ZONE, NOW);
        String rep = site.users().get(4).accountId();
        FakeIssue deal = site.create("SMB", Map.of(FakeSchema.AMOUNT, 12_000.0, "assignee", rep), rep);
        assertThat(deal.created()).isEqualTo(NOW);
        assertThat(deal.key()).startsWith("SMB-");
        site.advance(Duration.ofHours(2));
        site.edit(deal.key(), FakeSchema.AMOUNT, 15_500.0, rep);
        site.advance(Duration.ofHours(1));
        site.edit(deal.id(), "status", "Won", rep);

        FakeIssue edited = site.issue(deal.key()).orElseThrow();
        assertThat(edited.updated()).isEqualTo(NOW.plus(Duration.ofHours(3)));
        assertThat(edited.changelog()).hasSize(2);
        assertThat(edited.changelog().get(0).items()).containsExactly(
                new FakeChangeItem("Amount", FakeSchema.AMOUNT, null, "12000", null, "15500"));
        assertThat(edited.changelog().get(1).items()).containsExactly(
                new FakeChangeItem("status", "status", "10000", "Lead", "10004", "Won"),
                new FakeChangeItem("resolution", "resolution", null, null, "10000", "Done"));
        assertThat(edited.field("resolutiondate")).isEqualTo(NOW.plus(Duration.ofHours(3)));
        assertThat(Long.parseLong(edited.changelog().get(1).id())).isGreaterThan(Long.parseLong(edited.changelog().get(0).id()));

        site.delete(deal.key());
        assertThat(site.issue(deal.key())).isEmpty();
        assertThat(site.issue(deal.id())).isEmpty();
        assertThatThrownBy(() -> site.edit(deal.key(), "summary", "x", rep)).isInstanceOf(IllegalArgumentException.class);
        FakeIssue other = site.issues().get(0);
        assertThatThrownBy(() -> site.edit(other.key(), "security", 10300L, rep)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> site.edit(other.key(), "created", NOW, rep)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withdrawingAProjectHidesItsIssuesFromThatUserOnly() {
        FakeSite site = FakeSite.generate(3, 200, ZONE, NOW);
        String rep = site.users().get(5).accountId();
        String other = site.users().get(6).accountId();
        FakeIssue deal = site.issues().stream().filter(i -> i.project().equals("DEAL")).findFirst().orElseThrow();
        assertThat(site.canSee(rep, deal)).isTrue();
        site.withdraw("DEAL", rep);
        assertThat(site.visibleProjects(rep)).doesNotContain("DEAL");
        assertThat(site.canSee(rep, deal)).isFalse();
        assertThat(site.canSee(other, deal)).isTrue();
    }

    /** The text Jira shows for a current value, as the last change item's toString must read. */
    private static String shown(FakeSite site, String fieldId, Object value) {
        if (value == null) {
            return null;
        }
        return switch (FakeSchema.field(fieldId).orElseThrow().schemaType()) {
            case "user" -> site.user((String) value).displayName();
            case "number" -> ChangeItems.number(value);
            case "date" -> ((LocalDate) value) + " 00:00:00.0";
            default -> Objects.toString(value);
        };
    }

    private static long count(List<FakeIssue> issues, String fieldId) {
        return issues.stream().filter(i -> i.changelog().stream().flatMap(g -> g.items().stream())
                .anyMatch(item -> item.fieldId().equals(fieldId))).count();
    }
}
