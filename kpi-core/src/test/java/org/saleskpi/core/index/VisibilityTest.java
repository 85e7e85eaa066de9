package org.saleskpi.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VisibilityTest {

    @Test
    void anIssueWithoutALevelIsSeenInEveryBrowsableProjectAndNowhereElse() {
        Visibility visibility = new Visibility(Set.of("SALES", "CRM"), Set.of());

        assertThat(visibility.sees("SALES", null)).isTrue();
        assertThat(visibility.sees("CRM", null)).isTrue();
        assertThat(visibility.sees("HR", null)).isFalse();
    }

    @Test
    void aLevelOfAllProjectsCountsInEachBrowsableOne() {
        Visibility visibility = new Visibility(Set.of("SALES", "CRM"), Set.of(10L));

        assertThat(visibility.sees("SALES", 10L)).isTrue();
        assertThat(visibility.sees("CRM", 10L)).isTrue();
        assertThat(visibility.sees("SALES", 11L)).isFalse();
        // Being in the level never opens a project the user may not browse.
        assertThat(visibility.sees("HR", 10L)).isFalse();
    }

    /** A project role's level: SALES and CRM share the scheme, the user holds the role in SALES only. */
    @Test
    void aLevelOfOneProjectCountsThereOnly() {
        Visibility visibility = new Visibility(Set.of("SALES", "CRM"), Set.of(), Map.of("SALES", Set.of(20L)));

        assertThat(visibility.sees("SALES", 20L)).isTrue();
        assertThat(visibility.sees("CRM", 20L)).isFalse();
        assertThat(visibility.sees("CRM", null)).isTrue();
    }

    @Test
    void emptyLevelSetsOfAProjectMakeNoDifferenceToEquality() {
        // Tables loaded for one visibility answer an equal one: an empty entry must not tell them apart.
        assertThat(new Visibility(Set.of("SALES"), Set.of(), Map.of("SALES", Set.of())))
                .isEqualTo(new Visibility(Set.of("SALES"), Set.of()));
        assertThat(Visibility.none().sees("SALES", null)).isFalse();
    }

    /** CASE's Browse goes to the reporter: the user's rows there depend on each issue, so none is shown from here. */
    @Test
    void anUndecidedProjectShowsNoRowAndTellsTablesApart() {
        Visibility visibility = new Visibility(Set.of("SALES"), Set.of(), Map.of(), Set.of("CASE"));

        assertThat(visibility.sees("CASE", null)).isFalse();
        assertThat(visibility.sees("SALES", null)).isTrue();
        assertThat(visibility.undecided()).containsExactly("CASE");
        // A table loaded for a user with nothing undecided must not answer one who has something undecided.
        assertThat(visibility).isNotEqualTo(new Visibility(Set.of("SALES"), Set.of()));
        assertThat(new Visibility(Set.of("SALES"), Set.of()).undecided()).isEmpty();
    }

    /** JIRA's rows are decided issue by issue elsewhere (ADR 0036): only the listed keys, and only where browsable. */
    @Test
    void aProjectLimitedByKeyShowsOnlyItsListedKeys() {
        Visibility visibility = new Visibility(Set.of("JIRA", "SALES"), Set.of(), Map.of(), Set.of(),
                Map.of("JIRA", Set.of("JIRA-1"), "HR", Set.of("HR-1")));

        assertThat(visibility.sees("JIRA-1", "JIRA", null)).isTrue();
        assertThat(visibility.sees("JIRA-2", "JIRA", null)).isFalse();
        // A listed key never opens a project the user may not browse.
        assertThat(visibility.sees("HR-1", "HR", null)).isFalse();
        // Nor a level the user is not in.
        assertThat(visibility.sees("JIRA-1", "JIRA", 10L)).isFalse();
        assertThat(visibility.sees("SALES-9", "SALES", null)).isTrue();
        // Without a key no issue of a limited project can be told visible.
        assertThat(visibility.sees("JIRA", null)).isFalse();
        assertThat(visibility.sees("SALES", null)).isTrue();
    }

    @Test
    void anEmptyKeyListHidesTheWholeProjectAndTellsTablesApart() {
        Visibility none = new Visibility(Set.of("JIRA"), Set.of(), Map.of(), Set.of(), Map.of("JIRA", Set.of()));
        Visibility unlimited = new Visibility(Set.of("JIRA"), Set.of());

        assertThat(none.sees("JIRA-1", "JIRA", null)).isFalse();
        assertThat(unlimited.sees("JIRA-1", "JIRA", null)).isTrue();
        assertThat(none).isNotEqualTo(unlimited);
        assertThat(none.allowedKeys()).containsEntry("JIRA", Set.of());
        // Two users whose lists differ by one key are two visibilities; equal lists are one.
        assertThat(new Visibility(Set.of("JIRA"), Set.of(), Map.of(), Set.of(), Map.of("JIRA", Set.of("JIRA-1"))))
                .isNotEqualTo(new Visibility(Set.of("JIRA"), Set.of(), Map.of(), Set.of(),
                        Map.of("JIRA", Set.of("JIRA-2"))))
                .isEqualTo(new Visibility(Set.of("JIRA"), Set.of(), Map.of(), Set.of(),
                        Map.of("JIRA", new java.util.HashSet<>(Set.of("JIRA-1")))));
    }
}
