package org.saleskpi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.history.IssueHistory;
import org.saleskpi.core.issue.IssueRecord;

class DemoHistoryTest {
    private static final DemoSpec SPEC = DemoSpec.of(13L, 3_000, LocalDate.of(2024, 3, 1), ZoneId.of("Europe/Berlin"));

    @Test
    void historySinkGetsExactlyTheIssuesOfTheRecordOnlyApi() {
        List<IssueRecord> withHistory = new ArrayList<>();
        List<IssueHistory> histories = new ArrayList<>();

        DemoIssues.generate(SPEC, (issue, history) -> {
            withHistory.add(issue);
            histories.add(history);
        });

        assertThat(withHistory).isEqualTo(DemoIssues.generateList(SPEC));
        assertThat(histories).extracting(IssueHistory::key)
                .containsExactlyElementsOf(withHistory.stream().map(IssueRecord::key).toList());
        assertThat(histories).allMatch(IssueHistory::known);
    }
}
