package org.saleskpi.jira.sync;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.project.Project;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.saleskpi.jira.bridge.SystemSearch;

/**
 * One Jira's issues, shared by every node of a test (the cluster's one database), behind {@link SystemSearch}. Its
 * JQL is only what the sync and the in-test caches write: a scope ({@code project = X} or
 * {@code project in (X, Y)}), optionally in parentheses and followed by {@code AND updated >= "yyyy/MM/dd HH:mm"}
 * (read in Jira's default zone, to the minute, as Jira does) or {@code AND (id in (ids))} (JqlText.and of
 * SystemSearch.idIn); anything else fails the
 * test. Each search and each issue read is counted.
 */
final class SimulatedJira implements SystemSearch {
    private static final Pattern SCOPE = Pattern.compile("project (?:= (\\w+)|in \\(([\\w, ]+)\\))");
    private static final Pattern UPDATED = Pattern.compile("updated >= \"(\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2})\"");
    private static final Pattern ISSUES = Pattern.compile("\\(id in \\(([\\d, ]+)\\)\\)");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm");

    /** One issue as the database holds it. */
    record Row(long id, String key, String project, String status, Instant created, Instant updated) {}

    private final Map<Long, Row> rows = new TreeMap<>();
    private final AtomicLong nextId = new AtomicLong(10_000);
    private final Clock clock;
    private final ZoneId zone;
    final List<String> searches = new ArrayList<>();
    long issuesRead;

    SimulatedJira(Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    synchronized Row create(String project, String status) {
        long id = nextId.getAndIncrement();
        Row row = new Row(id, project + "-" + (id - 9_999), project, status, clock.instant(), clock.instant());
        rows.put(id, row);
        return row;
    }

    /** An edit committed now. */
    synchronized Row edit(long id, String status) {
        return stamp(id, status, clock.instant());
    }

    /** An edit whose {@code updated} is {@code at}: a commit that landed late, or a node whose clock is behind. */
    synchronized Row stamp(long id, String status, Instant at) {
        Row old = rows.get(id);
        Row row = new Row(id, old.key(), old.project(), status, old.created(), at);
        rows.put(id, row);
        return row;
    }

    synchronized Row move(long id, String project) {
        Row old = rows.get(id);
        Row row = new Row(id, old.key(), project, old.status(), old.created(), clock.instant());
        rows.put(id, row);
        return row;
    }

    synchronized void delete(long id) {
        rows.remove(id);
    }

    synchronized Row row(long id) {
        return rows.get(id);
    }

    @Override
    public synchronized List<Long> ids(String jql, int start, int max) {
        searches.add(jql);
        List<Long> all = rows.values().stream().filter(matcher(jql)).map(Row::id).toList();
        return List.copyOf(all.subList(Math.min(start, all.size()), Math.min(all.size(), start + max)));
    }

    @Override
    public synchronized List<Issue> issues(List<Long> ids) {
        List<Issue> found = new ArrayList<>();
        for (Long id : ids) {
            Row row = rows.get(id);
            if (row != null) {
                found.add(issue(row));
                issuesRead++;
            }
        }
        return found;
    }

    @Override
    public synchronized long count(String jql) {
        searches.add(jql);
        return rows.values().stream().filter(matcher(jql)).count();
    }

    private Predicate<Row> matcher(String jql) {
        String rest = jql;
        String scope;
        if (rest.startsWith("(")) {
            int close = closing(rest);
            scope = rest.substring(1, close);
            rest = rest.substring(close + 1);
        } else {
            scope = rest;
            rest = "";
        }
        Matcher projects = SCOPE.matcher(scope);
        if (!projects.matches()) {
            throw new AssertionError("the simulated Jira does not know this scope: " + jql);
        }
        Set<String> keys = projects.group(1) != null ? Set.of(projects.group(1))
                : Arrays.stream(projects.group(2).split(",\\s*")).collect(Collectors.toSet());
        Predicate<Row> match = row -> keys.contains(row.project());
        if (!rest.isEmpty()) {
            if (!rest.startsWith(" AND ")) {
                throw new AssertionError("the simulated Jira does not know this JQL: " + jql);
            }
            String clause = rest.substring(" AND ".length());
            Matcher updated = UPDATED.matcher(clause);
            Matcher issues = ISSUES.matcher(clause);
            if (updated.matches()) {
                Instant from = LocalDateTime.parse(updated.group(1), MINUTE).atZone(zone).toInstant();
                match = match.and(row -> !row.updated().isBefore(from));
            } else if (issues.matches()) {
                Set<Long> ids = Arrays.stream(issues.group(1).split(",\\s*")).map(Long::valueOf)
                        .collect(Collectors.toSet());
                match = match.and(row -> ids.contains(row.id()));
            } else {
                throw new AssertionError("the simulated Jira does not know this JQL: " + jql);
            }
        }
        return match;
    }

    /** The index of the parenthesis that closes the one {@code jql} starts with. */
    private static int closing(String jql) {
        int depth = 0;
        for (int i = 0; i < jql.length(); i++) {
            depth += jql.charAt(i) == '(' ? 1 : jql.charAt(i) == ')' ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        throw new AssertionError("unbalanced JQL: " + jql);
    }

    /** A Jira issue object as the search materialises it: the getters the caches read. */
    private static Issue issue(Row row) {
        Issue issue = mock(Issue.class);
        Status status = mock(Status.class);
        StatusCategory category = mock(StatusCategory.class);
        IssueType type = mock(IssueType.class);
        Project project = mock(Project.class);
        when(category.getKey()).thenReturn(row.status().equals("Won") ? "done" : "new");
        when(status.getName()).thenReturn(row.status());
        when(status.getStatusCategory()).thenReturn(category);
        when(type.getName()).thenReturn("Deal");
        when(project.getKey()).thenReturn(row.project());
        when(issue.getId()).thenReturn(row.id());
        when(issue.getKey()).thenReturn(row.key());
        when(issue.getStatus()).thenReturn(status);
        when(issue.getIssueType()).thenReturn(type);
        when(issue.getProjectObject()).thenReturn(project);
        when(issue.getSummary()).thenReturn("Deal " + row.key());
        // No issue security level (a mock would answer 0, a level no one may see).
        when(issue.getSecurityLevelId()).thenReturn(null);
        when(issue.getCreated()).thenReturn(Timestamp.from(row.created()));
        when(issue.getUpdated()).thenReturn(Timestamp.from(row.updated()));
        return issue;
    }
}
