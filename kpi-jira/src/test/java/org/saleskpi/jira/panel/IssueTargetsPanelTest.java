package org.saleskpi.jira.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.goal.Goal;
import org.saleskpi.core.goal.Page;
import org.saleskpi.core.goal.Target;
import org.saleskpi.core.goal.TargetKind;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.issue.StatusCategory;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.jira.JiraMocks;
import org.saleskpi.web.page.Messages;
import org.saleskpi.web.page.TemplateCalls;

/**
 * The issue panel's context on 10 May 2024: goal "Q2" of project SALES runs 1 April to 30 June (0.43 of it
 * elapsed) with rita's "Deals won" (issues of a JQL), rita's hand-entered "Pipeline" and bob's "Deals of bob".
 * Rita sees four issues of the JQL, three of them resolved.
 */
class IssueTargetsPanelTest {
    private static final String WON = "project = SALES AND status = Won";
    private final JiraMocks jira = new JiraMocks();
    private final UserRef rita = new UserRef("rita", "Rita Rep");
    private final Issue issue = mock(Issue.class);
    private IssueTargetsPanel panel;

    @BeforeEach
    void setUp() {
        when(issue.getKey()).thenReturn("SALES-7");
        when(jira.authentication.getLocale()).thenReturn(Locale.UK);
        when(jira.access.currentUser()).thenReturn(Optional.of(rita));
        when(jira.access.canBrowse(rita, "SALES")).thenReturn(true);
        when(jira.issues.count("key = SALES-7", rita)).thenReturn(1L);
        when(jira.issues.count("(key = SALES-7) AND (" + WON + ")", rita)).thenReturn(1L);
        when(jira.issues.count("(key = SALES-7) AND (project = SALES)", rita)).thenReturn(1L);
        Goal q2 = new Goal(1, "SALES", Optional.empty(), "alice", "Q2", "", LocalDate.parse("2024-04-01"),
                LocalDate.parse("2024-06-30"), "#0052CC", false, Instant.EPOCH, Instant.EPOCH, 1, List.of(
                        target(10, "Deals won", new TargetKind.Issues(WON), "rita"),
                        target(11, "Pipeline", new TargetKind.Amount(Currency.getInstance("EUR")), "rita"),
                        target(12, "Deals of bob", new TargetKind.Issues("project = SALES"), "bob")));
        when(jira.goals.find(any(), any())).thenReturn(new Page<>(List.of(q2), 1));
        List<IssueRecord> records = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            IssueRecord.Builder deal = IssueRecord.builder("SALES-" + i, "SALES").type("Deal")
                    .status(i < 4 ? "Won" : "Open", i < 4 ? StatusCategory.DONE : StatusCategory.TO_DO)
                    .created(Instant.parse("2024-04-02T10:00:00Z"));
            records.add((i < 4 ? deal.resolved(Instant.parse("2024-05-02T10:00:00Z")) : deal).build());
        }
        when(jira.issues.load(any())).thenReturn(IssueTable.of(ZoneOffset.UTC, List.of(Column.RESOLVED), records));
        panel = new IssueTargetsPanel(jira.services(), jira.authentication);
        panel.init(Map.of());
    }

    @Test
    void theViewersOwnTargetsTheIssueCountsTowardBecomeRowsInTheirLanguage() {
        Map<String, Object> context = panel.getContextMap(Map.of("issue", issue, "fromJira", "kept"));

        assertThat(context).containsEntry("issue", issue).containsEntry("fromJira", "kept")
                .containsEntry("saleskpiEmpty", false).containsEntry("saleskpiFailed", false);
        assertThat(context).doesNotContainKeys("saleskpiEsc", "saleskpiTexts");
        assertThat(((IssueTargetTexts) context.get("saleskpiText")).getEmpty())
                .isEqualTo("This issue counts toward none of your targets.");
        @SuppressWarnings("unchecked")
        List<IssueTargetRow> rows = (List<IssueTargetRow>) context.get("saleskpiTargets");
        assertThat(rows).hasSize(1);
        IssueTargetRow row = rows.get(0);
        assertThat(row.getGoalName()).isEqualTo("Q2");
        assertThat(row.getTargetName()).isEqualTo("Deals won");
        assertThat(row.getMeasured()).isEqualTo("3");
        assertThat(row.getAim()).isEqualTo("4");
        assertThat(row.getPercentValue()).isEqualTo(75);
        assertThat(row.getPercent()).isEqualTo("75%");
        // 75 % done against 43 % of the time elapsed.
        assertThat(row.getStatusKey()).isEqualTo("on-track");
        assertThat(row.getStatus()).isEqualTo("On track");
        assertThat(row.isStale()).isFalse();
    }

    @Test
    void japaneseViewersReadJapanese() {
        when(jira.authentication.getLocale()).thenReturn(Locale.JAPAN);

        Map<String, Object> context = panel.getContextMap(Map.of("issue", issue));

        @SuppressWarnings("unchecked")
        List<IssueTargetRow> rows = (List<IssueTargetRow>) context.get("saleskpiTargets");
        assertThat(rows.get(0).getStatus()).isEqualTo("順調");
        assertThat(((IssueTargetTexts) context.get("saleskpiText")).getStatus())
                .isEqualTo(Messages.load(Locale.JAPANESE, IssueTargetsPanelTest.class.getClassLoader())
                        .getText("saleskpi.issueTargets.status"))
                .isNotEqualTo("Status");
    }

    @Test
    void aTargetOfAGoalThatBeginsNextMonthIsNotStartedInEitherLanguage() {
        Goal june = new Goal(1, "SALES", Optional.empty(), "alice", "June push", "", LocalDate.parse("2024-06-01"),
                LocalDate.parse("2024-06-30"), "#0052CC", false, Instant.EPOCH, Instant.EPOCH, 1,
                List.of(target(20, "Deals won", new TargetKind.Issues(WON), "rita")));
        when(jira.goals.find(any(), any())).thenReturn(new Page<>(List.of(june), 1));

        @SuppressWarnings("unchecked")
        List<IssueTargetRow> rows = (List<IssueTargetRow>) panel.getContextMap(Map.of("issue", issue)).get("saleskpiTargets");
        // 75 % of the issues are resolved already, but on 10 May the goal has not begun: no pace is asked of it.
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.getStatusKey()).isEqualTo("not-started");
            assertThat(row.getStatus()).isEqualTo("Not started");
        });
        when(jira.authentication.getLocale()).thenReturn(Locale.JAPAN);
        @SuppressWarnings("unchecked")
        List<IssueTargetRow> japanese = (List<IssueTargetRow>) panel.getContextMap(Map.of("issue", issue)).get("saleskpiTargets");
        assertThat(japanese.get(0).getStatus()).isEqualTo("未開始");
    }

    @Test
    void namesWithMarkupReachTheTemplateEscaped() {
        Goal odd = new Goal(1, "SALES", Optional.empty(), "alice", "Q2 <b>&</b>", "", LocalDate.parse("2024-04-01"),
                LocalDate.parse("2024-06-30"), "#0052CC", false, Instant.EPOCH, Instant.EPOCH, 1,
                List.of(target(10, "Deals \"won\"", new TargetKind.Issues(WON), "rita")));
        when(jira.goals.find(any(), any())).thenReturn(new Page<>(List.of(odd), 1));

        @SuppressWarnings("unchecked")
        List<IssueTargetRow> rows = (List<IssueTargetRow>) panel.getContextMap(Map.of("issue", issue)).get("saleskpiTargets");

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.getGoalName()).isEqualTo("Q2 &lt;b&gt;&amp;&lt;/b&gt;");
            assertThat(row.getTargetName()).isEqualTo("Deals &quot;won&quot;");
        });
    }

    @Test
    void thePanelTemplateReadsGettersOnlyAndEveryTextItShowsHasItsKey() {
        String template = TemplateCalls.read(Path.of("src/main/resources/saleskpi/jira/templates/issue-targets.vm"));

        assertThat(TemplateCalls.methodCalls(template)).isEmpty();
        assertThat(TemplateCalls.properties(template, "saleskpiText")).isEqualTo(IssueTargetTexts.KEYS.keySet());
        assertThat(TemplateCalls.properties(template, "row")).contains("goalName", "percentValue", "stale");
    }

    @Test
    void anIssueOutsideEveryOneOfTheirTargetsLeavesTheEmptyState() {
        when(jira.issues.count("(key = SALES-7) AND (" + WON + ")", rita)).thenReturn(0L);

        Map<String, Object> context = panel.getContextMap(Map.of("issue", issue));

        assertThat(context).containsEntry("saleskpiTargets", List.of()).containsEntry("saleskpiEmpty", true)
                .containsEntry("saleskpiFailed", false);
    }

    @Test
    void nobodySignedInOrNoIssueMeansNoSearchAtAll() {
        when(jira.access.currentUser()).thenReturn(Optional.empty());
        assertThat(panel.getContextMap(Map.of("issue", issue))).containsEntry("saleskpiEmpty", true);

        when(jira.access.currentUser()).thenReturn(Optional.of(rita));
        assertThat(panel.getContextMap(Map.of("issue", "not an issue"))).containsEntry("saleskpiEmpty", true);

        verifyNoInteractions(jira.issues, jira.goals);
    }

    @Test
    void aSearchThatFailsShowsTheFailureNotAnEmptyListAndTheIssueViewStillOpens() {
        when(jira.issues.count(anyString(), any())).thenThrow(new IllegalStateException("search is down"));

        Map<String, Object> context = panel.getContextMap(Map.of("issue", issue));

        assertThat(context).containsEntry("saleskpiFailed", true).containsEntry("saleskpiTargets", List.of());
    }

    private static Target target(long id, String name, TargetKind kind, String owner) {
        return new Target(id, 1, name, kind, Optional.empty(), BigDecimal.ZERO,
                kind instanceof TargetKind.Issues ? BigDecimal.ZERO : BigDecimal.TEN, BigDecimal.ZERO, owner,
                BigDecimal.ONE, 1);
    }
}
