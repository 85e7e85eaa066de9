package org.saleskpi.core.gadget.leaderboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.saleskpi.core.gadget.Pipeline.date;
import static org.saleskpi.core.gadget.Pipeline.deal;
import static org.saleskpi.core.gadget.Pipeline.task;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.gadget.GadgetScope;
import org.saleskpi.core.gadget.Pipeline;
import org.saleskpi.core.gadget.leaderboard.LeaderboardDataset.Entry;
import org.saleskpi.core.gadget.leaderboard.LeaderboardOptions.Scoring;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.period.Period;

class LeaderboardGadgetTest {
    private static final Period MARCH = Period.inclusive(date("2025-03-01"), date("2025-03-31"));

    private final LeaderboardGadget gadget = new LeaderboardGadget(GadgetScope.of(Pipeline.model()));

    /*
     * March, default scoring (10 a won deal, 1 per 1000 won, 1 a resolved issue):
     *   ann   won 1000 + 2000, one task done     -> 2 x 10 + 3 + 1      = 24
     *   bob   won 11000, three tasks done        -> 10 + 11 + 3         = 24
     *   carol lost a deal, one task done (another in February) -> 0 + 1 = 1
     *   dave  only an open deal                  -> 0
     * ann's 5000 won in February does not count, nor does the task done by no one. A lost or won
     * deal is not a "resolved issue": wins score through the deal weights only.
     */
    private static IssueTable march() {
        return Pipeline.table(
                deal("S-1").rep("ann").amount("1000").won("2025-03-03"),
                deal("S-2").rep("ann").amount("2000").won("2025-03-10"),
                deal("S-3").rep("bob").amount("11000").won("2025-03-12"),
                task("S-4").rep("bob").done("2025-03-01"),
                task("S-5").rep("bob").done("2025-03-02"),
                task("S-6").rep("bob").done("2025-03-31"),
                task("S-7").rep("ann").done("2025-03-15"),
                deal("S-8").rep("carol").amount("700").lost("2025-03-20"),
                task("S-9").rep("carol").done("2025-03-21"),
                task("S-10").rep("carol").done("2025-02-21"),
                deal("S-11").rep("dave").amount("300"),
                deal("S-12").rep("ann").amount("5000").won("2025-02-27"),
                task("S-13").done("2025-03-05"));
    }

    @Test
    void tiedRepsShareTheFirstRank() {
        LeaderboardDataset board = gadget.dataset(march(), LeaderboardOptions.of(MARCH));

        assertThat(board.currency()).isEqualTo("EUR");
        assertThat(board.scoring()).isEqualTo(Scoring.DEFAULT);
        assertThat(board.entries()).extracting(Entry::rep).containsExactly("ann", "bob", "carol", "dave");
        assertThat(board.entries()).extracting(Entry::rank).containsExactly(1, 1, 3, 4);
        assertThat(board.entries()).extracting(e -> e.points().stripTrailingZeros().toPlainString())
                .containsExactly("24", "24", "1", "0");
        Entry ann = board.entries().get(0);
        assertThat(ann.wonDeals()).isEqualTo(2);
        assertThat(ann.wonAmount()).isEqualByComparingTo("3000");
        assertThat(ann.resolvedIssues()).isEqualTo(1);
    }

    @Test
    void amountPointsArePaidProRata() {
        // Only amount counts, 1 point per 1000: bob 11, ann (1000 + 2500) / 1000 = 3.5,
        // carol and dave 0 (sharing rank 3).
        IssueTable table = Pipeline.table(
                deal("S-1").rep("ann").amount("1000").won("2025-03-03"),
                deal("S-2").rep("ann").amount("2500").won("2025-03-10"),
                deal("S-3").rep("bob").amount("11000").won("2025-03-12"),
                deal("S-8").rep("carol").amount("700").lost("2025-03-20"),
                deal("S-11").rep("dave").amount("300"));
        Scoring amountOnly = new Scoring(BigDecimal.ZERO, BigDecimal.ONE, new BigDecimal("1000"), BigDecimal.ZERO);

        LeaderboardDataset board = gadget.dataset(table, new LeaderboardOptions(MARCH, amountOnly));

        assertThat(board.entries()).extracting(Entry::rep).containsExactly("bob", "ann", "carol", "dave");
        assertThat(board.entries()).extracting(Entry::rank).containsExactly(1, 2, 3, 3);
        assertThat(board.entries().get(1).points()).isEqualByComparingTo("3.5");
    }

    @Test
    void dealsCreditedToARepFieldAndTasksToTheirAssignee() {
        // The model credits deals to the rep field: S-1 is erin's win though ann is assigned, and erin's own
        // task scores too. ann owns no deal, so she is no rep and is not ranked. erin: 10 + 4 + 1 = 15.
        LeaderboardGadget byRepField = new LeaderboardGadget(GadgetScope.of(Pipeline.modelCreditingRepField()));
        IssueTable table = Pipeline.table(
                deal("S-1").rep("ann").creditTo("erin").amount("4000").won("2025-03-03"),
                task("S-2").rep("ann").done("2025-03-04"),
                task("S-3").rep("erin").done("2025-03-05"));

        LeaderboardDataset board = byRepField.dataset(table, LeaderboardOptions.of(MARCH));

        assertThat(board.entries()).extracting(Entry::rep).containsExactly("erin");
        assertThat(board.entries()).extracting(e -> e.points().stripTrailingZeros().toPlainString())
                .containsExactly("15");
        assertThat(board.entries().get(0).resolvedIssues()).isEqualTo(1);
    }

    @Test
    void onlyRepsAreRankedNotEveryoneWhoResolvedAnIssue() {
        // frank (support) resolves tasks and owns no deal: he is no rep, however many he resolves. dave owns an
        // open deal, so he is a rep with 0 points; ann's task still scores for her: 10 + 1 + 1 = 12.
        IssueTable table = Pipeline.table(
                deal("S-1").rep("ann").amount("1000").won("2025-03-03"),
                task("S-2").rep("ann").done("2025-03-04"),
                task("S-3").rep("frank").done("2025-03-05"),
                task("S-4").rep("frank").done("2025-03-06"),
                task("S-5").rep("frank").done("2025-03-07"),
                deal("S-6").rep("dave").amount("300"));

        LeaderboardDataset board = gadget.dataset(table, LeaderboardOptions.of(MARCH));

        assertThat(board.entries()).extracting(Entry::rep).containsExactly("ann", "dave");
        assertThat(board.entries()).extracting(e -> e.points().stripTrailingZeros().toPlainString())
                .containsExactly("12", "0");
    }

    @Test
    void emptyTableHasNoOneToRank() {
        assertThat(gadget.dataset(Pipeline.table(), LeaderboardOptions.of(MARCH)).entries()).isEmpty();
    }

    @Test
    void scoringIsValidated() {
        assertThatThrownBy(() -> new Scoring(BigDecimal.ONE.negate(), BigDecimal.ONE, BigDecimal.TEN, BigDecimal.ONE))
                .hasMessageStartingWith("pointsPerWonDeal must not be negative");
        assertThatThrownBy(() -> new Scoring(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ONE))
                .hasMessageStartingWith("amountUnit must be positive");
        assertThatThrownBy(() -> new Scoring(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.TEN, new BigDecimal("-2")))
                .hasMessageStartingWith("pointsPerResolvedIssue must not be negative");
    }
}
