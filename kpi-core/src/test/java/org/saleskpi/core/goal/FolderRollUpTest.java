package org.saleskpi.core.goal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A folder's progress is the plain mean of its goals' progress, sub-folders included (ADR 0062). */
class FolderRollUpTest {
    private static final Instant NOW = Instant.parse("2026-03-01T00:00:00Z");
    private static final GoalFolder EMEA = new GoalFolder(1, "SALES", "EMEA", Optional.empty());
    private static final GoalFolder DACH = new GoalFolder(2, "SALES", "DACH", Optional.of(1L));
    private static final GoalFolder EMPTY = new GoalFolder(3, "SALES", "Empty", Optional.empty());

    @Test
    void aFolderAveragesItsGoalsAndThoseOfItsSubFoldersEachGoalCountingOnce() {
        // EMEA holds a goal at 20 %; DACH (inside EMEA) a goal at 50 % with three targets (50 %, 50 %, 50 %)
        // and one without targets. DACH: 50 %. EMEA: (20 % + 50 %) / 2 = 35 %, not (20 + 50 + 50 + 50) / 4.
        Goal emea = goal(10, 1L, false, target(10, "20"));
        Goal dach = goal(11, 2L, false, target(11, "50"), target(11, "50"), target(11, "50"));
        Goal bare = goal(12, 2L, false);
        Goal archived = goal(13, 2L, true, target(13, "100"));
        Goal top = goal(14, null, false, target(14, "100"));

        Map<Long, FolderRollUp> rollUps = FolderRollUp.of(List.of(EMEA, DACH, EMPTY),
                List.of(emea, dach, bare, archived, top));

        assertThat(rollUps.get(2L)).isEqualTo(new FolderRollUp(2, 1, Optional.of(new Progress(new BigDecimal("0.5")))));
        assertThat(rollUps.get(1L).goals()).isEqualTo(3);
        assertThat(rollUps.get(1L).measured()).isEqualTo(2);
        assertThat(rollUps.get(1L).progress().orElseThrow().fraction()).isEqualByComparingTo("0.35");
        // A folder without goals has no progress, rather than 0 %.
        assertThat(rollUps.get(3L)).isEqualTo(new FolderRollUp(0, 0, Optional.empty()));
    }

    @Test
    void aFolderWhoseGoalsHaveNoTargetsHasNoProgress() {
        Map<Long, FolderRollUp> rollUps = FolderRollUp.of(List.of(EMEA), List.of(goal(10, 1L, false)));
        assertThat(rollUps.get(1L)).isEqualTo(new FolderRollUp(1, 0, Optional.empty()));
    }

    private static Goal goal(long id, Long folder, boolean archived, Target... targets) {
        return new Goal(id, "SALES", Optional.ofNullable(folder), "alice", "Goal " + id, "",
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), "#0052CC", archived, NOW, NOW, 1,
                List.of(targets));
    }

    /** A numeric target from 0 to 100 at {@code current}: its progress is current %. */
    private static Target target(long goalId, String current) {
        return new Target(0, goalId, "Calls", new TargetKind.Numeric(), Optional.empty(), BigDecimal.ZERO,
                new BigDecimal("100"), new BigDecimal(current), "alice", BigDecimal.ONE, 0);
    }
}
