package org.saleskpi.server.fakejira;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The data of a fake Jira site: projects, users with their tokens and what each may see, and deals
 * with their histories. Generated deterministically from a seed; thread-safe (one lock), so a test can
 * edit the site while the fake serves it.
 */
public final class FakeSite {
    private final ZoneId zone;
    private final List<FakeProject> projects;
    private final List<FakeUser> users;
    private final Map<String, FakeUser> usersByAccountId = new HashMap<>();
    private final Map<String, String> tokens;
    private final Map<String, Set<String>> visible = new HashMap<>();
    private final Set<String> securityMembers;
    private final Set<String> administrators;
    private final TreeMap<Long, FakeIssue> issues = new TreeMap<>();
    private final Map<String, Long> idsByKey = new HashMap<>();
    private final Map<String, Integer> lastNumbers = new HashMap<>();
    /** What {@link #edit} changes: the fields a deal's people edit (resolution follows status). */
    private static final Set<String> EDITABLE = Set.of("summary", "status", "priority", "labels", "assignee", "reporter",
            "issuetype", FakeSchema.AMOUNT, FakeSchema.CLOSE_DATE, FakeSchema.PROBABILITY, FakeSchema.FORECAST,
            FakeSchema.DEAL_STAGE, FakeSchema.LEAD_SOURCE, FakeSchema.REGION, FakeSchema.CUSTOMER);
    private Instant now;
    private long lastIssueId = 10_000;
    private long lastChangeId = 100_000;
    private long version;

    FakeSite(ZoneId zone, Instant now, List<FakeProject> projects, FakePeople people) {
        this.zone = zone;
        this.now = now;
        this.projects = List.copyOf(projects);
        this.users = people.users();
        this.tokens = people.tokens();
        this.securityMembers = people.securityMembers();
        this.administrators = people.administrators();
        for (FakeUser user : users) {
            usersByAccountId.put(user.accountId(), user);
            Set<String> keys = new LinkedHashSet<>();
            projects.forEach(project -> keys.add(project.key()));
            keys.removeAll(people.hiddenProjects().getOrDefault(user.accountId(), Set.of()));
            visible.put(user.accountId(), keys);
        }
    }

    /** A site of {@code issues} deals created over the two years before {@code now}, the same for the same seed. */
    public static FakeSite generate(long seed, int issues, ZoneId siteZone, Instant now) {
        FakeSite site = new FakeSite(siteZone, now, DealHistories.PROJECTS, FakePeople.generate(seed));
        new DealHistories(seed, site).generate(issues);
        return site;
    }

    public ZoneId zone() {
        return zone;
    }

    public synchronized Instant now() {
        return now;
    }

    public synchronized void advance(Duration d) {
        now = now.plus(d);
    }

    public List<FakeProject> projects() {
        return projects;
    }

    /** The issues as they are now, ordered by numeric id. */
    public synchronized List<FakeIssue> issues() {
        return List.copyOf(issues.values());
    }

    public synchronized Optional<FakeIssue> issue(String idOrKey) {
        Long id = idOrKey.chars().allMatch(Character::isDigit) && !idOrKey.isEmpty()
                ? Long.valueOf(idOrKey) : idsByKey.get(idOrKey.toUpperCase(Locale.ROOT));
        return Optional.ofNullable(id == null ? null : issues.get(id));
    }

    /** A new issue at {@link #now()}, in status Lead unless {@code fieldValues} says otherwise; no history yet. */
    public synchronized FakeIssue create(String project, Map<String, Object> fieldValues, String authorAccountId) {
        project(project);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("summary", "New deal");
        fields.put("status", "Lead");
        fields.put("issuetype", "Deal");
        fields.put("priority", "Medium");
        fields.put("labels", List.of());
        fields.put("reporter", authorAccountId);
        fields.put("creator", authorAccountId);
        fields.putAll(fieldValues);
        fields.put("project", project);
        fields.put("created", now);
        fields.put("updated", now);
        long id = lastIssueId + 1;
        FakeIssue issue = new FakeIssue(String.valueOf(id), nextKey(project), project,
                (String) fields.get("issuetype"), fields, List.of(), null);
        put(issue);
        return issue;
    }

    /**
     * Sets one field at {@link #now()} by {@code authorAccountId}: a new change group, {@code updated}
     * bumped. A status change to Won or Lost resolves the issue in the same group, as the workflow does.
     */
    public synchronized void edit(String idOrKey, String fieldId, Object newValue, String authorAccountId) {
        FakeIssue issue = issue(idOrKey).orElseThrow(() -> new IllegalArgumentException("no issue " + idOrKey));
        if (!EDITABLE.contains(fieldId)) {
            throw new IllegalArgumentException("the fake does not edit " + fieldId);
        }
        Map<String, Object> fields = new LinkedHashMap<>(issue.fields());
        List<FakeChangeItem> items = new ArrayList<>();
        items.add(ChangeItems.of(this, fieldId, fields.get(fieldId), newValue));
        put(fields, fieldId, newValue);
        if (fieldId.equals("status")) {
            boolean done = FakeSchema.status((String) newValue).category().equals("done");
            Object resolution = done ? (newValue.equals("Won") ? "Done" : "Won't Do") : null;
            if (!java.util.Objects.equals(resolution, fields.get("resolution"))) {
                items.add(ChangeItems.of(this, "resolution", fields.get("resolution"), resolution));
                put(fields, "resolution", resolution);
                put(fields, "resolutiondate", done ? now : null);
            }
        }
        fields.put("updated", now);
        List<FakeChangeGroup> changelog = new ArrayList<>(issue.changelog());
        changelog.add(new FakeChangeGroup(String.valueOf(++lastChangeId), authorAccountId, now, items));
        put(new FakeIssue(issue.id(), issue.key(), issue.project(), (String) fields.get("issuetype"), fields,
                changelog, issue.securityLevel()));
    }

    public synchronized void delete(String idOrKey) {
        FakeIssue issue = issue(idOrKey).orElseThrow(() -> new IllegalArgumentException("no issue " + idOrKey));
        issues.remove(issue.numericId());
        idsByKey.remove(issue.key());
        version++;
    }

    public FakeUser user(String accountId) {
        FakeUser user = usersByAccountId.get(accountId);
        if (user == null) {
            throw new IllegalArgumentException("no user " + accountId);
        }
        return user;
    }

    public List<FakeUser> users() {
        return users;
    }

    /** The API token (Cloud) or personal access token (Data Center) of that user: a fake secret. */
    public String token(String accountId) {
        user(accountId);
        return tokens.get(accountId);
    }

    /** The user whose token this is. */
    Optional<FakeUser> userOfToken(String token) {
        return tokens.entrySet().stream().filter(e -> e.getValue().equals(token))
                .map(e -> usersByAccountId.get(e.getKey())).findFirst();
    }

    /** That user no longer has the Browse permission on that project. */
    public synchronized void withdraw(String project, String accountId) {
        user(accountId);
        visible.get(accountId).remove(project);
        version++;
    }

    public synchronized Set<String> visibleProjects(String accountId) {
        user(accountId);
        return Set.copyOf(visible.get(accountId));
    }

    /** Whether Jira would show that issue to that user: Browse on its project, and its security level if any. */
    public synchronized boolean canSee(String accountId, FakeIssue issue) {
        Set<String> projectKeys = visible.get(accountId);
        return projectKeys != null && projectKeys.contains(issue.project())
                && (issue.securityLevel() == null || securityMembers.contains(accountId));
    }

    /** Whether the user has Jira's Administer Jira permission (the sync account has it). */
    public boolean administers(String accountId) {
        return administrators.contains(accountId);
    }

    public List<FakeField> fields() {
        return FakeSchema.FIELDS;
    }

    /** Grows with every change of the site's data or permissions (search results may be cached per version). */
    synchronized long version() {
        return version;
    }

    FakeProject project(String key) {
        return projects.stream().filter(p -> p.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no project " + key));
    }

    /**
     * An issue moved into {@code before}'s project from one no query covers: it keeps its (lower) id
     * and its older created date, so it sorts before {@code before} in id or created order.
     */
    synchronized FakeIssue moveInBefore(FakeIssue before) {
        long id = before.numericId() - 1;
        while (id > 0 && issues.containsKey(id)) {
            id--;
        }
        if (id <= 0) {
            throw new IllegalStateException("no free id below " + before.id());
        }
        Map<String, Object> fields = new LinkedHashMap<>(before.fields());
        fields.put("summary", "Moved in deal");
        fields.put("created", before.created().minus(Duration.ofHours(1)));
        fields.put("updated", now);
        FakeIssue issue = new FakeIssue(String.valueOf(id), nextKey(before.project()), before.project(),
                before.issueType(), fields, List.of(), null);
        put(issue);
        return issue;
    }

    /** Adds or replaces an issue (the generator and the edits). */
    synchronized void put(FakeIssue issue) {
        FakeIssue old = issues.put(issue.numericId(), issue);
        if (old != null && !old.key().equals(issue.key())) {
            idsByKey.remove(old.key());
        }
        idsByKey.put(issue.key(), issue.numericId());
        lastIssueId = Math.max(lastIssueId, issue.numericId());
        for (FakeChangeGroup group : issue.changelog()) {
            lastChangeId = Math.max(lastChangeId, Long.parseLong(group.id()));
        }
        version++;
    }

    synchronized String nextKey(String project) {
        return project + "-" + lastNumbers.merge(project, 1, Integer::sum);
    }

    synchronized long nextChangeId() {
        return ++lastChangeId;
    }

    private void put(Map<String, Object> fields, String fieldId, Object value) {
        if (value == null) {
            fields.remove(fieldId);
        } else {
            fields.put(fieldId, value);
        }
    }

    LocalDate today() {
        return LocalDate.ofInstant(now(), zone);
    }
}
