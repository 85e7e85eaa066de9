package org.saleskpi.demo;

import static org.saleskpi.demo.DemoSalesModel.AMOUNT_FIELD;
import static org.saleskpi.demo.DemoSalesModel.BEST_CASE;
import static org.saleskpi.demo.DemoSalesModel.CLOSE_DATE_FIELD;
import static org.saleskpi.demo.DemoSalesModel.COMMIT;
import static org.saleskpi.demo.DemoSalesModel.COST_FIELD;
import static org.saleskpi.demo.DemoSalesModel.CUSTOMER_FIELD;
import static org.saleskpi.demo.DemoSalesModel.EMAILS_OPENED_FIELD;
import static org.saleskpi.demo.DemoSalesModel.EMAILS_SENT_FIELD;
import static org.saleskpi.demo.DemoSalesModel.FORECAST_CATEGORY_FIELD;
import static org.saleskpi.demo.DemoSalesModel.OMITTED;
import static org.saleskpi.demo.DemoSalesModel.PIPELINE;
import static org.saleskpi.demo.DemoSalesModel.STALE_DAYS;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.saleskpi.core.history.IssueHistory;
import org.saleskpi.core.issue.FieldValue;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.period.Bucket;
import org.saleskpi.core.period.SalesCalendar;

/**
 * Realistic sales issues for {@link DemoSalesModel}, the same for the same {@link DemoSpec}: the
 * demo server's project, the benchmark's input and the large tests' fixture. The data set shows
 * the project as it stands at the spec's end, the present moment: work still open then is open in
 * the data, and nothing is dated after it. Each issue can come with its history, the changes that
 * led from its creation to that state ({@link DemoHistory}).
 */
public final class DemoIssues {
    /** The sales manager: reports customers, campaigns, tasks and some leads and deals; owns campaigns. */
    public static final String MANAGER = "manager";

    /**
     * The mix of issues other than customers (4 %, planned by the account book), as cumulative
     * percent bounds for one draw: 45 % leads, 30 % deals, 1 % campaigns, 5 % expenses, 15 % tasks.
     */
    private static final int LEADS_BELOW = 45;
    private static final int DEALS_BELOW = LEADS_BELOW + 30;
    private static final int CAMPAIGNS_BELOW = DEALS_BELOW + 1;
    private static final int EXPENSES_BELOW = CAMPAIGNS_BELOW + 5;
    private static final int TASKS_BELOW = EXPENSES_BELOW + 15;

    private static final String RESOLVED_DONE = "Done";
    private static final String RESOLVED_WONT_DO = "Won't Do";

    /** Share of won deals pulled into the last week of their fiscal quarter. */
    private static final double QUARTER_END_PUSH = 0.35;

    private final DemoSpec spec;
    private final WorkRhythm rhythm;
    private final SalesCalendar calendar;
    private final SalesTeam team;
    private final AccountBook book;
    private final Dice creationDice;
    private final Dice dice;
    /** Values added for the pipeline KPIs (forecast categories): their own stream leaves every older value as it was. */
    private final Dice pipelineDice;
    private final DemoHistory history;
    /** Open deals updated before this are stale; those updated from {@link #recentFrom} are not. */
    private final Instant staleBefore;
    private final Instant recentFrom;

    private DemoIssues(DemoSpec spec) {
        this.spec = spec;
        // One stream per part, so that a part drawing more often never shifts another's values.
        Dice root = new Dice(spec.seed());
        Dice teamDice = root.split();
        Dice bookDice = root.split();
        this.creationDice = root.split();
        this.dice = root.split();
        this.pipelineDice = root.split();
        Dice historyDice = root.split();
        this.rhythm = WorkRhythm.workdays(spec.zone(), spec.window(), spec.end());
        this.calendar = DemoSalesModel.calendar(spec);
        this.team = new SalesTeam(spec.repKeys(), teamDice);
        this.book = AccountBook.plan(AccountBook.sizeFor(spec.issueCount()), rhythm, team, bookDice);
        // Whole local days apart, so "not updated for 14 days" holds however a reader counts them.
        LocalDate lastDay = spec.window().lastDay();
        this.staleBefore = rhythm.at(lastDay.minusDays(STALE_DAYS + 1L), 0);
        this.recentFrom = rhythm.at(lastDay.minusDays(STALE_DAYS - 1L), 0);
        this.history = new DemoHistory(rhythm, team, historyDice);
    }

    /**
     * Receives each generated issue with its history: the changes the pipeline KPIs (11 to 18) and
     * as-of values read (KPI-DEFINITIONS.md, "Issue history and the pipeline KPIs"). Fields changed:
     * {@code status}, {@code resolution}, {@code assignee}, the amount, close date and forecast category.
     */
    @FunctionalInterface
    public interface HistorySink {
        /**
         * @param history the changes from the issue's creation to its state in {@code issue}, in time
         *     order, none after the spec's present moment
         */
        void accept(IssueRecord issue, IssueHistory history);
    }

    /** Hands the spec's issues to {@code sink} one by one, keys in creation order; holds none of them. */
    public static void generate(DemoSpec spec, Consumer<IssueRecord> sink) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(sink, "sink");
        new DemoIssues(spec).writeAll((issue, none) -> sink.accept(issue), false);
    }

    /**
     * Hands the spec's issues with their histories to {@code sink} one by one, keys in creation order;
     * the issues are exactly those of {@link #generate(DemoSpec, Consumer)}.
     */
    public static void generate(DemoSpec spec, HistorySink sink) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(sink, "sink");
        new DemoIssues(spec).writeAll(sink, true);
    }

    /** All the spec's issues in key order. */
    public static List<IssueRecord> generateList(DemoSpec spec) {
        List<IssueRecord> issues = new ArrayList<>(spec.issueCount());
        generate(spec, (IssueRecord issue) -> issues.add(issue));
        return issues;
    }

    /** Without {@code withHistory} no history is drawn (the sink gets null): records alone cost no more than before. */
    private void writeAll(HistorySink sink, boolean withHistory) {
        WorkRhythm.Sequence others = rhythm.sequence(spec.issueCount() - book.size(), creationDice);
        Instant nextOther = others.hasNext() ? others.next() : null;
        int started = 0;
        for (int number = 1; number <= spec.issueCount(); number++) {
            IssueRecord.Builder issue = IssueRecord.builder(spec.projectKey() + "-" + number, spec.projectKey());
            // Two increasing streams merged by creation time (customers first on a tie): keys follow creation.
            boolean customerNext = started < book.size()
                    && (nextOther == null || !book.start(started).isAfter(nextOther));
            if (customerNext) {
                customer(issue, started++);
            } else {
                other(issue, nextOther, started);
                nextOther = others.hasNext() ? others.next() : null;
            }
            IssueRecord record = issue.build();
            sink.accept(record, withHistory ? history.of(record) : null);
        }
    }

    private void other(IssueRecord.Builder issue, Instant created, int startedAccounts) {
        int draw = dice.between(0, TASKS_BELOW - 1);
        if (draw < LEADS_BELOW) {
            lead(issue, created);
        } else if (draw < DEALS_BELOW) {
            deal(issue, created, startedAccounts);
        } else if (draw < CAMPAIGNS_BELOW) {
            campaign(issue, created);
        } else if (draw < EXPENSES_BELOW) {
            expense(issue, created);
        } else {
            task(issue, created);
        }
    }

    private void customer(IssueRecord.Builder issue, int account) {
        Instant created = book.start(account);
        issue.type(DemoIssueType.CUSTOMER.jiraName())
                .assignee(book.owner(account))
                .reporter(MANAGER)
                .created(created)
                .field(CUSTOMER_FIELD, FieldValue.text(book.name(account)));
        Optional<Instant> churn = book.churn(account);
        if (churn.isPresent()) {
            resolve(issue, DemoStatus.CHURNED, RESOLVED_DONE, churn.get());
        } else {
            leaveOpen(issue, DemoStatus.ACTIVE, created);
        }
    }

    private void lead(IssueRecord.Builder issue, Instant created) {
        String rep = team.leadWorker(dice);
        issue.type(DemoIssueType.LEAD.jiraName())
                .assignee(rep)
                .reporter(dice.chance(0.5) ? MANAGER : rep)
                .created(created);
        double outcome = dice.unit();
        if (outcome < 0.30) {
            DemoStatus converted = outcome < 0.12 ? DemoStatus.QUALIFIED : DemoStatus.CONVERTED;
            closeOrKeepOpen(issue, created, dice.between(1, 45), converted, RESOLVED_DONE, DemoStatus.CONTACTED);
        } else if (outcome < 0.60) {
            closeOrKeepOpen(issue, created, dice.between(1, 30),
                    DemoStatus.DISQUALIFIED, RESOLVED_WONT_DO, DemoStatus.CONTACTED);
        } else {
            leaveOpen(issue, outcome < 0.80 ? DemoStatus.OPEN : DemoStatus.CONTACTED, created);
        }
    }

    private void deal(IssueRecord.Builder issue, Instant created, int startedAccounts) {
        int account = book.pickActive(startedAccounts, created, dice);
        String rep = dice.chance(0.7) ? book.owner(account) : team.closer(dice);
        boolean legacy = dice.chance(0.1);
        long cents = dice.logNormalCents(8_000, 1.1, 50_000, 25_000_000);
        issue.type((legacy ? DemoIssueType.DEAL : DemoIssueType.OPPORTUNITY).jiraName())
                .assignee(rep)
                .reporter(dice.chance(0.6) ? rep : MANAGER)
                .created(created)
                .field(AMOUNT_FIELD, FieldValue.number(BigDecimal.valueOf(cents, 2)))
                .field(CUSTOMER_FIELD, FieldValue.text(book.name(account)));
        // A little over a quarter won and a fifth lost, less the deals whose close falls after the window.
        double outcome = dice.unit();
        if (outcome < 0.48) {
            boolean won = outcome < 0.27;
            Instant closed = sometimeOnOrAfter(closeDay(created, won), created);
            if (closed.isBefore(rhythm.end())) {
                // An account that has left signs nothing more: its deal is lost instead.
                won = won && !book.churnedBy(account, closed);
                DemoStatus status = won
                        ? (legacy ? DemoStatus.CLOSED_WON : DemoStatus.WON)
                        : (legacy ? DemoStatus.CLOSED_LOST : DemoStatus.LOST);
                resolve(issue, status, won ? RESOLVED_DONE : RESOLVED_WONT_DO, closed);
                // Closed: the close date is the day it was won or lost, as the resolution date says.
                issue.field(CLOSE_DATE_FIELD, FieldValue.date(rhythm.localDate(closed)));
                return;
            }
        }
        openDeal(issue, created);
    }

    /** 5 to 120 days after creation, most within two months; wins crowd the ends of fiscal quarters. */
    private LocalDate closeDay(Instant created, boolean won) {
        LocalDate createdDay = rhythm.localDate(created);
        double u = dice.unit();
        LocalDate day = createdDay.plusDays(5 + (int) (115 * u * u));
        if (won && dice.chance(QUARTER_END_PUSH)) {
            // Reps pull deals into the quarter's last week to make their number.
            LocalDate pushed = calendar.bucketOf(day, Bucket.FISCAL_QUARTER).lastDay().minusDays(dice.between(0, 6));
            if (pushed.isAfter(day) && !pushed.isAfter(createdDay.plusDays(120))) {
                day = pushed;
            }
        }
        return day;
    }

    private void openDeal(IssueRecord.Builder issue, Instant created) {
        double stage = dice.unit();
        DemoStatus status = stage < 0.4 ? DemoStatus.PROSPECTING
                : stage < 0.75 ? DemoStatus.PROPOSAL : DemoStatus.NEGOTIATION;
        issue.status(status.jiraName(), status.category());
        LocalDate createdDay = rhythm.localDate(created);
        LocalDate expected;
        if (created.isBefore(staleBefore) && dice.chance(0.3)) {
            // Forgotten: untouched since long before the end, its expected close mostly long past.
            issue.updated(rhythm.sometimeBetween(created, staleBefore, dice));
            expected = createdDay.plusDays(dice.between(20, 150));
        } else {
            Instant updated = rhythm.sometimeBetween(latest(created, recentFrom), rhythm.end(), dice);
            // Worked on lately: the expected close moves around the last update, sometimes already past.
            LocalDate due = rhythm.localDate(updated).plusDays(dice.between(-20, 60));
            issue.updated(updated);
            expected = due.isBefore(createdDay) ? createdDay : due;
        }
        // The close date field holds the expected close; the due date too, for readers without the field.
        issue.due(expected)
                .field(CLOSE_DATE_FIELD, FieldValue.date(expected))
                .field(FORECAST_CATEGORY_FIELD, FieldValue.option(forecastCategory(status)));
    }

    /** Reps commit what is in negotiation, call proposals their best case and leave the early ones to the pipeline. */
    private String forecastCategory(DemoStatus stage) {
        double u = pipelineDice.unit();
        return switch (stage) {
            case NEGOTIATION -> u < 0.55 ? COMMIT : u < 0.9 ? BEST_CASE : PIPELINE;
            case PROPOSAL -> u < 0.1 ? COMMIT : u < 0.55 ? BEST_CASE : u < 0.95 ? PIPELINE : OMITTED;
            default -> u < 0.75 ? PIPELINE : OMITTED;
        };
    }

    private void campaign(IssueRecord.Builder issue, Instant created) {
        int sent = dice.between(500, 20_000);
        // Open rate between 5 % and 45 %, in whole emails.
        int opened = dice.between((sent * 5 + 99) / 100, sent * 45 / 100);
        issue.type(DemoIssueType.CAMPAIGN.jiraName())
                .assignee(MANAGER)
                .reporter(MANAGER)
                .created(created)
                .field(EMAILS_SENT_FIELD, FieldValue.number(sent))
                .field(EMAILS_OPENED_FIELD, FieldValue.number(opened));
        Instant sentAt = created.plusSeconds(dice.between(3_600, 6 * 3_600));
        if (sentAt.isBefore(rhythm.end())) {
            resolve(issue, DemoStatus.SENT, RESOLVED_DONE, sentAt);
        } else {
            leaveOpen(issue, DemoStatus.SCHEDULED, created);
        }
    }

    private void expense(IssueRecord.Builder issue, Instant created) {
        long cents = dice.logNormalCents(1_500, 1.0, 10_000, 2_000_000);
        String spender = dice.chance(0.5) ? MANAGER : team.closer(dice);
        issue.type(DemoIssueType.EXPENSE.jiraName())
                .assignee(spender)
                .reporter(spender)
                .created(created)
                .field(COST_FIELD, FieldValue.number(BigDecimal.valueOf(cents, 2)));
        closeOrKeepOpen(issue, created, dice.between(1, 5), DemoStatus.APPROVED, RESOLVED_DONE, DemoStatus.SUBMITTED);
    }

    private void task(IssueRecord.Builder issue, Instant created) {
        int dueIn = dice.between(1, 21);
        LocalDate due = rhythm.localDate(created).plusDays(dueIn);
        issue.type(DemoIssueType.TASK.jiraName())
                .assignee(team.anyRep(dice))
                .reporter(MANAGER)
                .created(created)
                .due(due);
        if (dice.chance(0.65)) {
            // Done around the due date, a week late at worst.
            boolean done = closeOrKeepOpen(issue, created, dice.between(1, dueIn + 7),
                    DemoStatus.DONE, RESOLVED_DONE, DemoStatus.IN_PROGRESS);
            LocalDate today = spec.window().lastDay();
            if (done && due.isAfter(today)) {
                // A finished task's date is one that has come: done early means due by today.
                issue.due(today);
            }
        } else {
            leaveOpen(issue, dice.chance(0.5) ? DemoStatus.TO_DO : DemoStatus.IN_PROGRESS, created);
        }
    }

    /** Resolved {@code days} local days after creation, or still open when that is after the present; true if resolved. */
    private boolean closeOrKeepOpen(IssueRecord.Builder issue, Instant created, int days,
            DemoStatus closed, String resolution, DemoStatus stillOpen) {
        Instant at = sometimeOnOrAfter(rhythm.localDate(created).plusDays(days), created);
        if (at.isBefore(rhythm.end())) {
            resolve(issue, closed, resolution, at);
            return true;
        }
        leaveOpen(issue, stillOpen, created);
        return false;
    }

    private void resolve(IssueRecord.Builder issue, DemoStatus status, String resolution, Instant at) {
        issue.status(status.jiraName(), status.category()).resolution(resolution).resolved(at).updated(at);
    }

    private void leaveOpen(IssueRecord.Builder issue, DemoStatus status, Instant created) {
        issue.status(status.jiraName(), status.category())
                .updated(rhythm.sometimeBetween(created, rhythm.end(), dice));
    }

    private Instant sometimeOnOrAfter(LocalDate day, Instant notBefore) {
        return latest(rhythm.sometimeOn(day, dice), notBefore);
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
