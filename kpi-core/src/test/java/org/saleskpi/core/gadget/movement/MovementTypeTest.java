package org.saleskpi.core.gadget.movement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.saleskpi.core.gadget.Histories.AMOUNT;
import static org.saleskpi.core.gadget.Histories.deal;
import static org.saleskpi.core.gadget.Ports.unused;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.gadget.GadgetData;
import org.saleskpi.core.gadget.Histories;
import org.saleskpi.core.gadget.Node;
import org.saleskpi.core.gadget.Ports;
import org.saleskpi.core.goal.GoalRepository;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.IssueCatalog;
import org.saleskpi.core.issue.IssueQuery;
import org.saleskpi.core.kpi.KpiProfile;
import org.saleskpi.core.kpi.KpiProfileRepository;
import org.saleskpi.core.kpi.QuotaRepository;
import org.saleskpi.core.user.AccessPolicy;
import org.saleskpi.core.user.UserRef;

/** The pipeline movement waterfall through the use case, over deals whose amounts and states change in March. */
class MovementTypeTest {
    private static final UserRef VERA = new UserRef("vera", "Vera");
    private static final Clock CLOCK = Clock.fixed(Histories.at("2026-03-20 12:00"), Histories.ZONE);

    /*
     * March 2026 (this month on 20 March); open = a deal neither Won nor Lost.
     *  SALES-1 open since 02-01 at 100; 03-05 amount 150: increased 50, open at the end at 150.
     *  SALES-2 open since 02-01 at 200; 03-10 Won: won 200.
     *  SALES-3 open since 02-01 at 300; 03-12 amount 250 (decreased 50); 03-15 Lost: lost 250.
     *  SALES-4 created 03-05 at 80, open: new 80.
     *  SALES-5 open since 02-01 at 60; 03-08 it stops being a deal (a Task): moved out 60.
     *  SALES-6 won on 02-20 at 500: closed before March, in no bar.
     * Open at start 100 + 200 + 300 + 60 = 660; open at end 150 + 80 = 230;
     * 660 + 80 + 50 - 50 - 200 - 250 - 60 = 230.
     */
    private static final List<Histories.Deal> DEALS = List.of(
            deal("SALES-1", "2026-02-01 10:00", "Proposal").with(AMOUNT, "100")
                    .change("2026-03-05 10:00", AMOUNT, "150"),
            deal("SALES-2", "2026-02-01 10:00", "Proposal").with(AMOUNT, "200")
                    .change("2026-03-10 10:00", Column.STATUS, "Won"),
            deal("SALES-3", "2026-02-01 10:00", "Negotiation").with(AMOUNT, "300")
                    .change("2026-03-12 10:00", AMOUNT, "250")
                    .change("2026-03-15 10:00", Column.STATUS, "Lost"),
            deal("SALES-4", "2026-03-05 10:00", "Prospecting").with(AMOUNT, "80"),
            deal("SALES-5", "2026-02-01 10:00", "Prospecting").with(AMOUNT, "60")
                    .change("2026-03-08 10:00", Column.ISSUE_TYPE, "Task"),
            deal("SALES-6", "2026-01-10 10:00", "Proposal").with(AMOUNT, "500")
                    .change("2026-02-20 10:00", Column.STATUS, "Won"));

    private final List<IssueQuery> loads = new ArrayList<>();

    private Node.Fields data(List<Histories.Deal> deals) {
        return (Node.Fields) new GadgetData(unused(AccessPolicy.class), Histories.source(deals, loads),
                unused(IssueCatalog.class), Ports.clockZone(), unused(KpiProfileRepository.class),
                unused(GoalRepository.class), unused(QuotaRepository.class), CLOCK)
                .data("pipeline-movement", VERA, new KpiProfile(1, "SALES", "Sales", Histories.model(), 1),
                        Map.of("period", List.of("this-month")));
    }

    @Test
    void theWaterfallFromOpenAtStartToOpenAtEndAddsUp() {
        Node.Fields data = data(DEALS);

        assertThat(loads).singleElement().satisfies(query -> assertThat(query.history())
                .contains(Column.STATUS, AMOUNT, Column.ISSUE_TYPE));
        assertThat(data.members()).containsEntry("absentReason", Node.Null.NULL)
                .containsEntry("currency", new Node.Text("EUR")).containsEntry("unit", new Node.Text("amount"));
        List<Map<String, Node>> bars = ((Node.Items) data.members().get("bars")).items().stream()
                .map(bar -> ((Node.Fields) bar).members()).toList();
        assertThat(bars).extracting(bar -> ((Node.Text) bar.get("part")).text() + ":"
                + ((Node.Text) bar.get("step")).text()).containsExactly("openAtStart:total", "new:up", "increased:up",
                "decreased:down", "won:down", "lost:down", "movedOut:down", "openAtEnd:total");
        assertThat(bars).extracting(bar -> ((Node.Number) bar.get("value")).number())
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal(660), new BigDecimal(80),
                        new BigDecimal(50), new BigDecimal(50), new BigDecimal(200), new BigDecimal(250),
                        new BigDecimal(60), new BigDecimal(230));
    }

    @Test
    void withoutHistoryTheWaterfallSaysSo() {
        Node.Fields data = data(List.of(deal("SALES-1", "2026-02-01 10:00", "Proposal").with(AMOUNT, "100").unknown()));

        assertThat(data.members()).containsEntry("absentReason", new Node.Text("no-history"));
        assertThat(((Node.Items) data.members().get("bars")).items()).isEmpty();
    }
}
