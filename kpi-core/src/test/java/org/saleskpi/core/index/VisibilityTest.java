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
}
