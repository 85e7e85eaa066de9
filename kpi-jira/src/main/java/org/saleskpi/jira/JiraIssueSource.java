package org.saleskpi.jira;

import com.atlassian.jira.bc.JiraServiceContextImpl;
import com.atlassian.jira.bc.filter.SearchRequestService;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.search.SearchRequest;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.query.Query;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.saleskpi.core.history.IssueHistory;
import org.saleskpi.core.issue.ChangeTable;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.IssueQuery;
import org.saleskpi.core.issue.IssueSource;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.issue.JqlSource;
import org.saleskpi.core.issue.JqlText;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.core.validation.InvalidInputException;
import org.saleskpi.jira.bridge.IssueSearch;
import org.saleskpi.jira.bridge.SearchServiceIssueSearch;

/**
 * {@link IssueSource} over Jira's search, always as the asking user, 500 issues a page, reading from each
 * issue only the columns the query asks for and, when the query wants history, the changes of its history columns
 * from Jira's change history (one batch read per page, {@link JiraIssueHistories}). Gadget sources {@code filter-<id>} and {@code project-<id>} become
 * JQL as that user too: a filter through Jira's share rules, a project only if the user may browse it.
 */
public final class JiraIssueSource implements IssueSource {
    /** Issues per search request: bounded memory, and far below OpenSearch's 10,000-document window. */
    public static final int PAGE_SIZE = 500;

    private final IssueSearch search;
    private final CustomFieldManager customFields;
    private final SearchRequestService filters;
    private final ProjectManager projects;
    private final PermissionManager permissions;
    private final JiraUsers users;
    private final JiraIssueHistories histories;
    private final JiraIssueValues values;

    /** The constructor the plugin's Spring context calls (the scanner index lists this class). */
    @Inject
    public JiraIssueSource(SearchService searchService, CustomFieldManager customFields, SearchRequestService filters,
            ProjectManager projects, PermissionManager permissions, UserManager users, JiraIssueHistories histories) {
        this(new SearchServiceIssueSearch(searchService), customFields, filters, projects, permissions, users,
                histories, ZoneId.systemDefault());
    }

    /** With the search bridge and Jira's own time zone (in which Date fields hold midnight) given. */
    public JiraIssueSource(IssueSearch search, CustomFieldManager customFields, SearchRequestService filters,
            ProjectManager projects, PermissionManager permissions, UserManager users, JiraIssueHistories histories,
            ZoneId jiraZone) {
        this.search = Objects.requireNonNull(search, "search");
        this.customFields = Objects.requireNonNull(customFields, "customFields");
        this.filters = Objects.requireNonNull(filters, "filters");
        this.projects = Objects.requireNonNull(projects, "projects");
        this.permissions = Objects.requireNonNull(permissions, "permissions");
        this.users = new JiraUsers(users);
        this.histories = Objects.requireNonNull(histories, "histories");
        this.values = new JiraIssueValues(jiraZone);
    }

    @Override
    public IssueTable load(IssueQuery query) {
        ApplicationUser searcher = searcher(query.user());
        Map<Column.Custom, CustomField> fields = customFields(query.columns());
        // Checked before the search, so a field whose history cannot be read fails before any issue is read.
        Optional<JiraIssueHistories.Reader> changes = query.wantsHistory()
                ? Optional.of(histories.reader(query.history(), query.zone()))
                : Optional.empty();
        Query jql = search.parse(searcher, query.jql());
        IssueTable.Builder table = IssueTable.builder(query.zone(), query.columns());
        List<IssueHistory> read = new ArrayList<>();
        int start = 0;
        while (true) {
            List<Issue> page = search.page(searcher, jql, start, PAGE_SIZE);
            for (Issue issue : page) {
                table.add(row -> cells(issue, table, fields, query.zone(), row));
            }
            // The same page's histories, in one batch read as the same user: rows and histories stay in step.
            changes.ifPresent(reader -> read.addAll(reader.read(searcher, page)));
            start += page.size();
            // A short page is the last one, however many issues were added or removed while paging.
            if (page.size() < PAGE_SIZE) {
                IssueTable built = table.build();
                return changes.isEmpty() ? built
                        : built.withHistory(ChangeTable.of(built, query.history(), read));
            }
        }
    }

    /**
     * The keys of the issues {@code jql} matches for {@code user}, read as the user like {@link #load}; for a query the
     * node's cache cannot evaluate, whose rows it then gives (SearchService has no keys-only search: each page still
     * materialises its issues). More than {@code max} issues is a 400 on {@code jql}, before any page is read.
     */
    public List<String> keys(String jql, UserRef user, int max) {
        ApplicationUser searcher = searcher(user);
        Query query = search.parse(searcher, jql);
        long total = search.count(searcher, query);
        if (total > max) {
            throw InvalidInputException.of(JqlSource.FIELD, "saleskpi.cache.fallbackTooBig", "This query matches "
                    + total + " issues; a query the issue cache cannot answer may match at most " + max
                    + ". Narrow it, or use only fields and functions of the cache's JQL.", total, max);
        }
        List<String> keys = new ArrayList<>();
        for (int start = 0;; start += PAGE_SIZE) {
            List<Issue> page = search.page(searcher, query, start, PAGE_SIZE);
            page.forEach(issue -> keys.add(issue.getKey()));
            // Issues created while paging may take it past the count; the bound is the count's, not the page's.
            if (page.size() < PAGE_SIZE || keys.size() > max) {
                return keys.size() > max ? keys.subList(0, max) : keys;
            }
        }
    }

    @Override
    public long count(String jql, UserRef user) {
        ApplicationUser searcher = searcher(user);
        return search.count(searcher, search.parse(searcher, jql));
    }

    @Override
    public String jql(String source, UserRef user) {
        JqlSource parsed = JqlSource.parse(source);
        if (parsed instanceof JqlSource.Filter filter) {
            return filterJql(filter.id(), searcher(user));
        }
        if (parsed instanceof JqlSource.Project project) {
            return projectJql(project.id(), searcher(user));
        }
        return IssueSource.super.jql(source, user);
    }

    /** Loaded as the user, so Jira's share rules decide; a filter they cannot see is a 400 with Jira's words. */
    private String filterJql(long id, ApplicationUser searcher) {
        JiraServiceContextImpl context = new JiraServiceContextImpl(searcher);
        SearchRequest filter = filters.getFilter(context, id);
        ErrorCollection errors = context.getErrorCollection();
        if (filter == null || errors.hasAnyErrors()) {
            List<String> messages = new ArrayList<>(errors.getErrorMessages());
            messages.addAll(errors.getErrors().values());
            throw InvalidInputException.of(JqlSource.FIELD, "saleskpi.jql.filter", messages.isEmpty()
                    ? "Filter " + id + " does not exist or is not shared with you."
                    : String.join(" ", messages));
        }
        // Its order would break (scope) AND (filter), and no KPI depends on it.
        return JqlText.withoutOrderBy(search.text(filter.getQuery()));
    }

    /** A project the user may not browse answers exactly as a missing one, so ids reveal nothing. */
    private String projectJql(long id, ApplicationUser searcher) {
        Project project = projects.getProjectObj(id);
        if (project == null || !permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project, searcher)) {
            throw InvalidInputException.of(JqlSource.FIELD, "saleskpi.jql.project",
                    "No project with the id " + id + " that you may browse.");
        }
        return "project = " + project.getKey();
    }

    private ApplicationUser searcher(UserRef user) {
        return users.find(user).orElseThrow(() -> InvalidInputException.of("user", "saleskpi.issues.user",
                "Jira has no user with the key " + (user == null ? "(none)" : user.key()) + "."));
    }

    /** Each custom column's field, looked up once per load, not once per issue. */
    private Map<Column.Custom, CustomField> customFields(Set<Column> columns) {
        Map<Column.Custom, CustomField> fields = new LinkedHashMap<>();
        for (Column column : columns) {
            if (column instanceof Column.Custom) {
                Column.Custom custom = (Column.Custom) column;
                CustomField field = customFields.getCustomFieldObject(custom.fieldId());
                if (field == null) {
                    throw InvalidInputException.of("columns", "saleskpi.issues.column",
                            "Custom field " + custom.fieldId() + " does not exist.");
                }
                fields.put(custom, field);
            }
        }
        return fields;
    }

    /** The asked cells of one issue, straight from its getters ({@link JiraIssueValues}): nothing else is read. */
    private void cells(Issue issue, IssueTable.Builder table, Map<Column.Custom, CustomField> fields, ZoneId zone,
            IssueTable.Builder.Row row) {
        if (table.wants(Column.KEY)) {
            row.key(issue.getKey());
        }
        if (table.wants(Column.PROJECT)) {
            row.text(Column.PROJECT, values.project(issue));
        }
        if (table.wants(Column.ISSUE_TYPE)) {
            row.text(Column.ISSUE_TYPE, values.issueType(issue));
        }
        if (table.wants(Column.STATUS)) {
            row.text(Column.STATUS, values.status(issue));
        }
        if (table.wants(Column.STATUS_CATEGORY)) {
            row.statusCategory(values.statusCategory(issue));
        }
        if (table.wants(Column.RESOLUTION)) {
            row.text(Column.RESOLUTION, values.resolution(issue));
        }
        if (table.wants(Column.ASSIGNEE)) {
            row.text(Column.ASSIGNEE, values.assignee(issue));
        }
        if (table.wants(Column.REPORTER)) {
            row.text(Column.REPORTER, values.reporter(issue));
        }
        if (table.wants(Column.CREATED)) {
            row.instant(Column.CREATED, values.created(issue));
        }
        if (table.wants(Column.UPDATED)) {
            row.instant(Column.UPDATED, values.updated(issue));
        }
        if (table.wants(Column.RESOLVED)) {
            row.instant(Column.RESOLVED, values.resolved(issue));
        }
        if (table.wants(Column.DUE)) {
            row.day(Column.DUE, values.due(issue));
        }
        fields.forEach((column, field) -> row.value(column, values.custom(issue, column, field, zone)));
    }
}
