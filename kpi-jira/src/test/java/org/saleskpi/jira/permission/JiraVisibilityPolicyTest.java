package org.saleskpi.jira.permission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.index.Visibility;
import org.saleskpi.core.testing.HandClock;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.jira.permission.SimulatedPermissions.Grant;

/**
 * The policy over a small simulated Jira: SALES and CRM share the issue security scheme "deals" (level 10 for the
 * group managers, 11 for the role Team, 12 for the reporter), OPS has none; ann is a manager and in Team on CRM,
 * bob is in the group sales only.
 */
class JiraVisibilityPolicyTest {
    private static final UserRef ANN = new UserRef("ann", "Ann");
    private static final UserRef BOB = new UserRef("bob", "Bob");
    private static final List<String> INDEXED = List.of("SALES", "CRM", "OPS");

    private final SimulatedPermissions jira = new SimulatedPermissions()
            .user("ann", "bob")
            .group("managers", "ann")
            .group("sales", "ann", "bob")
            .project("SALES", Grant.group("sales"))
            .project("CRM", Grant.group("sales"))
            .project("OPS", Grant.group("managers"))
            .project("HR", Grant.group("managers"))
            .roleUsers("CRM", "Team", "ann")
            .securityScheme("deals", "SALES", "CRM")
            .level(10, "deals", Grant.group("managers"))
            .level(11, "deals", Grant.role("Team"))
            .level(12, "deals", Grant.reporter(), Grant.group("sales"));
    private final HandClock clock = new HandClock(Instant.parse("2026-12-05T10:00:00Z"));
    private final JiraVisibilityPolicy policy = jira.policy(clock);

    @Test
    void projectsComeFromBrowseProjectsAndLevelsPerProjectFromTheSecurityLevelManager() {
        Visibility ann = policy.of(ANN, INDEXED);

        // HR is browsable but holds no indexed issue: not asked about, not listed.
        assertThat(ann.projects()).containsExactlyInAnyOrder("SALES", "CRM", "OPS");
        // Level 11 (role Team) is ann's in CRM only, where she holds the role; level 12 has a reporter grant
        // Jira answers "yes" for at project level, so it is never trusted; OPS has no scheme.
        assertThat(ann.projectLevels()).isEqualTo(Map.of("SALES", Set.of(10L), "CRM", Set.of(10L, 11L)));
        assertThat(ann.sees("CRM", 11L)).isTrue();
        assertThat(ann.sees("SALES", 11L)).isFalse();
        assertThat(ann.sees("SALES", 12L)).isFalse();
        // Whether ann sees an issue at 12 depends on who reported it: SALES and CRM are undecided, OPS is not.
        assertThat(ann.undecided()).containsExactlyInAnyOrder("SALES", "CRM");

        Visibility bob = policy.of(BOB, INDEXED);
        assertThat(bob).isEqualTo(new Visibility(Set.of("SALES", "CRM"), Set.of(), Map.of(), Set.of("SALES", "CRM")));
    }

    /**
     * SUPPORT grants Browse Projects to the reporter too: Jira's getProjects says "yes" for it to anyone, and only
     * its search narrows that to the issues one reported, so the cache shows none of SUPPORT, even to bob who also
     * browses it through his group, and says SUPPORT is undecided for both. WIKI grants it to any user with
     * application access, which needs no issue.
     */
    @Test
    void aProjectWhoseBrowseGrantDependsOnTheIssueIsLeftOutAndUndecided() {
        SimulatedPermissions support = new SimulatedPermissions().user("bob", "cy").group("sales", "bob")
                .project("SUPPORT", Grant.reporter(), Grant.group("sales"))
                .project("WIKI", Grant.anyUser());
        JiraVisibilityPolicy policy = support.policy(clock);

        assertThat(policy.of(BOB, List.of("SUPPORT", "WIKI")).projects()).containsExactly("WIKI");
        assertThat(policy.of(new UserRef("cy", "Cy"), List.of("SUPPORT", "WIKI")).projects()).containsExactly("WIKI");
        assertThat(policy.of(BOB, List.of("SUPPORT", "WIKI")).undecided()).containsExactly("SUPPORT");
        assertThat(policy.of(new UserRef("cy", "Cy"), List.of("SUPPORT", "WIKI")).undecided())
                .containsExactly("SUPPORT");
        // A project outside the index is not asked about, undecided or not.
        assertThat(policy.of(BOB, List.of("WIKI")).undecided()).isEmpty();
    }

    @Test
    void aUserJiraDoesNotKnowSeesNothing() {
        assertThat(policy.of(new UserRef("ghost", "Ghost"), INDEXED)).isEqualTo(Visibility.none());
        assertThat(policy.of(null, INDEXED)).isEqualTo(Visibility.none());
    }

    @Test
    void anAnswerIsKeptTenSecondsThenAskedAgain() {
        Visibility first = policy.of(ANN, INDEXED);
        int asked = jira.questions();
        jira.removeFromGroup("managers", "ann");

        clock.advance(Duration.ofMillis(9_999));
        assertThat(policy.of(ANN, INDEXED)).isEqualTo(first);
        assertThat(jira.questions()).isEqualTo(asked);

        clock.advance(Duration.ofMillis(1));
        Visibility later = policy.of(ANN, INDEXED);
        assertThat(later.projects()).containsExactlyInAnyOrder("SALES", "CRM");
        assertThat(later.projectLevels()).isEqualTo(Map.of("CRM", Set.of(11L)));
        assertThat(jira.questions()).isGreaterThan(asked);
    }

    @Test
    void forgetAllMakesTheNextRequestAskJira() {
        policy.of(BOB, INDEXED);
        jira.removeFromGroup("sales", "bob");

        assertThat(policy.of(BOB, INDEXED).projects()).containsExactlyInAnyOrder("SALES", "CRM");
        policy.forgetAll();
        assertThat(policy.of(BOB, INDEXED)).isEqualTo(new Visibility(Set.of(), Set.of()));
    }

    @Test
    void anotherSetOfIndexedProjectsIsAnotherQuestion() {
        assertThat(policy.of(ANN, List.of("OPS")).projects()).containsExactly("OPS");
        assertThat(policy.of(ANN, List.of("OPS", "HR")).projects()).containsExactlyInAnyOrder("OPS", "HR");
    }

    @Test
    void anAnswerComputedWhileAChangeIsAnnouncedIsNotKept() {
        VisibilityCache cache = new VisibilityCache(clock, Duration.ofSeconds(10));
        Visibility stale = new Visibility(Set.of("SALES"), Set.of());
        Visibility fresh = new Visibility(Set.of(), Set.of());

        // The event lands between Jira's answer and the cache's put: that answer may predate the change.
        assertThat(cache.get("bob", Set.of("SALES"), () -> {
            cache.forgetAll();
            return stale;
        })).isEqualTo(stale);
        assertThat(cache.get("bob", Set.of("SALES"), () -> fresh)).isEqualTo(fresh);
        assertThat(cache.get("bob", Set.of("SALES"), () -> stale)).isEqualTo(fresh);
    }
}
