package org.saleskpi.core.metric;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.IssueTable;

/**
 * Hand-worked pipeline histories in Europe/Berlin across the switch to summer time (Sunday 29 March
 * 2026 has 23 hours): a deal that visits a stage twice, one that skips a stage, one reopened after being
 * won. The parts' tests and the KPIs' tests read the same tables; the comments work out what they show.
 */
public final class PipelineStories {
    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private PipelineStories() {
    }

    private static Story story(String key, String created) {
        return Story.created(key, BERLIN, created);
    }

    // Table A, Berlin local times (CET = UTC+1 until 29 March 02:00, then CEST = UTC+2).
    //  S-1 created 03-27 10:00 in Qualification, close date 03-20
    //      03-28 10:00 Proposal, close date -> 04-10 (a push of 21 days, made while open)
    //      03-30 10:00 Qualification (back: Proposal 03-28 10:00 CET -> 03-30 10:00 CEST = 47 h, not 48)
    //      03-30 22:00 Proposal (its second visit to Proposal; Qualification again for 12 h)
    //      03-31 10:00 Won, close date -> 03-31 (earlier: no push)    Proposal again 12 h
    //  S-2 created 03-02 09:00 in Qualification, close date 03-31
    //      03-05 09:00 Negotiation (skips Proposal), close date -> 04-15 (push, 15 days)
    //      03-10 09:00 Lost, close date -> 04-20 (later, but the deal is lost after it: no push)
    //  S-3 created 02-10 12:00 in Qualification, close date 02-28
    //      02-20 12:00 Proposal, close date -> 03-15 (push, 15 days, February)
    //      02-28 23:30 close date -> 03-18 (push, 3 days, still February in Berlin)
    //      03-01 00:30 close date -> 03-20 (push, 2 days: 28 February 23:30 in UTC, but March in Berlin)
    //      03-03 12:00 Won, close date -> 03-03
    //      03-06 12:00 Negotiation (reopened after being won), close date -> 04-30 (push, 58 days)
    //      03-20 10:00 close date -> 05-31 (push, 31 days); still in Negotiation
    //  S-4 created 03-15 08:00 in Qualification, close date 04-30; no change
    //  S-5 created 04-02 09:00 in Qualification: after March; the last instant the history knows
    //  S-6 created 02-25 10:00 in New (no stage), close date 03-31
    //      03-02 10:00 Qualification
    //      03-04 10:00 Proposal, close date -> 04-30 (push, 30 days); still in Proposal
    //  L-1 a lead created 03-04 10:00 in Proposal, 03-06 10:00 Qualification: not a deal, never counted
    public static final List<Story> STAGES_AND_PUSHES = List.of(
            story("S-1", "2026-03-27 10:00").with(Column.STATUS, "Qualification").with(Story.CLOSE, "2026-03-20")
                    .change("2026-03-28 10:00", Column.STATUS, "Proposal")
                    .change("2026-03-28 10:00", Story.CLOSE, "2026-04-10")
                    .change("2026-03-30 10:00", Column.STATUS, "Qualification")
                    .change("2026-03-30 22:00", Column.STATUS, "Proposal")
                    .change("2026-03-31 10:00", Column.STATUS, "Won")
                    .change("2026-03-31 10:00", Story.CLOSE, "2026-03-31"),
            story("S-2", "2026-03-02 09:00").with(Column.STATUS, "Qualification").with(Story.CLOSE, "2026-03-31")
                    .change("2026-03-05 09:00", Column.STATUS, "Negotiation")
                    .change("2026-03-05 09:00", Story.CLOSE, "2026-04-15")
                    .change("2026-03-10 09:00", Column.STATUS, "Lost")
                    .change("2026-03-10 09:00", Story.CLOSE, "2026-04-20"),
            story("S-3", "2026-02-10 12:00").with(Column.STATUS, "Qualification").with(Story.CLOSE, "2026-02-28")
                    .change("2026-02-20 12:00", Column.STATUS, "Proposal")
                    .change("2026-02-20 12:00", Story.CLOSE, "2026-03-15")
                    .change("2026-02-28 23:30", Story.CLOSE, "2026-03-18")
                    .change("2026-03-01 00:30", Story.CLOSE, "2026-03-20")
                    .change("2026-03-03 12:00", Column.STATUS, "Won")
                    .change("2026-03-03 12:00", Story.CLOSE, "2026-03-03")
                    .change("2026-03-06 12:00", Column.STATUS, "Negotiation")
                    .change("2026-03-06 12:00", Story.CLOSE, "2026-04-30")
                    .change("2026-03-20 10:00", Story.CLOSE, "2026-05-31"),
            story("S-4", "2026-03-15 08:00").with(Column.STATUS, "Qualification").with(Story.CLOSE, "2026-04-30"),
            story("S-5", "2026-04-02 09:00").with(Column.STATUS, "Qualification"),
            story("S-6", "2026-02-25 10:00").with(Column.STATUS, "New").with(Story.CLOSE, "2026-03-31")
                    .change("2026-03-02 10:00", Column.STATUS, "Qualification")
                    .change("2026-03-04 10:00", Column.STATUS, "Proposal")
                    .change("2026-03-04 10:00", Story.CLOSE, "2026-04-30"),
            story("L-1", "2026-03-04 10:00").with(Column.ISSUE_TYPE, "Lead").with(Column.STATUS, "Proposal")
                    .change("2026-03-06 10:00", Column.STATUS, "Qualification"));

    /** Table A: statuses and close dates tracked. */
    public static IssueTable stagesAndPushes() {
        return Story.table(BERLIN, Set.of(Column.ISSUE_TYPE, Column.STATUS, Column.CREATED, Story.CLOSE),
                Set.of(Column.STATUS, Story.CLOSE), STAGES_AND_PUSHES);
    }

    // Table C, pipeline movement over March (start 03-01 00:00 CET, end 04-01 00:00 CEST = 03-31 22:00 UTC).
    //  M-1 created 02-10 in Proposal, 500; 03-03 Won; 03-06 Negotiation (reopened); 03-20 amount 800
    //      open at both instants: increased 300 (its win in between does not show)
    //  M-2 created 02-25 in New, 300; 03-04 Qualification with amount 250: decreased 50
    //  M-3 created 03-02 in Qualification, 200; 03-10 Lost: neither open at start nor at end
    //  M-4 created 03-15 in Qualification, 400: new 400
    //  M-5 created 03-27 in Qualification, 1000; 03-30 amount 1200; 03-31 Won: neither
    //  M-6 created 01-15 in Proposal, 700; 03-12 Won with amount 750: increased 50, won 750
    //  M-7 created 01-20 in Negotiation, 900; 03-18 Lost: lost 900
    //  M-8 created 01-05 in Qualification, 100; 03-08 its type becomes Task: moved out 100
    //  M-9 created 04-01 00:30 CEST (03-31 22:30 UTC), 60: after the end of March, though before midnight UTC
    //  M-10 created 02-12 in Qualification without amount (0); 03-25 amount 50: increased 50
    //  L-2 a lead open in Proposal, 999: never open pipeline
    // Open at start: 500 + 300 + 700 + 900 + 100 + 0 = 2500.  Open at end: 800 + 250 + 400 + 50 = 1500.
    // 2500 + new 400 + increased (300 + 50 + 50) - decreased 50 - won 750 - lost 900 - moved out 100 = 1500.
    /** Table C, with the close dates of the deals closed in March (not tracked). */
    public static IssueTable movement() {
        List<Story> stories = List.of(
                story("M-1", "2026-02-10 12:00").with(Column.STATUS, "Proposal").with(Story.AMOUNT, "500")
                        .change("2026-03-03 12:00", Column.STATUS, "Won")
                        .change("2026-03-06 12:00", Column.STATUS, "Negotiation")
                        .change("2026-03-20 10:00", Story.AMOUNT, "800"),
                story("M-2", "2026-02-25 10:00").with(Column.STATUS, "New").with(Story.AMOUNT, "300")
                        .change("2026-03-04 10:00", Column.STATUS, "Qualification")
                        .change("2026-03-04 10:00", Story.AMOUNT, "250"),
                story("M-3", "2026-03-02 09:00").with(Column.STATUS, "Qualification").with(Story.AMOUNT, "200")
                        .with(Story.CLOSE, "2026-03-10")
                        .change("2026-03-10 09:00", Column.STATUS, "Lost"),
                story("M-4", "2026-03-15 08:00").with(Column.STATUS, "Qualification").with(Story.AMOUNT, "400"),
                story("M-5", "2026-03-27 10:00").with(Column.STATUS, "Qualification").with(Story.AMOUNT, "1000")
                        .with(Story.CLOSE, "2026-03-31")
                        .change("2026-03-30 10:00", Story.AMOUNT, "1200")
                        .change("2026-03-31 10:00", Column.STATUS, "Won"),
                story("M-6", "2026-01-15 10:00").with(Column.STATUS, "Proposal").with(Story.AMOUNT, "700")
                        .with(Story.CLOSE, "2026-03-12")
                        .change("2026-03-12 10:00", Column.STATUS, "Won")
                        .change("2026-03-12 10:00", Story.AMOUNT, "750"),
                story("M-7", "2026-01-20 10:00").with(Column.STATUS, "Negotiation").with(Story.AMOUNT, "900")
                        .with(Story.CLOSE, "2026-03-18")
                        .change("2026-03-18 10:00", Column.STATUS, "Lost"),
                story("M-8", "2026-01-05 10:00").with(Column.STATUS, "Qualification").with(Story.AMOUNT, "100")
                        .change("2026-03-08 10:00", Column.ISSUE_TYPE, "Task"),
                story("M-9", "2026-04-01 00:30").with(Column.STATUS, "Qualification").with(Story.AMOUNT, "60"),
                story("M-10", "2026-02-12 10:00").with(Column.STATUS, "Qualification")
                        .change("2026-03-25 10:00", Story.AMOUNT, "50"),
                story("L-2", "2026-02-01 10:00").with(Column.ISSUE_TYPE, "Lead").with(Column.STATUS, "Proposal")
                        .with(Story.AMOUNT, "999"));
        return Story.table(BERLIN, Set.of(Column.ISSUE_TYPE, Column.STATUS, Column.CREATED, Story.AMOUNT, Story.CLOSE),
                Set.of(Column.ISSUE_TYPE, Column.STATUS, Story.AMOUNT), stories);
    }
}
