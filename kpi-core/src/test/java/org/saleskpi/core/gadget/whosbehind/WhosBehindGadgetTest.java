package org.saleskpi.core.gadget.whosbehind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.saleskpi.core.gadget.Pipeline.date;
import static org.saleskpi.core.gadget.Pipeline.deal;
import static org.saleskpi.core.gadget.Pipeline.task;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.goal.checkin.OverdueCheckIn;
import org.saleskpi.core.drill.DrillDown;
import org.saleskpi.core.gadget.GadgetScope;
import org.saleskpi.core.gadget.Pipeline;
import org.saleskpi.core.gadget.whosbehind.WhosBehindDataset.IssueKeys;
import org.saleskpi.core.issue.FieldValue;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.issue.RecordingMemo;
import org.saleskpi.core.issue.StatusCategory;
import org.saleskpi.core.kpi.KpiCatalog;
import org.saleskpi.core.kpi.KpiOptions;
import org.saleskpi.core.kpi.SalesModel;
import org.saleskpi.core.validation.InvalidInputException;

class WhosBehindGadgetTest {
    private static final WhosBehindOptions MARCH_20 = WhosBehindOptions.of(date("2025-03-20"), Pipeline.model());

    private final WhosBehindGadget gadget = new WhosBehindGadget(GadgetScope.of(Pipeline.model()));

    /*
     * Today is 2025-03-20; a deal is stale after 14 days without update (last update 2025-03-06
     * or earlier).
     *   ann   S-1 task due 03-10, open            -> overdue issue
     *         S-2 task due today                  -> not yet overdue
     *         S-3 task due 03-01 but done         -> fine
     *         S-6 deal due 03-15, updated 03-18   -> overdue deal (not also an overdue issue)
     *   bob   S-4 task due 02-01                  -> overdue issue
     *         S-7 deal updated 03-06, 14 days ago -> stale
     *         S-8 deal updated 03-07, 13 days ago -> fine
     *   carol S-9 won and S-10 lost deals, long past due and untouched -> closed, fine
     *         S-11 deal due 03-19, updated 01-10  -> overdue and stale
     *   dave  S-13 deal due in April, updated yesterday -> fine, so dave is not listed
     *   S-12 task without assignee, due 03-01     -> overdue, listed under ""
     */
    private static IssueTable pipeline() {
        return Pipeline.table(pipelineIssues());
    }

    private static List<Pipeline.Draft> pipelineIssues() {
        return List.of(
                task("S-1").rep("ann").due("2025-03-10"),
                task("S-2").rep("ann").due("2025-03-20"),
                task("S-3").rep("ann").due("2025-03-01").done("2025-03-02"),
                task("S-4").rep("bob").due("2025-02-01"),
                task("S-5").rep("bob"),
                deal("S-6").rep("ann").due("2025-03-15").updated("2025-03-18"),
                deal("S-7").rep("bob").due("2025-04-30").updated("2025-03-06"),
                deal("S-8").rep("bob").updated("2025-03-07"),
                deal("S-9").rep("carol").due("2025-03-01").won("2025-01-01"),
                deal("S-10").rep("carol").due("2025-03-01").lost("2025-01-02"),
                deal("S-11").rep("carol").due("2025-03-19").updated("2025-01-10"),
                task("S-12").due("2025-03-01"),
                deal("S-13").rep("dave").due("2025-04-01").updated("2025-03-19"));
    }

    @Test
    void eachRepWithWhatTheyAreBehindOn() {
        WhosBehindDataset dataset = gadget.dataset(pipeline(), MARCH_20, List.of());

        assertThat(dataset.today()).isEqualTo(date("2025-03-20"));
        assertThat(dataset.staleDays()).isEqualTo(14);
        assertThat(dataset.reps()).extracting(WhosBehindDataset.Rep::rep).containsExactly("ann", "bob", "carol", "");
        assertThat(dataset.rep("ann").overdueIssues()).isEqualTo(new IssueKeys(1, List.of("S-1"),
                Optional.of("(project = SALES) AND (key in (\"S-1\"))")));
        assertThat(dataset.rep("ann").overdueDeals()).isEqualTo(new IssueKeys(1, List.of("S-6"),
                Optional.of("(project = SALES) AND (key in (\"S-6\"))")));
        assertThat(dataset.rep("ann").staleDeals()).isEqualTo(IssueKeys.NONE);
        assertThat(dataset.rep("bob").overdueIssues().keys()).containsExactly("S-4");
        assertThat(dataset.rep("bob").overdueDeals()).isEqualTo(IssueKeys.NONE);
        assertThat(dataset.rep("bob").staleDeals().keys()).containsExactly("S-7");
        assertThat(dataset.rep("carol").overdueDeals().keys()).containsExactly("S-11");
        assertThat(dataset.rep("carol").staleDeals().keys()).containsExactly("S-11");
        assertThat(dataset.rep("").overdueIssues().keys()).containsExactly("S-12");
    }

    @Test
    void aTableSharedBetweenRequestsIsWalkedOncePerDayAndStaleDays() {
        // A host's memo (ADR 0035's addendum) that counts what it is asked to keep.
        RecordingMemo memo = new RecordingMemo();
        IssueTable shared = pipeline().rememberingIn(memo);

        WhosBehindDataset first = gadget.dataset(shared, MARCH_20, List.of());
        WhosBehindDataset again = gadget.dataset(shared, MARCH_20.maxKeys(1), List.of());
        WhosBehindDataset stale = gadget.dataset(shared, MARCH_20.staleDays(2), List.of());

        // One walk for the first two (maxKeys only cuts the lists), another for other stale days; the drill-downs
        // of each walk kept per keys shown (ADR 0053).
        assertThat(memo.puts()).extracting(key -> key.getClass().getSimpleName())
                .containsExactly("Walk", "Drilled", "Drilled", "Walk", "Drilled");
        assertThat(first).isEqualTo(gadget.dataset(pipeline(), MARCH_20, List.of()));
        assertThat(again).isEqualTo(gadget.dataset(pipeline(), MARCH_20.maxKeys(1), List.of()));
        assertThat(again.rep("carol").overdueDeals()).isEqualTo(first.rep("carol").overdueDeals());
        assertThat(stale).isEqualTo(gadget.dataset(pipeline(), MARCH_20.staleDays(2), List.of()));
        // The same request again computes nothing.
        assertThat(gadget.dataset(shared, MARCH_20, List.of())).isEqualTo(first);
        assertThat(memo.puts()).hasSize(5);
        // Issues loaded with another query drill from it, never from the kept drills of the first.
        WhosBehindGadget narrowed = new WhosBehindGadget(new GadgetScope(Pipeline.model(),
                new KpiCatalog(Pipeline.model(), KpiOptions.defaults()),
                new DrillDown("project = SALES AND assignee = carol", Pipeline.model().calendar().zone(),
                        Pipeline.model().calendar().zone())));
        assertThat(narrowed.dataset(shared, MARCH_20, List.of()).rep("carol").overdueDeals().jql())
                .hasValue("(project = SALES AND assignee = carol) AND (key in (\"S-11\"))");
        // Targets are the request's own, never kept with the walk: bob is behind on one only when it is asked with.
        TargetPace behind = new TargetPace("bob", "Q1", "Deals won", new BigDecimal("0.2"),
                new BigDecimal("0.5"));
        assertThat(gadget.dataset(shared, MARCH_20, List.of(behind)).rep("bob").targetsBehind()).containsExactly(behind);
        assertThat(gadget.dataset(shared, MARCH_20, List.of()).rep("bob").targetsBehind()).isEmpty();
    }

    @Test
    void aShorterStalePeriodCatchesMoreDeals() {
        // After 2 days without update, S-6 (updated 03-18) and S-8 (03-07) are stale too; S-13
        // (03-19) is not.
        WhosBehindDataset dataset = gadget.dataset(pipeline(), MARCH_20.staleDays(2), List.of());

        assertThat(dataset.rep("ann").staleDeals().keys()).containsExactly("S-6");
        assertThat(dataset.rep("bob").staleDeals().keys()).containsExactly("S-7", "S-8");
        assertThat(dataset.reps()).extracting(WhosBehindDataset.Rep::rep).doesNotContain("dave");
    }

    @Test
    void longListsAreCutButCountedInFull() {
        // Five overdue tasks; the two due earliest are listed. S-10 and S-9 share a due date and
        // are ordered by issue number, not as text.
        IssueTable table = Pipeline.table(
                task("S-10").rep("ann").due("2025-03-01"),
                task("S-9").rep("ann").due("2025-03-01"),
                task("S-3").rep("ann").due("2025-03-05"),
                task("S-4").rep("ann").due("2025-03-04"),
                task("S-5").rep("ann").due("2025-03-19"));

        IssueKeys overdue = gadget.dataset(table, MARCH_20.maxKeys(2), List.of()).rep("ann").overdueIssues();

        assertThat(overdue.count()).isEqualTo(5);
        assertThat(overdue.keys()).containsExactly("S-9", "S-10");
        // The drill-down names all five, not only the two shown.
        assertThat(overdue.jql()).contains("(project = SALES) AND (key in (\"S-9\", \"S-10\", \"S-4\", \"S-3\", \"S-5\"))");
    }

    @Test
    void targetsBehindPaceFurthestBehindFirst() {
        // bob: 0.4 done of 0.6 expected (0.2 short) and 0.1 of 0.5 (0.4 short); ann is ahead on
        // hers and keeps only her overdue issues; erin has no issue but a target behind.
        List<TargetPace> targets = List.of(
                pace("bob", "Q1", "Won amount", "0.4", "0.6"),
                pace("bob", "Q1", "Demos", "0.1", "0.5"),
                pace("ann", "Q1", "Calls", "0.8", "0.6"),
                pace("erin", "Q1", "Demos", "0.2", "0.3"));

        WhosBehindDataset dataset = gadget.dataset(pipeline(), MARCH_20, targets);

        assertThat(dataset.rep("bob").targetsBehind()).extracting(TargetPace::target)
                .containsExactly("Demos", "Won amount");
        assertThat(dataset.rep("ann").targetsBehind()).isEmpty();
        // Furthest behind first: bob missed 0.4 of the 0.5 due on Demos (0.8 of its pace), erin 0.1 of 0.3 (a third);
        // then by late items: ann, bob and carol 2 each, the issue without anyone 1.
        assertThat(dataset.reps()).extracting(WhosBehindDataset.Rep::rep)
                .containsExactly("bob", "erin", "ann", "carol", "");
        assertThat(dataset.rep("erin").overdueIssues()).isEqualTo(IssueKeys.NONE);
    }

    @Test
    void overdueCheckInsListTheirOwnerLongestOverdueFirst() {
        // frank has nothing else late: an overdue check-in alone puts him on the list (ADR 0062).
        List<OverdueCheckIn> checkIns = List.of(
                new OverdueCheckIn("bob", 2, "Q1 calls", date("2025-03-18"), 2),
                new OverdueCheckIn("frank", 3, "Q1 demos", date("2025-03-10"), 10),
                new OverdueCheckIn("bob", 1, "Q1 revenue", date("2025-03-06"), 14));

        WhosBehindDataset dataset = gadget.dataset(pipeline(), MARCH_20, List.of(), checkIns);

        assertThat(dataset.rep("bob").checkInsOverdue()).extracting(OverdueCheckIn::goal)
                .containsExactly("Q1 revenue", "Q1 calls");
        assertThat(dataset.rep("frank").checkInsOverdue()).extracting(OverdueCheckIn::daysOverdue).containsExactly(10L);
        assertThat(dataset.rep("frank").overdueIssues()).isEqualTo(IssueKeys.NONE);
        assertThat(dataset.rep("ann").checkInsOverdue()).isEmpty();
    }

    @Test
    void anOwnerWhoOnlyOwesACheckInComesAfterEveryoneBehindAndHasNoLateItems() {
        // frank owes a check-in 30 days overdue and nothing else, abe one 5 days overdue: both are listed, after erin
        // (a target behind) and after ann, bob and carol (two late items each) and the issue without anyone (one),
        // the longest overdue first, and an overdue check-in is no late item. bob owes one too: it does not count
        // among his two late items, and only puts him before ann and carol, who have as many.
        List<TargetPace> targets = List.of(pace("erin", "Q1", "Demos", "0.2", "0.3"));
        List<OverdueCheckIn> checkIns = List.of(
                new OverdueCheckIn("abe", 4, "Q1 calls", date("2025-03-15"), 5),
                new OverdueCheckIn("frank", 3, "Q1 demos", date("2025-02-18"), 30),
                new OverdueCheckIn("bob", 1, "Q1 revenue", date("2025-03-06"), 14));

        WhosBehindDataset dataset = gadget.dataset(pipeline(), MARCH_20, targets, checkIns);

        assertThat(dataset.reps()).extracting(WhosBehindDataset.Rep::rep)
                .containsExactly("erin", "bob", "ann", "carol", "", "frank", "abe");
        assertThat(dataset.rep("frank").lateItems()).isZero();
        assertThat(dataset.rep("frank").paceMissed()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(dataset.rep("bob").lateItems()).isEqualTo(2);
        // Under thresholds no one else meets, he is still listed: only he can write the check-in.
        WhosBehindDataset strict = gadget.dataset(pipeline(), MARCH_20.thresholds(3, new BigDecimal("0.5")), targets,
                checkIns);
        assertThat(strict.reps()).extracting(WhosBehindDataset.Rep::rep).containsExactly("bob", "frank", "abe");
    }

    @Test
    void theMostLateItemsComeFirstAmongRepsOnPace() {
        // dave has three overdue tasks, more than ann, bob and carol (two late items each) and the issue without
        // anyone (one): he comes first, the others keep their order.
        List<Pipeline.Draft> issues = List.of(task("S-21").rep("dave").due("2025-03-01"),
                task("S-22").rep("dave").due("2025-03-02"), task("S-23").rep("dave").due("2025-03-03"));
        WhosBehindDataset dataset = gadget.dataset(withMore(issues), MARCH_20, List.of());

        assertThat(dataset.reps()).extracting(WhosBehindDataset.Rep::rep)
                .containsExactly("dave", "ann", "bob", "carol", "");
        assertThat(dataset.rep("dave").lateItems()).isEqualTo(3);
        assertThat(dataset.rep("carol").lateItems()).as("overdue and stale: two lists").isEqualTo(2);
    }

    @Test
    void aManagersThresholdsLeaveOutWhoIsOnlyALittleBehind() {
        List<TargetPace> targets = List.of(
                pace("bob", "Q1", "Demos", "0.1", "0.5"),
                pace("erin", "Q1", "Demos", "0.2", "0.3"));

        // Three late items or more: no one has them; a target half its pace behind or worse: bob (0.8), not erin.
        WhosBehindDataset strict = gadget.dataset(pipeline(), MARCH_20.thresholds(3, new BigDecimal("0.5")), targets);
        assertThat(strict.reps()).extracting(WhosBehindDataset.Rep::rep).containsExactly("bob");

        // Two late items or more: the issue without anyone (one) is left out; erin is in for her target.
        WhosBehindDataset twoItems = gadget.dataset(pipeline(), MARCH_20.thresholds(2, new BigDecimal("0.3")), targets);
        assertThat(twoItems.reps()).extracting(WhosBehindDataset.Rep::rep).containsExactly("bob", "erin", "ann", "carol");

        // Late items not counted at all (0): only targets list anyone.
        WhosBehindDataset targetsOnly = gadget.dataset(pipeline(), MARCH_20.thresholds(0, BigDecimal.ZERO), targets);
        assertThat(targetsOnly.reps()).extracting(WhosBehindDataset.Rep::rep).containsExactly("bob", "erin");
    }

    @Test
    void thresholdsOutOfRangeAreRefusedNamingTheirField() {
        assertThatThrownBy(() -> MARCH_20.thresholds(-1, BigDecimal.ZERO)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("minLateItems");
        assertThatThrownBy(() -> MARCH_20.thresholds(1, new BigDecimal("1.5"))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("minPaceMissed");
    }

    /** The pipeline's issues and these. */
    private static IssueTable withMore(List<Pipeline.Draft> more) {
        return Pipeline.table(Stream.concat(pipelineIssues().stream(), more.stream()).toList());
    }

    @Test
    void dealsFollowTheRepFieldAndTasksTheAssignee() {
        WhosBehindGadget byRepField = new WhosBehindGadget(GadgetScope.of(Pipeline.modelCreditingRepField()));
        IssueTable table = Pipeline.table(
                deal("S-1").rep("ann").creditTo("erin").due("2025-03-01").updated("2025-03-19"),
                task("S-2").rep("ann").creditTo("erin").due("2025-03-01"));

        WhosBehindDataset dataset = byRepField.dataset(table, MARCH_20, List.of());

        assertThat(dataset.rep("erin").overdueDeals().keys()).containsExactly("S-1");
        assertThat(dataset.rep("ann").overdueIssues().keys()).containsExactly("S-2");
        assertThat(dataset.rep("ann").overdueDeals()).isEqualTo(IssueKeys.NONE);
    }

    @Test
    void nobodyIsBehindInAnEmptyTable() {
        assertThat(gadget.dataset(Pipeline.table(), MARCH_20, List.of()).reps()).isEmpty();
    }

    @Test
    void optionsAndTargetsAreValidated() {
        assertThatThrownBy(() -> MARCH_20.maxKeys(0)).hasMessageStartingWith("maxKeys must be at least 1");
        assertThatThrownBy(() -> MARCH_20.staleDays(0)).hasMessageStartingWith("staleDays must be at least 1");
        assertThatThrownBy(() -> pace("bob", "Q1", "Demos", "1.2", "0.5"))
                .hasMessageStartingWith("progress must be between 0 and 1");
        assertThatThrownBy(() -> pace("bob", "Q1", "Demos", "0.2", "-0.1"))
                .hasMessageStartingWith("expectedProgress must be between 0 and 1");
    }

    private static TargetPace pace(String rep, String goal, String target, String progress, String expected) {
        return new TargetPace(rep, goal, target, new BigDecimal(progress), new BigDecimal(expected));
    }

    @Test
    void aProfilesCloseDateFieldDecidesWhenAnOpenDealIsOverdue() {
        // The profile keeps the expected close date in customfield_10050. S-1 is due 03-01 but expected
        // to close 04-01: not overdue. S-2 is due in April but expected to close 03-10: overdue.
        String closeField = "customfield_10050";
        SalesModel base = Pipeline.model();
        SalesModel model = new SalesModel(base.scopeJql(), base.leadTypes(), base.dealTypes(), base.customerTypes(),
                base.campaignTypes(), base.costTypes(), base.wonStatuses(), base.lostStatuses(),
                base.convertedStatuses(), base.churnedStatuses(), base.amountField(), Optional.of(closeField),
                base.customerField(), base.costField(), base.emailsSentField(), base.emailsOpenedField(),
                base.repField(), base.currency(), base.calendar(), base.staleDays());
        WhosBehindGadget byCloseField = new WhosBehindGadget(GadgetScope.of(model));
        List<IssueRecord> deals = List.of(openDeal("S-1", "2025-03-01", closeField, "2025-04-01"),
                openDeal("S-2", "2025-04-30", closeField, "2025-03-10"));
        IssueTable table = IssueTable.of(Pipeline.ZONE, byCloseField.columns(), deals);
        WhosBehindDataset dataset = byCloseField.dataset(table, WhosBehindOptions.of(date("2025-03-20"), model),
                List.of());
        assertThat(dataset.rep("ann").overdueDeals().keys()).containsExactly("S-2");
    }

    private static IssueRecord openDeal(String key, String due, String closeField, String closeBy) {
        return IssueRecord.builder(key, "S").type("Deal").status("Open", StatusCategory.IN_PROGRESS).assignee("ann")
                .created(Instant.parse("2025-03-01T10:00:00Z")).updated(Instant.parse("2025-03-19T10:00:00Z"))
                .due(date(due)).field(closeField, FieldValue.date(date(closeBy))).build();
    }
}
