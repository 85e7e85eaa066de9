package org.saleskpi.jira.cache;

import com.atlassian.jira.bc.filter.SearchRequestService;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.util.UserManager;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.saleskpi.core.index.IndexedIssueSource;
import org.saleskpi.core.index.SystemField;
import org.saleskpi.core.index.Visibility;
import org.saleskpi.core.index.VisibilityPolicy;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.IssueQuery;
import org.saleskpi.core.issue.IssueSource;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.issue.IssuesNotReady;
import org.saleskpi.core.jql.JqlParser;
import org.saleskpi.core.jql.JqlPeople;
import org.saleskpi.core.jql.JqlProjects;
import org.saleskpi.core.jql.JqlQuery;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.core.validation.FieldError;
import org.saleskpi.core.validation.InvalidInputException;
import org.saleskpi.jira.JiraIssueHistories;
import org.saleskpi.jira.JiraIssueSource;

/**
 * The app's {@link IssueSource} in Jira: the node's {@link JiraIssueCache} when it is filled, filtered by the
 * viewer's {@link VisibilityPolicy} (browsable projects, then issue security levels) on every read; while it fills,
 * {@link IssuesNotReady} with its percentage rather than a full search; with the kill switch on or the cache over
 * its maximum, Jira's search as the viewer exactly as before ({@link JiraIssueSource}).
 * <p>
 * When the cache is filled but cannot answer a query, Jira answers it as the viewer, and the node counts a fallback:
 * JQL outside the cache's subset (Jira's search gives the keys, at most {@link #MAX_FALLBACK_ISSUES}, and the cache
 * their rows), or columns, history or text fields the cache does not hold (Jira's search as before). Saved filters
 * and project sources become JQL as the viewer, as before. So does a query that can select issues of a project where
 * what the viewer sees depends on each issue ({@link Visibility#undecided()}): the cache cannot decide those rows.
 */
public final class CachedIssueSource implements IssueSource {
    /** The most issues a query the cache cannot evaluate may match: a bounded search as the viewer. */
    public static final int MAX_FALLBACK_ISSUES = 100_000;
    /** Loaded tables kept: a few dashboards' worth of distinct queries. */
    private static final int TABLES = 32;

    private final JiraIssueCache cache;
    private final JiraIssueSource search;
    private final VisibilityPolicy visibility;
    private final JqlPeople people;
    private final Clock clock;
    private final ZoneId zone;
    /** The source over the rows that answer now, made again when a rebuild replaces them. */
    private volatile Answering answering;

    private record Answering(CacheRows.Generation rows, IndexedIssueSource source) {
    }

    /** The constructor the plugin's Spring context calls (the scanner index lists this class). */
    @Inject
    public CachedIssueSource(JiraIssueCache cache, VisibilityPolicy visibility, JqlPeople people,
            SearchService searchService, CustomFieldManager customFields, SearchRequestService filters,
            ProjectManager projects, PermissionManager permissions, UserManager users, JiraIssueHistories histories) {
        this(cache, new JiraIssueSource(searchService, customFields, filters, projects, permissions, users, histories),
                visibility, people, Clock.systemUTC(), ZoneId.systemDefault());
    }

    /**
     * @param search today's search as the viewer, for what the cache cannot answer
     * @param zone the zone in which {@link #count} reads JQL dates (Jira's default user zone)
     */
    public CachedIssueSource(JiraIssueCache cache, JiraIssueSource search, VisibilityPolicy visibility,
            JqlPeople people, Clock clock, ZoneId zone) {
        this.cache = Objects.requireNonNull(cache, "cache");
        this.search = Objects.requireNonNull(search, "search");
        this.visibility = Objects.requireNonNull(visibility, "visibility");
        this.people = Objects.requireNonNull(people, "people");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    @Override
    public IssueTable load(IssueQuery query) {
        Optional<Answering> cached = answering();
        if (cached.isEmpty()) {
            return search.load(query);
        }
        CacheRows.Generation rows = cached.get().rows();
        if (!rows.customColumns().containsAll(custom(query.columns()))
                || !rows.tracked().containsAll(query.history())) {
            cache.countFallback();
            return search.load(query);
        }
        // Parsed once here: the tree both says whether the cache holds the fields and is what the cache evaluates.
        Optional<JqlQuery> jql = inSubset(() -> JqlParser.parse(query.jql()));
        if (jql.filter(CachedIssueSource::readsUncachedText).isPresent() || reachesUndecided(rows, jql, query.user())) {
            cache.countFallback();
            return search.load(query);
        }
        IndexedIssueSource source = cached.get().source();
        Optional<IssueTable> answered = jql.flatMap(parsed -> inSubset(() -> source.load(query, parsed)));
        if (answered.isPresent()) {
            return answered.get();
        }
        // Outside the cache's JQL (or not JQL at all: Jira's search then says so, in its words).
        cache.countFallback();
        return source.loadKeys(query, search.keys(query.jql(), query.user(), MAX_FALLBACK_ISSUES));
    }

    @Override
    public long count(String jql, UserRef user) {
        Optional<Answering> cached = answering();
        if (cached.isEmpty()) {
            return search.count(jql, user);
        }
        Optional<JqlQuery> parsedJql = inSubset(() -> JqlParser.parse(jql));
        if (reachesUndecided(cached.get().rows(), parsedJql, user)) {
            cache.countFallback();
            return search.count(jql, user);
        }
        Optional<Long> counted = parsedJql
                .filter(parsed -> !readsUncachedText(parsed))
                .flatMap(parsed -> inSubset(() -> cached.get().source().count(parsed, user)));
        if (counted.isPresent()) {
            return counted.get();
        }
        cache.countFallback();
        return search.count(jql, user);
    }

    /** Saved filters and project sources as the viewer, as before. */
    @Override
    public String jql(String source, UserRef user) {
        return search.jql(source, user);
    }

    /**
     * The source over the cache's rows when they answer; empty when Jira's search does (kill switch, over the
     * maximum).
     *
     * @throws IssuesNotReady while the cache fills
     */
    private Optional<Answering> answering() {
        CacheStatus status = cache.status();
        if (status.phase() == CacheStatus.Phase.WARMING) {
            throw new IssuesNotReady(Math.min(99, status.percent()));
        }
        Optional<CacheRows.Generation> rows = cache.rows();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Answering now = answering;
        if (now == null || now.rows() != rows.get()) {
            // The rows' histories come with them from the index's change log.
            // Loaded tables may take as much memory as the rows themselves: a dashboard's tables of a large
            // cache stay loaded, where the default budget would gather them again for every gadget (ADR 0035).
            now = new Answering(rows.get(), new IndexedIssueSource(rows.get().index(), visibility, clock, zone,
                    people).keepingTables(TABLES, Math.max(IndexedIssueSource.CACHED_BYTES, rows.get().bytes())));
            answering = now;
        }
        return Optional.of(now);
    }

    private static Set<Column.Custom> custom(Set<Column> columns) {
        return Set.copyOf(columns.stream().filter(Column.Custom.class::isInstance).map(Column.Custom.class::cast)
                .toList());
    }

    /** Whether the JQL reads the description or Jira's all-text field, which the cache does not hold. */
    private static boolean readsUncachedText(JqlQuery query) {
        return query.terminals().flatMap(terminal -> SystemField.named(terminal.field().text()).stream())
                .anyMatch(field -> field == SystemField.DESCRIPTION || field == SystemField.TEXT);
    }

    /**
     * What the cache's JQL gives, or empty when the JQL is outside its subset (an error on {@code jql}: Jira's search
     * answers instead); any other error is the caller's.
     */
    private static <T> Optional<T> inSubset(Supplier<T> evaluation) {
        try {
            return Optional.of(evaluation.get());
        } catch (InvalidInputException e) {
            if (!onJql(e)) {
                throw e;
            }
            return Optional.empty();
        }
    }

    /**
     * Whether the JQL can select issues of a project where what the viewer sees depends on each issue (a Browse or
     * security level grant to the reporter, the assignee, a user field: {@link Visibility#undecided()}). The cache
     * would leave those rows out; Jira's search as the viewer decides them (ADR 0032). A query confined to other
     * projects stays on the cache; JQL that does not parse goes to Jira, which says what is wrong with it.
     */
    private boolean reachesUndecided(CacheRows.Generation rows, Optional<JqlQuery> jql, UserRef user) {
        Set<String> undecided = visibility.of(user, rows.index().projects()).undecided();
        if (undecided.isEmpty()) {
            return false;
        }
        // Outside the subset nothing tells which projects the query reaches: Jira's search answers it whole.
        Optional<Set<String>> confined = jql.flatMap(JqlProjects::confinedTo);
        return jql.isEmpty() || confined.map(keys -> undecided.stream().anyMatch(project -> keys.contains(
                project.toUpperCase(Locale.ROOT)))).orElse(true);
    }

    private static boolean onJql(InvalidInputException e) {
        List<FieldError> errors = e.errors();
        return !errors.isEmpty() && errors.stream().allMatch(error -> "jql".equals(error.field()));
    }
}
