package org.saleskpi.jira.simulated;

import com.atlassian.jira.bc.filter.SearchRequestService;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.bc.user.search.UserSearchService;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.search.SearchRequest;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import org.saleskpi.core.history.Change;
import org.saleskpi.core.history.IssueHistory;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.StatusCategory;
import org.saleskpi.demo.DemoIssueType;
import org.saleskpi.demo.DemoIssues;
import org.saleskpi.demo.DemoSalesModel;
import org.saleskpi.demo.DemoSpec;
import org.saleskpi.demo.DemoStatus;
import org.saleskpi.jira.simulated.JiraObjects.SimCustomField;
import org.saleskpi.jira.simulated.JiraObjects.SimFieldType;
import org.saleskpi.jira.simulated.JiraObjects.SimIssueType;
import org.saleskpi.jira.simulated.JiraObjects.SimOption;
import org.saleskpi.jira.simulated.JiraObjects.SimProject;
import org.saleskpi.jira.simulated.JiraObjects.SimResolution;
import org.saleskpi.jira.simulated.JiraObjects.SimStatus;
import org.saleskpi.jira.simulated.JiraObjects.SimStatusCategory;
import org.saleskpi.jira.simulated.JiraObjects.SimUser;

/**
 * A Jira Data Center instance in memory, behind the same stubbed Jira interfaces kpi-jira's adapters call: issues
 * (the demo's, with their histories, or any a test adds), projects, statuses, custom fields, users, saved filters,
 * a {@link SearchService} that searches as the user and materialises new issue objects per page, a change history
 * manager, a {@link SimulatedPermissions permission model} with issue security levels, and edits that publish an
 * {@link IssueEvent} on the node they were made on only, as a cluster does. Everything it is asked is counted in
 * {@link #work()}, with the time a real node would have spent ({@link JiraCost}).
 */
public final class SimulatedJira {
    /** Jira's first issue id in a fresh instance. */
    static final long FIRST_ID = 10_000;
    /** Jira's keys of its own custom field types, by the engine's type of their values. */
    private static final Map<FieldType, String> TYPE_KEYS = Map.of(
            FieldType.NUMBER, "com.atlassian.jira.plugin.system.customfieldtypes:float",
            FieldType.DATE, "com.atlassian.jira.plugin.system.customfieldtypes:datepicker",
            FieldType.TEXT, "com.atlassian.jira.plugin.system.customfieldtypes:textfield",
            FieldType.OPTION, "com.atlassian.jira.plugin.system.customfieldtypes:select",
            FieldType.USER, "com.atlassian.jira.plugin.system.customfieldtypes:userpicker");
    /** The demo's custom fields with the names the standalone demo gives them. */
    private static final Map<String, String> DEMO_FIELD_NAMES = Map.of(
            DemoSalesModel.AMOUNT_FIELD, "Amount",
            DemoSalesModel.CUSTOMER_FIELD, "Customer",
            DemoSalesModel.COST_FIELD, "Cost",
            DemoSalesModel.EMAILS_SENT_FIELD, "Emails sent",
            DemoSalesModel.EMAILS_OPENED_FIELD, "Emails opened",
            DemoSalesModel.CLOSE_DATE_FIELD, "Close date",
            DemoSalesModel.FORECAST_CATEGORY_FIELD, "Forecast category");

    private final ZoneId zone;
    private final Clock clock;
    private final JiraCost cost;
    private final JiraWork work = new JiraWork();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    /** Position p holds the issue with id FIRST_ID + p; null once deleted. */
    private final List<StoredIssue> issues = new ArrayList<>();
    private final Map<String, Integer> positions = new HashMap<>();
    private final AtomicLong version = new AtomicLong();
    /**
     * The rows each JQL text and searcher selected, per version of the issues: paging through a million issues 500 at
     * a time parses the JQL again for every page, and must not scan them all for every page either (Jira's index
     * answers each page from its postings; this stands in for that).
     */
    private final java.util.Map<String, Matches> selections = new java.util.concurrent.ConcurrentHashMap<>();

    private final Map<String, SimProject> projects = new ConcurrentHashMap<>();
    private final Map<String, SimStatus> statuses = new ConcurrentHashMap<>();
    private final Map<String, SimIssueType> issueTypes = new ConcurrentHashMap<>();
    private final Map<String, SimResolution> resolutions = new ConcurrentHashMap<>();
    private final Map<String, SimUser> users = new ConcurrentHashMap<>();
    private final Map<String, SimCustomField> customFields = new ConcurrentHashMap<>();
    private final Map<String, Column.Custom> customColumns = new ConcurrentHashMap<>();
    private final Map<String, SimOption> options = new ConcurrentHashMap<>();
    private final Map<Long, SearchRequest> filters = new ConcurrentHashMap<>();
    private final Map<String, List<Consumer<IssueEvent>>> listeners = new ConcurrentHashMap<>();

    private final SimulatedSearchService search = new SimulatedSearchService(this);
    private final SimulatedChangeHistories histories = new SimulatedChangeHistories(this);
    private final SimulatedPermissions permissions = new SimulatedPermissions(this);

    private SimulatedJira(ZoneId zone, Clock clock, JiraCost cost) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.cost = Objects.requireNonNull(cost, "cost");
        for (DemoStatus status : DemoStatus.values()) {
            status(status.jiraName(), status.category());
        }
        DemoSalesModel.columns().stream().filter(Column.Custom.class::isInstance).map(Column.Custom.class::cast)
                .forEach(column -> defineField(column, DEMO_FIELD_NAMES.getOrDefault(column.fieldId(),
                        column.fieldId())));
    }

    /** An empty instance whose clock is Jira's own and whose zone is Jira's default zone. */
    public static SimulatedJira create(ZoneId zone, Clock clock, JiraCost cost) {
        return new SimulatedJira(zone, clock, cost);
    }

    /** An instance holding the demo's issues of {@code spec} with their histories, in Jira's zone {@code spec.zone()}. */
    public static SimulatedJira ofDemo(DemoSpec spec, Clock clock, JiraCost cost) {
        SimulatedJira jira = new SimulatedJira(spec.zone(), clock, cost);
        jira.addDemo(spec);
        return jira;
    }

    /** Adds the demo's issues of {@code spec} with their histories (no security level). */
    public void addDemo(DemoSpec spec) {
        lock.writeLock().lock();
        try {
            DemoIssues.generate(spec, (issue, history) -> insert(issue, history, null));
            version.incrementAndGet();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Adds an issue without publishing an event (data that was there before the app came). */
    public long add(IssueRecord issue, IssueHistory history, Long securityLevel) {
        lock.writeLock().lock();
        try {
            long id = insert(issue, history, securityLevel);
            version.incrementAndGet();
            return id;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** A custom field the app can read, with its name (changes of custom fields are recorded under the name). */
    public void defineField(Column.Custom column, String name) {
        SimCustomField field = new SimCustomField(column.fieldId(), name,
                new SimFieldType(TYPE_KEYS.get(column.type())));
        customFields.put(column.fieldId(), field);
        customColumns.put(column.fieldId(), column);
    }

    /** A saved filter with this id and JQL, visible to everyone (share rules are not modelled). */
    public void saveFilter(long id, String jql) {
        filters.put(id, new SearchRequest(search.parseQuery(null, jql).getQuery()));
    }

    // ---- the Jira services -------------------------------------------------------------------------------------

    public SearchService searchService() {
        return search;
    }

    public ChangeHistoryManager changeHistories() {
        return histories;
    }

    public SimulatedPermissions permissions() {
        return permissions;
    }

    public CustomFieldManager customFields() {
        return new CustomFieldManager() {
            @Override
            public CustomField getCustomFieldObject(String id) {
                return customFields.get(id);
            }

            @Override
            public List<CustomField> getCustomFieldObjects() {
                return customFields.values().stream().sorted(java.util.Comparator.comparing(CustomField::getId))
                        .map(CustomField.class::cast).toList();
            }
        };
    }

    public StatusManager statuses() {
        return () -> List.copyOf(statuses.values());
    }

    public IssueTypeManager issueTypes() {
        return () -> {
            for (DemoIssueType type : DemoIssueType.values()) {
                issueType(type.jiraName());
            }
            return List.copyOf(issueTypes.values());
        };
    }

    public ProjectManager projects() {
        return new ProjectManager() {
            @Override
            public Project getProjectObjByKey(String projectKey) {
                return projects.get(projectKey);
            }

            @Override
            public Project getProjectObj(Long id) {
                return projects.values().stream().filter(p -> p.id() == id).findFirst().orElse(null);
            }
        };
    }

    public UserManager users() {
        return new UserManager() {
            @Override
            public ApplicationUser getUserByKey(String userKey) {
                return users.get(userKey);
            }

            @Override
            public ApplicationUser getUserByName(String userName) {
                return users.get(userName);
            }
        };
    }

    public SearchRequestService filters() {
        return (context, id) -> {
            SearchRequest filter = id == null ? null : filters.get(id);
            if (filter == null) {
                context.getErrorCollection().addErrorMessage("The selected filter is not available to you, perhaps"
                        + " it has been deleted or had its permissions changed.");
            }
            return filter;
        };
    }

    /** Jira's user picker search: users whose key or display name starts with the text. */
    public UserSearchService userSearch() {
        return (query, params) -> {
            String wanted = query == null ? "" : query.toLowerCase(java.util.Locale.ROOT);
            int max = params.getMaxResults() == null ? Integer.MAX_VALUE : params.getMaxResults();
            return users.values().stream()
                    .filter(u -> u.key().toLowerCase(java.util.Locale.ROOT).startsWith(wanted)
                            || u.displayName().toLowerCase(java.util.Locale.ROOT).startsWith(wanted))
                    .sorted(java.util.Comparator.comparing(SimUser::key)).limit(max)
                    .map(ApplicationUser.class::cast).toList();
        };
    }

    /** Every user's time zone is Jira's default zone. */
    public TimeZoneManager timeZones() {
        TimeZone jiraZone = TimeZone.getTimeZone(zone);
        return new TimeZoneManager() {
            @Override
            public TimeZone getTimeZoneforUser(ApplicationUser user) {
                return jiraZone;
            }

            @Override
            public TimeZone getDefaultTimezone() {
                return jiraZone;
            }
        };
    }

    /** A user Jira knows, with a display name. */
    public ApplicationUser addUser(String key, String displayName) {
        SimUser user = new SimUser(key, displayName);
        users.put(key, user);
        return user;
    }

    /** The project, with an id Jira would give it, created when first seen. */
    public Project project(String key) {
        return projects.computeIfAbsent(key, k -> new SimProject(10_000L + projects.size(), k));
    }

    /** The cache's unrestricted search straight over these issues, recording each JQL it is sent. */
    public SimulatedSystemSearch systemSearch() {
        return new SimulatedSystemSearch(this);
    }

    public JiraWork work() {
        return work;
    }

    public ZoneId zone() {
        return zone;
    }

    public Clock clock() {
        return clock;
    }

    JiraCost cost() {
        return cost;
    }

    /** How many issues Jira holds now. */
    public int size() {
        lock.readLock().lock();
        try {
            return positions.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The issue's id, if Jira has it. */
    public Optional<Long> id(String key) {
        lock.readLock().lock();
        try {
            return Optional.ofNullable(positions.get(key)).map(p -> FIRST_ID + p);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The issue as stored now (its fields), if Jira has it. */
    public Optional<IssueRecord> issue(String key) {
        lock.readLock().lock();
        try {
            Integer position = positions.get(key);
            return position == null ? Optional.empty() : Optional.of(issues.get(position).record());
        } finally {
            lock.readLock().unlock();
        }
    }

    // ---- edits and events --------------------------------------------------------------------------------------

    /** Runs {@code listener} on every issue event published on {@code node}. */
    public void listen(String node, Consumer<IssueEvent> listener) {
        listeners.computeIfAbsent(node, n -> new CopyOnWriteArrayList<>()).add(listener);
    }

    /**
     * Reassigns the issue on {@code node} at the clock's instant, as a user editing it would: the assignee and
     * updated fields change, the history gains the change, and an UPDATED event is published on that node.
     */
    public void reassign(String key, String assignee, String by, String node) {
        Instant now = clock.instant();
        update(key, node, before -> new IssueRecord(before.key(), before.project(), before.issueType(),
                before.status(), before.statusCategory(), before.resolution(), Optional.ofNullable(assignee),
                before.reporter(), before.created(), now, before.resolved(), before.due(), before.fields()),
                before -> Change.of(now, Column.ASSIGNEE.id(), before.assignee().orElse(null), assignee, by));
    }

    /** Moves the issue to another status on {@code node}, with the change in its history and an UPDATED event. */
    public void transition(String key, String status, String by, String node) {
        if (!statuses.containsKey(status)) {
            throw new IllegalArgumentException("No status " + status);
        }
        long id = change(key, inStatus(status, clock.instant(), by), null, false);
        publish(node, new IssueEvent(IssueEvent.Kind.UPDATED, id, key));
    }

    /** The edit to {@code status} at {@code at}, with its change in the history. */
    private Edit inStatus(String status, Instant at, String by) {
        StatusCategory category = category(status);
        return new Edit(before -> new IssueRecord(before.key(), before.project(), before.issueType(), status,
                category, before.resolution(), before.assignee(), before.reporter(), before.created(), at,
                before.resolved(), before.due(), before.fields()),
                before -> Change.of(at, Column.STATUS.id(), before.status(), status, by));
    }

    /** The engine's category of a status Jira knows, made (in progress) when it does not. */
    private StatusCategory category(String status) {
        return switch (((SimStatus) status(status)).category().getKey()) {
            case "done" -> StatusCategory.DONE;
            case "indeterminate" -> StatusCategory.IN_PROGRESS;
            default -> StatusCategory.TO_DO;
        };
    }

    /** A change to an issue's fields and the history entry it logs (none for null). */
    private record Edit(java.util.function.UnaryOperator<IssueRecord> fields,
            java.util.function.Function<IssueRecord, Change> logged) {
    }

    /** Creates the issue on {@code node} with a CREATED event there. */
    public long create(IssueRecord issue, Long securityLevel, String node) {
        long id;
        lock.writeLock().lock();
        try {
            id = insert(issue, IssueHistory.of(issue.key(), issue.created(), List.of()), securityLevel);
            version.incrementAndGet();
        } finally {
            lock.writeLock().unlock();
        }
        publish(node, new IssueEvent(IssueEvent.Kind.CREATED, id, issue.key()));
        return id;
    }

    /** Deletes the issue on {@code node} with a DELETED event there. */
    public void delete(String key, String node) {
        long id = remove(key);
        publish(node, new IssueEvent(IssueEvent.Kind.DELETED, id, key));
    }

    /** Sets the issue's security level (null: none), as an edit on {@code node}. */
    public void secure(String key, Long securityLevel, String node) {
        long id = change(key, new Edit(before -> before, null), securityLevel, true);
        publish(node, new IssueEvent(IssueEvent.Kind.UPDATED, id, key));
    }

    // ---- changes no node hears of: a script, an import, or an edit whose event a test publishes itself --------

    /**
     * A deal of {@code project} in {@code status}, created and updated at the clock's instant, keyed
     * {@code PROJECT-n} where n counts every issue Jira ever gave an id (so its id is 9 999 + n).
     */
    public long addDeal(String project, String status) {
        Instant now = clock.instant();
        lock.writeLock().lock();
        try {
            IssueRecord deal = IssueRecord.builder(project + "-" + (issues.size() + 1), project).type("Deal")
                    .status(status, category(status)).created(now).updated(now).build();
            long id = insert(deal, null, null);
            version.incrementAndGet();
            return id;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Moves the issue to {@code status} now (a status Jira does not know yet is made, in progress). */
    public void edit(long id, String status) {
        stamp(id, status, clock.instant());
    }

    /** Moves the issue to {@code status}, updated at {@code at}: a commit that landed late, or a node behind. */
    public void stamp(long id, String status, Instant at) {
        change(key(id), inStatus(status, at, null), null, false);
    }

    /** Moves the issue to another project now; its key stays. */
    public void move(long id, String project) {
        Instant now = clock.instant();
        change(key(id), new Edit(before -> new IssueRecord(before.key(), project, before.issueType(),
                before.status(), before.statusCategory(), before.resolution(), before.assignee(), before.reporter(),
                before.created(), now, before.resolved(), before.due(), before.fields()), null), null, false);
    }

    public void delete(long id) {
        remove(key(id));
    }

    /** The issue with this id as stored now, if Jira has it. */
    public Optional<IssueRecord> issue(long id) {
        return Optional.ofNullable(stored(id)).map(StoredIssue::record);
    }

    private String key(long id) {
        return issue(id).orElseThrow(() -> new IllegalArgumentException("No issue " + id)).key();
    }

    private long remove(String key) {
        lock.writeLock().lock();
        try {
            Integer position = positions.remove(key);
            if (position == null) {
                throw new IllegalArgumentException("No issue " + key);
            }
            issues.set(position, null);
            version.incrementAndGet();
            return FIRST_ID + position;
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void update(String key, String node, java.util.function.UnaryOperator<IssueRecord> change,
            java.util.function.Function<IssueRecord, Change> logged) {
        long id = change(key, new Edit(change, logged), null, false);
        publish(node, new IssueEvent(IssueEvent.Kind.UPDATED, id, key));
    }

    /** Applies the edit under the write lock, without any event; returns the issue's id. */
    private long change(String key, Edit edit, Long level, boolean setLevel) {
        long id;
        lock.writeLock().lock();
        try {
            Integer position = positions.get(key);
            if (position == null) {
                throw new IllegalArgumentException("No issue " + key);
            }
            StoredIssue before = issues.get(position);
            IssueRecord after = edit.fields().apply(before.record());
            IssueHistory history = before.history();
            if (edit.logged() != null) {
                List<Change> changes = new ArrayList<>(history.changes());
                changes.add(edit.logged().apply(before.record()));
                history = IssueHistory.of(history.key(), history.created(), changes);
            }
            id = before.id();
            issues.set(position, new StoredIssue(id, after, history, setLevel ? level : before.securityLevel()));
            version.incrementAndGet();
        } finally {
            lock.writeLock().unlock();
        }
        return id;
    }

    private void publish(String node, IssueEvent event) {
        listeners.getOrDefault(node, List.of()).forEach(listener -> listener.accept(event));
    }

    void permissionsChanged() {
        version.incrementAndGet();
    }

    // ---- what the services read --------------------------------------------------------------------------------

    /** The positions of the issues the query selects that the searcher may see (all for null), in id order. */
    int[] select(SimulatedQuery query, String searcherKey) {
        lock.readLock().lock();
        try {
            long current = version.get();
            String cacheKey = query.jql() + '\u0000' + (searcherKey == null ? "\u0000everyone" : searcherKey);
            Matches cached = selections.get(cacheKey);
            if (cached != null && cached.version() == current) {
                return cached.positions();
            }
            int[] candidates = query.ids().map(this::positionsOf).orElse(null);
            int scanned = candidates == null ? issues.size() : candidates.length;
            int[] found = new int[scanned];
            int count = 0;
            for (int i = 0; i < scanned; i++) {
                int position = candidates == null ? i : candidates[i];
                StoredIssue issue = issues.get(position);
                if (issue != null && (searcherKey == null
                        || permissions.canSee(searcherKey, issue))
                        && query.selects().test(issue)) {
                    found[count++] = position;
                }
            }
            int[] positions = java.util.Arrays.copyOf(found, count);
            if (selections.size() > 256) {
                selections.clear();
            }
            selections.put(cacheKey, new Matches(current, positions));
            return positions;
        } finally {
            lock.readLock().unlock();
        }
    }

    private record Matches(long version, int[] positions) {
    }

    /** The positions of these ids that Jira ever gave, ascending. */
    private int[] positionsOf(java.util.Set<Long> ids) {
        return ids.stream().filter(id -> id >= FIRST_ID && id - FIRST_ID < issues.size())
                .mapToInt(id -> (int) (id - FIRST_ID)).sorted().toArray();
    }

    StoredIssue stored(int position) {
        lock.readLock().lock();
        try {
            return position < issues.size() ? issues.get(position) : null;
        } finally {
            lock.readLock().unlock();
        }
    }

    StoredIssue stored(Long id) {
        return id == null || id < FIRST_ID || id - FIRST_ID > Integer.MAX_VALUE ? null
                : stored((int) (id - FIRST_ID));
    }

    Status status(String name) {
        return statuses.computeIfAbsent(name, n -> new SimStatus(Long.toString(10_000L + statuses.size()), n,
                new SimStatusCategory("indeterminate")));
    }

    IssueType issueType(String name) {
        return issueTypes.computeIfAbsent(name, SimIssueType::new);
    }

    SimResolution resolution(String name) {
        return resolutions.computeIfAbsent(name, n -> new SimResolution(Long.toString(10_000L + resolutions.size()),
                n));
    }

    /** A user Jira knows by key; one an issue names but no test added gets their key as display name. */
    ApplicationUser user(String key) {
        return users.computeIfAbsent(key, k -> new SimUser(k, k));
    }

    SimOption option(String fieldId, String value) {
        return options.computeIfAbsent(fieldId + '\u0000' + value, k -> new SimOption(10_000L + options.size(),
                value));
    }

    CustomField customField(String fieldId) {
        return customFields.get(fieldId);
    }

    Optional<Column.Custom> customColumn(String fieldId) {
        return Optional.ofNullable(customColumns.get(fieldId));
    }

    private void status(String name, StatusCategory category) {
        String key = switch (category) {
            case DONE -> "done";
            case IN_PROGRESS -> "indeterminate";
            default -> "new";
        };
        statuses.put(name, new SimStatus(Long.toString(10_000L + statuses.size()), name, new SimStatusCategory(key)));
    }

    private long insert(IssueRecord issue, IssueHistory history, Long securityLevel) {
        if (positions.containsKey(issue.key())) {
            throw new IllegalArgumentException("Jira already has " + issue.key());
        }
        project(issue.project());
        IssueHistory kept = history == null ? IssueHistory.of(issue.key(), issue.created(), List.of()) : history;
        int position = issues.size();
        long id = FIRST_ID + position;
        issues.add(new StoredIssue(id, issue, kept, securityLevel));
        positions.put(issue.key(), position);
        return id;
    }

    /** Every issue's key, in id order (a test's reference list). */
    public List<String> keys() {
        lock.readLock().lock();
        try {
            List<String> keys = new ArrayList<>(positions.size());
            for (StoredIssue issue : issues) {
                if (issue != null) {
                    keys.add(issue.record().key());
                }
            }
            return keys;
        } finally {
            lock.readLock().unlock();
        }
    }
}
