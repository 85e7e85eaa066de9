package org.saleskpi.core.gadget.whosbehind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.saleskpi.core.gadget.Histories.CLOSE;
import static org.saleskpi.core.gadget.Histories.deal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.gadget.GadgetScope;
import org.saleskpi.core.gadget.Histories;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.IssueQuery;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.kpi.SalesModel;
import org.saleskpi.core.metric.AbsentReason;
import org.saleskpi.core.user.UserRef;

/** Who's behind lists the slipping deals: open, their close date pushed three or more times while open (row 14). */
class WhosBehindSlippingTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 20);

    /*
     * Today is 2026-03-20; every close date lies ahead, every deal was touched in March (none overdue or stale).
     *  ann SALES-1 open, close date 03-31 -> 04-15 -> 04-30 -> 05-31: 3 pushes, slipping.
     *      SALES-2 open, 03-31 -> 04-15 -> 04-10 (earlier: no push) -> 05-01: 2 pushes, not slipping.
     *      SALES-5 open, 03-31 -> 04-10 -> 04-20 -> 04-30 -> 05-10: 4 pushes, slipping, listed before SALES-1.
     *  bob SALES-3 3 pushes, then Won on 03-10: closed, not listed.
     *      SALES-4 open, 4 pushes: slipping.
     *      SALES-6 1 push while open, Lost on 02-20, moved later twice while lost (no push), reopened on 03-10:
     *      1 push in all, not slipping.
     */
    private static final List<Histories.Deal> DEALS = List.of(
            deal("SALES-1", "2026-01-10 10:00", "Proposal").with(Column.ASSIGNEE, "ann").with(CLOSE, "2026-03-31")
                    .change("2026-02-01 10:00", CLOSE, "2026-04-15").change("2026-02-15 10:00", CLOSE, "2026-04-30")
                    .change("2026-03-10 10:00", CLOSE, "2026-05-31"),
            deal("SALES-2", "2026-01-10 10:00", "Proposal").with(Column.ASSIGNEE, "ann").with(CLOSE, "2026-03-31")
                    .change("2026-02-01 10:00", CLOSE, "2026-04-15").change("2026-03-01 10:00", CLOSE, "2026-04-10")
                    .change("2026-03-10 10:00", CLOSE, "2026-05-01"),
            deal("SALES-3", "2026-01-10 10:00", "Proposal").with(Column.ASSIGNEE, "bob").with(CLOSE, "2026-03-31")
                    .change("2026-02-01 10:00", CLOSE, "2026-04-10").change("2026-02-10 10:00", CLOSE, "2026-04-20")
                    .change("2026-02-20 10:00", CLOSE, "2026-04-30").change("2026-03-10 10:00", Column.STATUS, "Won"),
            deal("SALES-4", "2026-01-10 10:00", "Negotiation").with(Column.ASSIGNEE, "bob").with(CLOSE, "2026-03-31")
                    .change("2026-02-01 10:00", CLOSE, "2026-04-10").change("2026-02-10 10:00", CLOSE, "2026-04-20")
                    .change("2026-02-20 10:00", CLOSE, "2026-04-30").change("2026-03-10 10:00", CLOSE, "2026-05-10"),
            deal("SALES-5", "2026-01-10 10:00", "Proposal").with(Column.ASSIGNEE, "ann").with(CLOSE, "2026-03-31")
                    .change("2026-02-01 10:00", CLOSE, "2026-04-10").change("2026-02-10 10:00", CLOSE, "2026-04-20")
                    .change("2026-02-20 10:00", CLOSE, "2026-04-30").change("2026-03-10 10:00", CLOSE, "2026-05-10"),
            deal("SALES-6", "2026-01-10 10:00", "Proposal").with(Column.ASSIGNEE, "bob").with(CLOSE, "2026-03-31")
                    .change("2026-02-01 10:00", CLOSE, "2026-04-10").change("2026-02-20 10:00", Column.STATUS, "Lost")
                    .change("2026-02-25 10:00", CLOSE, "2026-04-20").change("2026-03-01 10:00", CLOSE, "2026-04-30")
                    .change("2026-03-10 10:00", Column.STATUS, "Proposal"));

    private static WhosBehindDataset dataset(SalesModel model, List<Histories.Deal> deals, List<IssueQuery> loads) {
        WhosBehindGadget gadget = new WhosBehindGadget(GadgetScope.of(model));
        IssueTable table = Histories.source(deals, loads).load(new IssueQuery("project = SALES",
                new UserRef("vera", "Vera"), gadget.columns(), Histories.ZONE, gadget.history()));
        return gadget.dataset(table, WhosBehindOptions.of(TODAY, model), List.of());
    }

    @Test
    void openDealsPushedThreeTimesOrMoreAreSlippingMostPushedFirst() {
        List<IssueQuery> loads = new ArrayList<>();
        WhosBehindDataset dataset = dataset(Histories.model(), DEALS, loads);

        assertThat(loads.get(0).history()).contains(CLOSE, Column.STATUS);
        assertThat(dataset.slippingAbsent()).isEmpty();
        assertThat(dataset.slippingPushes()).isEqualTo(3);
        assertThat(dataset.reps()).extracting(WhosBehindDataset.Rep::rep).containsExactly("ann", "bob");
        WhosBehindDataset.IssueKeys ann = dataset.rep("ann").slippingDeals();
        assertThat(ann.count()).isEqualTo(2);
        assertThat(ann.keys()).containsExactly("SALES-5", "SALES-1");
        assertThat(ann.jql()).get().asString().contains("key in (\"SALES-5\", \"SALES-1\")");
        assertThat(dataset.rep("bob").slippingDeals().keys()).containsExactly("SALES-4");
        assertThat(dataset.reps()).allSatisfy(rep -> {
            assertThat(rep.overdueDeals().count()).isZero();
            assertThat(rep.staleDeals().count()).isZero();
        });
    }

    @Test
    void withoutHistoryOrCloseDateFieldNoDealIsJudgedAndTheGadgetSaysWhy() {
        List<Histories.Deal> imported = List.of(deal("SALES-1", "2026-03-10 10:00", "Proposal")
                .with(Column.ASSIGNEE, "ann").with(CLOSE, "2026-05-31").unknown());

        WhosBehindDataset noHistory = dataset(Histories.model(), imported, new ArrayList<>());
        assertThat(noHistory.slippingAbsent()).isEqualTo(Optional.of(AbsentReason.NO_HISTORY));
        assertThat(noHistory.reps()).isEmpty();

        SalesModel noCloseDate = new SalesModel("project = SALES", Histories.model().leadTypes(),
                Histories.model().dealTypes(), java.util.Set.of(), java.util.Set.of(), java.util.Set.of(),
                Histories.model().wonStatuses(), Histories.model().lostStatuses(), java.util.Set.of(),
                java.util.Set.of(), Histories.AMOUNT.id(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Histories.model().currency(),
                Histories.model().calendar(), 14);
        List<IssueQuery> loads = new ArrayList<>();
        WhosBehindDataset notConfigured = dataset(noCloseDate, DEALS, loads);
        assertThat(notConfigured.slippingAbsent()).isEqualTo(Optional.of(AbsentReason.NOT_CONFIGURED));
        assertThat(loads.get(0).history()).isEmpty();
    }
}
