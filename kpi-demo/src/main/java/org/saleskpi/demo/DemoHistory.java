package org.saleskpi.demo;

import static org.saleskpi.demo.DemoSalesModel.AMOUNT_FIELD;
import static org.saleskpi.demo.DemoSalesModel.BEST_CASE;
import static org.saleskpi.demo.DemoSalesModel.CLOSE_DATE_FIELD;
import static org.saleskpi.demo.DemoSalesModel.COMMIT;
import static org.saleskpi.demo.DemoSalesModel.FORECAST_CATEGORY_FIELD;
import static org.saleskpi.demo.DemoSalesModel.OMITTED;
import static org.saleskpi.demo.DemoSalesModel.PIPELINE;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.saleskpi.core.history.Change;
import org.saleskpi.core.history.IssueHistory;
import org.saleskpi.core.issue.FieldValue;
import org.saleskpi.core.issue.IssueRecord;

/**
 * The past of a generated issue, drawn backwards from its present state: the changes that led from
 * the values it was created with to the values it has now (KPI-DEFINITIONS.md, "Issue history"). Every
 * change lies between the issue's creation and its last update, so none is at or after the data set's
 * present moment; changes of one field chain (each one's {@code from} is the previous one's {@code to}).
 *
 * <p>Deals are created in the first stage and move through the stages, now and then back a stage or
 * skipping one; their close date slips while they are open (some three times or more), amounts are
 * revised, reps reassigned, and a few won deals are reopened and then won again or lost. Leads go from
 * Open through Contacted to their outcome; the other types take their workflow's short path.
 */
final class DemoHistory {
    static final String STATUS = "status";
    static final String RESOLUTION = "resolution";
    static final String ASSIGNEE = "assignee";

    /** Shares of deals: amount revised, rep reassigned, a closed deal won once before its final close. */
    static final double REVISED = 0.70;
    static final double REASSIGNED = 0.30;
    static final double REOPENED = 0.04;
    /** Per step of a deal's walk through the stages: back a stage, or over the next one. */
    static final double BACK = 0.20;
    static final double SKIP = 0.12;
    /** An open deal that was one stage further and fell back to where it is. */
    static final double FELL_BACK = 0.12;
    /** Of all close date changes while open, the share that pull the date in rather than push it out. */
    static final double PULL_IN = 0.2;
    /** Leads that took more than one call: contacted, no answer, back in the queue, one to three times. */
    static final double LEAD_BOUNCED = 0.6;
    /** Shares handed to another rep: leads (rebalanced between developers), customers (account owner changed), the rest. */
    static final double LEAD_REASSIGNED = 0.4;
    static final double OWNER_CHANGED = 0.35;
    static final double OTHER_REASSIGNED = 0.25;
    /** Tasks put back to To Do while in progress (waiting on the customer) and picked up again. */
    static final double TASK_PAUSED = 0.4;

    private static final DemoStatus[] STAGES = {DemoStatus.PROSPECTING, DemoStatus.PROPOSAL, DemoStatus.NEGOTIATION};
    private static final BigDecimal MIN_AMOUNT = new BigDecimal("500.00");
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("250000.00");
    private static final String DONE = "Done";

    private final WorkRhythm rhythm;
    private final SalesTeam team;
    private final Dice dice;

    DemoHistory(WorkRhythm rhythm, SalesTeam team, Dice dice) {
        this.rhythm = rhythm;
        this.team = team;
        this.dice = dice;
    }

    /** The history of {@code issue}, ending in its current state. */
    IssueHistory of(IssueRecord issue) {
        DemoIssueType type = typeOf(issue.issueType());
        Changes changes = new Changes(issue);
        if (type == DemoIssueType.OPPORTUNITY || type == DemoIssueType.DEAL) {
            deal(issue, type, changes);
        } else {
            other(issue, type, changes);
        }
        return IssueHistory.of(issue.key(), issue.created(), changes.list);
    }

    // ---- deals ---------------------------------------------------------------------------------

    private void deal(IssueRecord deal, DemoIssueType type, Changes changes) {
        DemoStatus now = statusOf(deal.status());
        boolean closed = deal.resolved().isPresent();
        long created = deal.created().getEpochSecond();
        List<DemoStatus> path = new ArrayList<>(6);
        int reopenAt = -1;
        if (closed) {
            boolean won = now == DemoStatus.WON || now == DemoStatus.CLOSED_WON;
            walk(path, won ? lastStageBeforeWin() : dice.between(0, 2));
            if (dice.chance(REOPENED)) {
                // Won, then reopened (the customer did not sign after all) and worked on again.
                path.add(type == DemoIssueType.DEAL ? DemoStatus.CLOSED_WON : DemoStatus.WON);
                reopenAt = path.size();
                path.add(DemoStatus.NEGOTIATION);
            }
            path.add(now);
        } else {
            walk(path, stageIndex(now));
            if (stageIndex(now) < 2 && dice.chance(FELL_BACK)) {
                path.add(STAGES[stageIndex(now) + 1]);
                path.add(now);
            }
        }
        long last = closed ? deal.resolved().get().getEpochSecond() : deal.updated().getEpochSecond();
        long[] at = times(created, last, path.size() - 1, closed);
        // The deal is open from creation until its first close (a reopened deal's first win).
        long firstClose = reopenAt > 0 ? at[reopenAt - 2] : closed ? last : last + 1;
        long openUntil = Math.max(created, firstClose - 1);

        assignees(deal, created, openUntil, changes, REASSIGNED, false);
        amounts(deal, created, openUntil, changes);
        closeDates(deal, created, openUntil, changes);
        forecasts(deal, closed, now, created, openUntil, changes);

        for (int i = 1; i < path.size(); i++) {
            Instant when = Instant.ofEpochSecond(at[i - 1]);
            String by = changes.repAt(at[i - 1]);
            DemoStatus from = path.get(i - 1);
            DemoStatus to = path.get(i);
            changes.add(when, STATUS, from.jiraName(), to.jiraName(), by);
            boolean closes = isClosed(to);
            if (closes) {
                String resolution = i == path.size() - 1 ? deal.resolution().orElseThrow() : DONE;
                changes.add(when, RESOLUTION, null, resolution, by);
                changes.closeDateTo(when, rhythm.localDate(when).toString(), by);
                changes.forecastTo(when, null, by);
            } else if (isClosed(from)) {
                // Reopened: no longer resolved, a new expected close and a category the rep commits to.
                changes.add(when, RESOLUTION, DONE, null, by);
                changes.closeDateTo(when, rhythm.localDate(when).plusDays(dice.between(7, 30)).toString(), by);
                changes.forecastTo(when, COMMIT, by);
            }
        }
    }

    /** Wins mostly come out of negotiation; some straight from a proposal or even from prospecting. */
    private int lastStageBeforeWin() {
        double u = dice.unit();
        return u < 0.8 ? 2 : u < 0.95 ? 1 : 0;
    }

    /** From the first stage to stage {@code target}: forward, sometimes over a stage, sometimes back one. */
    private void walk(List<DemoStatus> path, int target) {
        int position = 0;
        int backs = 0;
        path.add(STAGES[0]);
        while (position != target) {
            if (position > 0 && backs < 2 && dice.chance(BACK)) {
                position--;
                backs++;
            } else if (position + 2 <= target && dice.chance(SKIP)) {
                position += 2;
            } else {
                position++;
            }
            path.add(STAGES[position]);
        }
    }

    /** Earlier amounts: each revision moved the amount by up to 40 % either way, in cents, within the demo's bounds. */
    private void amounts(IssueRecord deal, long from, long to, Changes changes) {
        if (deal.field(AMOUNT_FIELD).isEmpty() || !dice.chance(REVISED)) {
            return;
        }
        int revisions = revisions();
        BigDecimal[] values = new BigDecimal[revisions + 1];
        values[revisions] = ((FieldValue.NumberValue) deal.field(AMOUNT_FIELD).get()).value();
        int kept = revisions;
        for (int i = revisions; i > 0; i--) {
            double factor = dice.chance(0.5) ? 0.6 + 0.35 * dice.unit() : 1.05 + 0.35 * dice.unit();
            BigDecimal earlier = values[i].multiply(BigDecimal.valueOf(factor)).setScale(2, RoundingMode.HALF_UP)
                    .max(MIN_AMOUNT).min(MAX_AMOUNT);
            if (earlier.compareTo(values[i]) == 0) {
                kept = revisions - i;
                break;
            }
            values[i - 1] = earlier;
        }
        int first = revisions - kept;
        long[] at = times(from, to, kept, false);
        for (int i = first; i < revisions; i++) {
            long when = at[i - first];
            changes.add(Instant.ofEpochSecond(when), AMOUNT_FIELD, values[i].toPlainString(),
                    values[i + 1].toPlainString(), changes.repAt(when));
        }
    }

    /** Revisions of a revised amount: once for most, up to four times as the scope is negotiated. */
    private int revisions() {
        double u = dice.unit();
        return u < 0.4 ? 1 : u < 0.7 ? 2 : u < 0.9 ? 3 : 4;
    }

    /**
     * The expected close while the deal is open: set at creation a few weeks out, then pushed out
     * (now and then pulled in). An open deal's chain ends at its close date today; a closed deal's
     * close date is set to the day it closed by its closing transition.
     */
    private void closeDates(IssueRecord deal, long from, long to, Changes changes) {
        LocalDate createdDay = rhythm.localDate(deal.created());
        int moves = moves();
        LocalDate[] dates = new LocalDate[moves + 1];
        int first = 0;
        if (deal.resolved().isEmpty()) {
            dates[moves] = ((FieldValue.DateValue) deal.field(CLOSE_DATE_FIELD).orElseThrow()).value();
            for (int i = moves; i > 0; i--) {
                LocalDate earlier = dice.chance(PULL_IN)
                        ? dates[i].plusDays(dice.between(3, 14))
                        : dates[i].minusDays(dice.between(7, 40));
                if (earlier.isBefore(createdDay)) {
                    first = i;
                    break;
                }
                dates[i - 1] = earlier;
            }
        } else {
            dates[0] = createdDay.plusDays(dice.between(14, 75));
            for (int i = 1; i <= moves; i++) {
                dates[i] = dice.chance(PULL_IN) ? laterOf(createdDay, dates[i - 1].minusDays(dice.between(3, 14)))
                        : dates[i - 1].plusDays(dice.between(7, 40));
            }
        }
        changes.closeDates(dates[first].toString());
        long[] at = times(from, to, moves - first, false);
        for (int i = first; i < moves; i++) {
            long when = at[i - first];
            changes.closeDateTo(Instant.ofEpochSecond(when), dates[i + 1].toString(), changes.repAt(when));
        }
    }

    /** How often the close date moves while open: a quarter never, most once or twice, one deal in five three times or more. */
    private int moves() {
        double u = dice.unit();
        return u < 0.25 ? 0 : u < 0.55 ? 1 : u < 0.8 ? 2 : dice.between(3, 5);
    }

    /** Forecast categories from least to most certain. */
    private static final String[] CATEGORIES = {OMITTED, PIPELINE, BEST_CASE, COMMIT};

    /**
     * Deals start in the pipeline (or left out of the forecast) and are promoted as they ripen, now and
     * then demoted again when the customer goes quiet: the category's moves while open, drawn backwards
     * from the one it ends with.
     */
    private void forecasts(IssueRecord deal, boolean closed, DemoStatus now, long from, long to, Changes changes) {
        String end;
        if (closed) {
            boolean won = now == DemoStatus.WON || now == DemoStatus.CLOSED_WON;
            double u = dice.unit();
            end = won ? (u < 0.6 ? COMMIT : u < 0.85 ? BEST_CASE : PIPELINE) : (u < 0.3 ? BEST_CASE : PIPELINE);
        } else {
            end = ((FieldValue.OptionValue) deal.field(FORECAST_CATEGORY_FIELD).orElseThrow()).value();
        }
        int moves = forecastMoves();
        String[] values = new String[moves + 1];
        values[moves] = end;
        for (int i = moves; i > 0; i--) {
            values[i - 1] = earlierCategory(values[i]);
        }
        changes.forecasts(values[0]);
        long[] at = times(from, to, moves, false);
        for (int i = 0; i < moves; i++) {
            changes.forecastTo(Instant.ofEpochSecond(at[i]), values[i + 1], changes.repAt(at[i]));
        }
    }

    /** How often the category moves while open: one deal in six never, most once to three times, a few four. */
    private int forecastMoves() {
        double u = dice.unit();
        return u < 0.15 ? 0 : u < 0.45 ? 1 : u < 0.75 ? 2 : u < 0.92 ? 3 : 4;
    }

    /** The category before {@code later}: mostly one step less certain (a promotion), else one more (a demotion). */
    private String earlierCategory(String later) {
        int k = Arrays.asList(CATEGORIES).indexOf(later);
        if (k == 0) {
            return PIPELINE;
        }
        if (k == CATEGORIES.length - 1) {
            return dice.chance(0.8) ? BEST_CASE : PIPELINE;
        }
        double down = k == 1 ? 0.3 : 0.75;
        return dice.chance(down) ? CATEGORIES[k - 1] : CATEGORIES[k + 1];
    }

    // ---- leads, customers, campaigns, expenses, tasks ----------------------------------------------

    private void other(IssueRecord issue, DemoIssueType type, Changes changes) {
        DemoStatus now = statusOf(issue.status());
        DemoStatus initial = initialStatus(type);
        List<DemoStatus> path = new ArrayList<>(4);
        path.add(initial);
        switch (type) {
            case LEAD -> {
                // Contacted, no answer, back in the queue: the calls before the last one.
                boolean contactedLast = now == DemoStatus.CONTACTED || now != DemoStatus.OPEN && dice.chance(0.8);
                int bounces = dice.chance(LEAD_BOUNCED) ? dice.between(1, 3) : 0;
                for (int i = 0; i < bounces; i++) {
                    path.add(DemoStatus.CONTACTED);
                    path.add(DemoStatus.OPEN);
                }
                if (contactedLast) {
                    path.add(DemoStatus.CONTACTED);
                }
            }
            case TASK -> {
                // Started, put back to To Do while waiting on the customer, started again.
                boolean paused = dice.chance(TASK_PAUSED);
                if (now == DemoStatus.TO_DO) {
                    if (paused) {
                        path.add(DemoStatus.IN_PROGRESS);
                        path.add(DemoStatus.TO_DO);
                    }
                } else if (now == DemoStatus.IN_PROGRESS || dice.chance(0.85)) {
                    path.add(DemoStatus.IN_PROGRESS);
                    if (paused) {
                        path.add(DemoStatus.TO_DO);
                        path.add(DemoStatus.IN_PROGRESS);
                    }
                }
            }
            default -> {
                // Customers, campaigns and expenses go straight from their first status to their last.
            }
        }
        if (path.get(path.size() - 1) != now) {
            path.add(now);
        }
        long created = issue.created().getEpochSecond();
        boolean closed = issue.resolved().isPresent();
        long last = closed ? issue.resolved().get().getEpochSecond() : issue.updated().getEpochSecond();
        double handedOver = switch (type) {
            case LEAD -> LEAD_REASSIGNED;
            case CUSTOMER -> OWNER_CHANGED;
            default -> OTHER_REASSIGNED;
        };
        assignees(issue, created, last, changes, handedOver, type == DemoIssueType.LEAD);
        long[] at = times(created, last, path.size() - 1, closed);
        for (int i = 1; i < path.size(); i++) {
            Instant when = Instant.ofEpochSecond(at[i - 1]);
            String by = changes.repAt(at[i - 1]);
            changes.add(when, STATUS, path.get(i - 1).jiraName(), path.get(i).jiraName(), by);
            if (closed && i == path.size() - 1) {
                changes.add(when, RESOLUTION, null, issue.resolution().orElseThrow(), by);
            }
        }
    }

    // ---- shared ----------------------------------------------------------------------------------

    /** Earlier assignees: the manager handed the issue from rep to rep before the current one had it. */
    private void assignees(IssueRecord issue, long from, long to, Changes changes, double share, boolean leads) {
        String current = issue.assignee().orElse(null);
        if (current == null || !dice.chance(share)) {
            return;
        }
        // Once for most, two or three times when the team is reshuffled.
        double u = dice.unit();
        int count = u < 0.5 ? 1 : u < 0.85 ? 2 : 3;
        String[] reps = new String[count + 1];
        reps[count] = current;
        int first = 0;
        for (int i = count; i > 0; i--) {
            String earlier = leads ? team.leadWorker(dice) : team.closer(dice);
            if (earlier.equals(reps[i])) {
                // A one-rep team (or an unlucky draw): nobody else had it before.
                first = i;
                break;
            }
            reps[i - 1] = earlier;
        }
        long[] at = times(from, to, count - first, false);
        for (int i = first; i < count; i++) {
            changes.assign(at[i - first], reps[i], reps[i + 1]);
        }
    }

    /**
     * {@code n} instants (epoch seconds) in time order after {@code from} and at or before {@code to};
     * with {@code lastAtEnd} the last one is {@code to} itself (the closing transition at the
     * resolution instant). All are {@code to} when there is no second in between.
     */
    private long[] times(long from, long to, int n, boolean lastAtEnd) {
        long[] at = new long[n];
        int drawn = lastAtEnd ? n - 1 : n;
        for (int i = 0; i < drawn; i++) {
            at[i] = to > from ? dice.between(from + 1, to + 1) : to;
        }
        if (lastAtEnd && n > 0) {
            at[n - 1] = to;
        }
        Arrays.sort(at, 0, Math.max(drawn, 0));
        return at;
    }

    private static LocalDate laterOf(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static boolean isClosed(DemoStatus status) {
        return status == DemoStatus.WON || status == DemoStatus.LOST
                || status == DemoStatus.CLOSED_WON || status == DemoStatus.CLOSED_LOST;
    }

    private static int stageIndex(DemoStatus stage) {
        for (int i = 0; i < STAGES.length; i++) {
            if (STAGES[i] == stage) {
                return i;
            }
        }
        throw new IllegalStateException("not a stage: " + stage);
    }

    static DemoIssueType typeOf(String issueType) {
        return DemoIssueType.valueOf(issueType.toUpperCase(Locale.ROOT));
    }

    static DemoStatus statusOf(String jiraName) {
        for (DemoStatus status : DemoStatus.values()) {
            if (status.jiraName().equals(jiraName)) {
                return status;
            }
        }
        throw new IllegalStateException("not a demo status: " + jiraName);
    }

    /** The status a workflow creates its issues in. */
    static DemoStatus initialStatus(DemoIssueType type) {
        return switch (type) {
            case LEAD -> DemoStatus.OPEN;
            case OPPORTUNITY, DEAL -> DemoStatus.PROSPECTING;
            case CUSTOMER -> DemoStatus.ACTIVE;
            case CAMPAIGN -> DemoStatus.SCHEDULED;
            case EXPENSE -> DemoStatus.SUBMITTED;
            case TASK -> DemoStatus.TO_DO;
        };
    }

    /**
     * The changes of one issue as they are drawn, with the value each chained field has reached so
     * far (close date, forecast category) and who held the issue when.
     */
    private static final class Changes {
        final List<Change> list = new ArrayList<>(8);
        private String closeDate;
        private String forecast;
        private long[] assignedAt = new long[0];
        private String[] assignedTo = new String[0];
        private String firstAssignee;

        Changes(IssueRecord issue) {
            this.firstAssignee = issue.assignee().orElse(null);
        }

        void add(Instant at, String field, String from, String to, String by) {
            list.add(Change.of(at, field, from, to, by));
        }

        /** The close date the deal was created with. */
        void closeDates(String initial) {
            closeDate = initial;
        }

        void closeDateTo(Instant at, String to, String by) {
            if (!to.equals(closeDate)) {
                add(at, CLOSE_DATE_FIELD, closeDate, to, by);
                closeDate = to;
            }
        }

        /** The forecast category the deal was created with. */
        void forecasts(String initial) {
            forecast = initial;
        }

        /** The category from now on; null clears it (a closing transition empties it). */
        void forecastTo(Instant at, String to, String by) {
            if (to == null ? forecast != null : !to.equals(forecast)) {
                add(at, FORECAST_CATEGORY_FIELD, forecast, to, by);
                forecast = to;
            }
        }

        /** Assignments in time order; the manager hands deals and leads over. */
        void assign(long at, String from, String to) {
            if (assignedAt.length == 0) {
                firstAssignee = from;
            }
            assignedAt = Arrays.copyOf(assignedAt, assignedAt.length + 1);
            assignedTo = Arrays.copyOf(assignedTo, assignedTo.length + 1);
            assignedAt[assignedAt.length - 1] = at;
            assignedTo[assignedTo.length - 1] = to;
            add(Instant.ofEpochSecond(at), ASSIGNEE, from, to, DemoIssues.MANAGER);
        }

        /** Who had the issue at {@code at}: the one who acts on it then. */
        String repAt(long at) {
            String rep = firstAssignee;
            for (int i = 0; i < assignedAt.length && assignedAt[i] <= at; i++) {
                rep = assignedTo[i];
            }
            return rep;
        }
    }
}
