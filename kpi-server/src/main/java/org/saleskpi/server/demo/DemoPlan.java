package org.saleskpi.server.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.saleskpi.core.goal.Goal;
import org.saleskpi.core.goal.GoalInput;
import org.saleskpi.core.goal.GoalRepository;
import org.saleskpi.core.goal.Target;
import org.saleskpi.core.goal.TargetInput;
import org.saleskpi.core.kpi.Kpi;
import org.saleskpi.core.kpi.Quota;
import org.saleskpi.core.kpi.QuotaRepository;
import org.saleskpi.core.period.Bucket;
import org.saleskpi.core.period.Period;
import org.saleskpi.core.period.SalesCalendar;
import org.saleskpi.demo.DemoIssueType;
import org.saleskpi.demo.DemoIssues;
import org.saleskpi.demo.DemoSalesModel;
import org.saleskpi.demo.DemoSpec;
import org.saleskpi.server.host.HaltPoint;

/**
 * What a sales manager would have set up beside the demo's issues, so that targets show on the
 * demo's charts from the first start: a monthly quota for every rep, and a goal for the current
 * fiscal quarter with one target of each kind that reads well on the goal pages.
 */
public final class DemoPlan {
    /** About what the demo's reps win in an average month, so some are ahead of it and some behind. */
    static final BigDecimal MONTHLY_QUOTA = new BigDecimal("90000");

    private DemoPlan() {
    }

    /** Monthly quotas for every rep over the demo's window and the month after it. */
    public static void quotas(DemoSpec spec, QuotaRepository quotas) {
        SalesCalendar calendar = DemoSalesModel.calendar(spec);
        Period window = spec.window();
        Period range = new Period(window.start(), window.end().plusMonths(1));
        for (Period month : calendar.buckets(range, Bucket.MONTH)) {
            for (String rep : spec.repKeys()) {
                quotas.create(new Quota(0, spec.projectKey(), rep, month, MONTHLY_QUOTA));
                HaltPoint.reached("demo-quotas");
            }
        }
    }

    /** The goal of the fiscal quarter that holds {@code today}, owned by the sales manager. */
    public static Goal goal(DemoSpec spec, long profileId, LocalDate today, Instant now, GoalRepository goals) {
        Period quarter = DemoSalesModel.calendar(spec).bucketOf(today, Bucket.FISCAL_QUARTER);
        GoalInput input = new GoalInput(null, DemoIssues.MANAGER, "Win the quarter",
                "Revenue, new logos and the launch the team committed to for this fiscal quarter.",
                quarter.start(), quarter.end().minusDays(1), "#0052CC");
        List<Target> targets = new ArrayList<>();
        targets.add(Target.create(0, new TargetInput("Won revenue", "kpi", null, null, Kpi.WON_REVENUE.key(), profileId,
                null, 0.0, 3_200_000.0, null, DemoIssues.MANAGER, 3.0)));
        // An issues target counts the resolved share of what its query matches: the quarter's deals.
        targets.add(Target.create(0, new TargetInput("Deals of the quarter closed", "issues", null,
                "project = " + spec.projectKey() + " AND issuetype = " + DemoIssueType.OPPORTUNITY.jiraName()
                        + " AND created >= \"" + quarter.start() + "\"",
                null, null, null, null, null, null, DemoIssues.MANAGER, 2.0)));
        targets.add(Target.create(0, new TargetInput("Partner referrals", "number", null, null, null, null,
                "referrals", 0.0, 30.0, 12.0, spec.repKeys().get(0), 1.0)));
        targets.add(Target.create(0, new TargetInput("Pricing page launched", "true-false", null, null, null, null,
                null, null, null, 0.0, DemoIssues.MANAGER, 1.0)));
        return goals.create(Goal.create(spec.projectKey(), input, now).withTargets(targets));
    }
}
