package org.saleskpi.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.saleskpi.core.history.Change;
import org.saleskpi.core.history.IssueHistory;
import org.saleskpi.core.issue.IssueRecord;

/**
 * The past of a generated issue, drawn backwards from its present state: the changes that led from
 * the values it was created with to the values it has now, all between its creation and its last
 * update (never after the data set's present moment).
 */
final class DemoHistory {
    static final String STATUS = "status";
    static final String RESOLUTION = "resolution";

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
        List<Change> changes = new ArrayList<>();
        DemoStatus initial = initialStatus(issue.issueType());
        if (!initial.jiraName().equals(issue.status())) {
            Instant at = issue.resolved().orElseGet(() -> rhythm.sometimeBetween(
                    issue.created().plusSeconds(1), issue.updated().plusSeconds(1), dice));
            String by = issue.assignee().orElse(null);
            changes.add(Change.of(at, STATUS, initial.jiraName(), issue.status(), by));
            issue.resolution().ifPresent(resolution -> changes.add(Change.of(at, RESOLUTION, null, resolution, by)));
        }
        return IssueHistory.of(issue.key(), issue.created(), changes);
    }

    /** The status a workflow creates its issues in. */
    static DemoStatus initialStatus(String issueType) {
        return switch (DemoIssueType.valueOf(issueType.toUpperCase(java.util.Locale.ROOT))) {
            case LEAD -> DemoStatus.OPEN;
            case OPPORTUNITY, DEAL -> DemoStatus.PROSPECTING;
            case CUSTOMER -> DemoStatus.ACTIVE;
            case CAMPAIGN -> DemoStatus.SCHEDULED;
            case EXPENSE -> DemoStatus.SUBMITTED;
            case TASK -> DemoStatus.TO_DO;
        };
    }
}
