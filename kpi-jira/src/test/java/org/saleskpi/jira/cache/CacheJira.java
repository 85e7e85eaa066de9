package org.saleskpi.jira.cache;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.changehistory.ChangeHistory;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.label.Label;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.project.Project;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.saleskpi.jira.JiraIssueHistories;
import org.saleskpi.jira.bridge.SystemSearch;

/**
 * Jira as the cache's tests need it: issues in memory behind {@link SystemSearch} (scopes of one or more projects,
 * "id in" lists), their change history, the profiles' custom fields and the statuses, all as Mockito doubles of the
 * stubs. It counts searches and issue objects handed out, and runs a hook before each batch of issues it reads.
 */
final class CacheJira implements SystemSearch {
    static final ZoneId ZONE = ZoneOffset.UTC;
    static final String AMOUNT = "customfield_10010";
    static final String CLOSE_DATE = "customfield_10011";
    private static final Pattern PROJECT = Pattern.compile("project = (\\w+)");
    private static final Pattern ID_IN = Pattern.compile("id in \\(([0-9, ]+)\\)");

    final Map<Long, Issue> issues = new TreeMap<>();
    final Map<Long, List<ChangeHistory>> changes = new HashMap<>();
    final CustomFieldManager customFields = mock(CustomFieldManager.class);
    final ChangeHistoryManager changeHistories = mock(ChangeHistoryManager.class);
    final StatusManager statuses = mock(StatusManager.class);
    final Map<String, CustomField> fields = new HashMap<>();
    int searches;
    int materialised;
    Runnable beforeIssues = () -> { };

    CacheJira() {
        field(AMOUNT, "Amount");
        field(CLOSE_DATE, "Close date");
        when(customFields.getCustomFieldObjects()).thenAnswer(call -> List.copyOf(fields.values()));
        List<Status> known = List.of(status("1", "Open", "new"), status("3", "Won", "done"));
        when(statuses.getStatuses()).thenReturn(known);
        when(changeHistories.getChangeHistoriesForUser(any(), isNull())).thenAnswer(call -> {
            List<ChangeHistory> read = new ArrayList<>();
            for (Issue issue : (Iterable<Issue>) call.getArgument(0)) {
                read.addAll(changes.getOrDefault(issue.getId(), List.of()));
            }
            return read;
        });
    }

    JiraIssueHistories histories() {
        return new JiraIssueHistories(changeHistories, customFields, statuses, ZONE);
    }

    private void field(String id, String name) {
        CustomField field = mock(CustomField.class, name);
        when(field.getId()).thenReturn(id);
        when(field.getName()).thenReturn(name);
        when(customFields.getCustomFieldObject(id)).thenReturn(field);
        fields.put(id, field);
    }

    /** Adds or replaces an issue: created on 1 March 2026, updated a day later, in status Open unless won. */
    Issue put(long id, String key, String status, Long securityLevel, Double amount, String... labels) {
        Issue issue = mock(Issue.class, key);
        when(issue.getId()).thenReturn(id);
        when(issue.getKey()).thenReturn(key);
        Project project = mock(Project.class);
        when(project.getKey()).thenReturn(key.substring(0, key.indexOf('-')));
        when(issue.getProjectObject()).thenReturn(project);
        IssueType type = mock(IssueType.class);
        when(type.getName()).thenReturn("Deal");
        when(issue.getIssueType()).thenReturn(type);
        Status state = status(status.equals("Won") ? "3" : "1", status, status.equals("Won") ? "done" : "new");
        when(issue.getStatus()).thenReturn(state);
        when(issue.getCreated()).thenReturn(Timestamp.from(Instant.parse("2026-03-01T09:00:00Z")));
        when(issue.getUpdated()).thenReturn(Timestamp.from(Instant.parse("2026-03-02T09:00:00Z")));
        when(issue.getSummary()).thenReturn("Deal " + key);
        when(issue.getSecurityLevelId()).thenReturn(securityLevel);
        Set<Label> held = new LinkedHashSet<>();
        for (String label : labels) {
            held.add(new Label(null, id, label));
        }
        when(issue.getLabels()).thenReturn(held);
        when(issue.getCustomFieldValue(fields.get(AMOUNT))).thenReturn(amount);
        issues.put(id, issue);
        return issue;
    }

    /** A change of status on an issue, as Jira's history records it. */
    void statusChange(long id, String at, String from, String fromId, String to, String toId) {
        ChangeHistory group = mock(ChangeHistory.class);
        when(group.getIssueId()).thenReturn(id);
        when(group.getTimePerformed()).thenReturn(Timestamp.from(Instant.parse(at)));
        when(group.getAuthorKey()).thenReturn("JIRAUSER10100");
        when(group.getChangeItemBeans()).thenReturn(List.of(
                new ChangeItemBean(ChangeItemBean.STATIC_FIELD, "status", fromId, from, toId, to)));
        changes.computeIfAbsent(id, key -> new ArrayList<>()).add(group);
    }

    private static Status status(String id, String name, String category) {
        Status status = mock(Status.class, name);
        when(status.getId()).thenReturn(id);
        when(status.getName()).thenReturn(name);
        StatusCategory statusCategory = mock(StatusCategory.class);
        when(statusCategory.getKey()).thenReturn(category);
        when(status.getStatusCategory()).thenReturn(statusCategory);
        return status;
    }

    @Override
    public List<Long> ids(String jql, int start, int max) {
        searches++;
        List<Long> matching = new ArrayList<>();
        for (Issue issue : issues.values()) {
            if (matches(jql, issue)) {
                matching.add(issue.getId());
            }
        }
        int from = Math.min(start, matching.size());
        return List.copyOf(matching.subList(from, Math.min(matching.size(), from + max)));
    }

    @Override
    public List<Issue> issues(List<Long> ids) {
        beforeIssues.run();
        searches++;
        List<Issue> found = new ArrayList<>();
        for (Long id : ids) {
            Issue issue = issues.get(id);
            if (issue != null) {
                found.add(issue);
            }
        }
        materialised += found.size();
        return found;
    }

    @Override
    public long count(String jql) {
        searches++;
        return issues.values().stream().filter(issue -> matches(jql, issue)).count();
    }

    /** The projects the scope names (any of them), and the ids an "id in" list names (all of them). */
    private static boolean matches(String jql, Issue issue) {
        Set<String> projects = new HashSet<>();
        Matcher project = PROJECT.matcher(jql);
        while (project.find()) {
            projects.add(project.group(1));
        }
        Matcher ids = ID_IN.matcher(jql);
        if (ids.find() && !List.of(ids.group(1).split(", ")).contains(Long.toString(issue.getId()))) {
            return false;
        }
        return projects.contains(issue.getProjectObject().getKey());
    }
}
