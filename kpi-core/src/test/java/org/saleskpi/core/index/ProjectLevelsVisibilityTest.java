package org.saleskpi.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.IssueQuery;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.issue.StatusCategory;
import org.saleskpi.core.user.UserRef;

/**
 * A level that counts in one project only: DEAL and PIPE share a security scheme whose level 7 goes to a project
 * role, and dan holds that role in DEAL. He sees DEAL-2 (level 7 in DEAL) but not PIPE-2 (level 7 in PIPE).
 */
class ProjectLevelsVisibilityTest {
    private static final UserRef DAN = new UserRef("dan", "Dan");

    private final IssueIndex index = new IssueIndex();
    private final IndexedIssueSource source = new IndexedIssueSource(index,
            (user, projects) -> new Visibility(Set.of("DEAL", "PIPE"), Set.of(), Map.of("DEAL", Set.of(7L))),
            Clock.fixed(Instant.parse("2024-03-15T12:00:00Z"), ZoneOffset.UTC), ZoneOffset.UTC);

    ProjectLevelsVisibilityTest() {
        index.upsert(List.of(issue("DEAL-1", "Open", null), issue("DEAL-2", "Won", 7L), issue("PIPE-1", "Open", null),
                issue("PIPE-2", "Lost", 7L)));
    }

    @Test
    void everyReadHonoursTheLevelsOfEachProject() {
        IssueQuery all = new IssueQuery("", DAN, Set.of(Column.KEY), ZoneOffset.UTC);

        assertThat(keys(source.load(all))).containsExactly("DEAL-1", "DEAL-2", "PIPE-1");
        assertThat(source.count("status in (Won, Lost)", DAN)).isEqualTo(1);
        assertThat(keys(source.loadKeys(all, List.of("PIPE-2", "DEAL-2")))).containsExactly("DEAL-2");
        assertThat(source.statuses(DAN)).containsExactly("Open", "Won");
        assertThat(source.issue("PIPE-2", DAN)).isEmpty();
        assertThat(source.issue("DEAL-2", DAN)).isPresent();
    }

    private static List<String> keys(IssueTable table) {
        List<String> keys = new ArrayList<>();
        for (int row = 0; row < table.size(); row++) {
            keys.add(table.keys().key(row));
        }
        return keys;
    }

    private static IndexedIssue issue(String key, String status, Long level) {
        return new IndexedIssue(IssueRecord.builder(key, key.substring(0, key.indexOf('-'))).type("Deal")
                .status(status, StatusCategory.TO_DO).created(Instant.parse("2024-03-01T09:00:00Z")).build(),
                key, "", Set.of(), Optional.ofNullable(level));
    }
}
