package org.saleskpi.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.period.Period;

class DemoSpecTest {
    private static final LocalDate FIRST_DAY = LocalDate.of(2024, 2, 1);
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void ofFillsInTwoYearsOfTheSalesProjectWithTwelveReps() {
        DemoSpec spec = DemoSpec.of(7L, 5_000, FIRST_DAY, BERLIN);

        assertThat(spec.months()).isEqualTo(24);
        assertThat(spec.projectKey()).isEqualTo("SALES");
        assertThat(spec.repCount()).isEqualTo(12);
        assertThat(spec.window()).isEqualTo(new Period(FIRST_DAY, LocalDate.of(2026, 2, 1)));
    }

    @Test
    void repKeysHaveTwoDigits() {
        DemoSpec spec = new DemoSpec(1L, 100, FIRST_DAY, 12, BERLIN, "SALES", 12);

        assertThat(spec.repKeys()).hasSize(12).startsWith("rep01", "rep02").endsWith("rep10", "rep11", "rep12");
    }

    @Test
    void rejectsTooFewIssues() {
        assertThatThrownBy(() -> new DemoSpec(1L, 99, FIRST_DAY, 24, BERLIN, "SALES", 12))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("issueCount must be at least 100, was 99");
    }

    @Test
    void rejectsMonthsOutsideOneToTwoHundredForty() {
        assertThatThrownBy(() -> new DemoSpec(1L, 100, FIRST_DAY, 0, BERLIN, "SALES", 12))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("months must be 1..240, was 0");
        assertThatThrownBy(() -> new DemoSpec(1L, 100, FIRST_DAY, 241, BERLIN, "SALES", 12))
                .hasMessage("months must be 1..240, was 241");
    }

    @Test
    void rejectsAProjectKeyJiraWouldNotAccept() {
        assertThatThrownBy(() -> new DemoSpec(1L, 100, FIRST_DAY, 24, BERLIN, "sales", 12))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("projectKey must be a Jira project key")
                .hasMessageEndingWith("was: sales");
        assertThatThrownBy(() -> new DemoSpec(1L, 100, FIRST_DAY, 24, BERLIN, "S", 12))
                .hasMessageEndingWith("was: S");
    }

    @Test
    void rejectsATeamOutsideOneToNinetyNineReps() {
        assertThatThrownBy(() -> new DemoSpec(1L, 100, FIRST_DAY, 24, BERLIN, "SALES", 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("repCount must be 1..99, was 0");
        assertThatThrownBy(() -> new DemoSpec(1L, 100, FIRST_DAY, 24, BERLIN, "SALES", 100))
                .hasMessage("repCount must be 1..99, was 100");
    }

    @Test
    void namesTheMissingPart() {
        assertThatThrownBy(() -> new DemoSpec(1L, 100, null, 24, BERLIN, "SALES", 12))
                .isInstanceOf(NullPointerException.class).hasMessage("firstDay");
        assertThatThrownBy(() -> new DemoSpec(1L, 100, FIRST_DAY, 24, null, "SALES", 12))
                .isInstanceOf(NullPointerException.class).hasMessage("zone");
    }
}
