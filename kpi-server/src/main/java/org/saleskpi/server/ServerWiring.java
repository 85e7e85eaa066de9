package org.saleskpi.server;

import org.saleskpi.core.index.VisibilityPolicy;
import jakarta.servlet.Filter;
import jakarta.servlet.Servlet;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import org.saleskpi.core.goal.Goal;
import org.saleskpi.core.kpi.KpiProfile;
import org.saleskpi.core.kpi.SalesModel;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.demo.DemoSpec;
import org.saleskpi.server.auth.AuthSchema;
import org.saleskpi.server.auth.Role;
import org.saleskpi.server.auth.ServerAuth;
import org.saleskpi.server.auth.Users;
import org.saleskpi.server.cluster.ClusterFeed;
import org.saleskpi.server.cluster.ClusterNode;
import org.saleskpi.server.cluster.RecentProfiles;
import org.saleskpi.server.cluster.RecentQuotas;
import org.saleskpi.server.cluster.RecentReads;
import org.saleskpi.server.connect.ConnectionStore;
import org.saleskpi.server.connect.ConnectionsResource;
import org.saleskpi.server.connect.ProfileDefaults;
import org.saleskpi.server.connect.SecretBox;
import org.saleskpi.server.connect.SyncedConnections;
import org.saleskpi.server.connect.access.CachedJiraIds;
import org.saleskpi.server.connect.access.ConnectionScope;
import org.saleskpi.server.connect.access.PerUserAccess;
import org.saleskpi.server.dashboard.DashboardResource;
import org.saleskpi.server.dashboard.DashboardSharing;
import org.saleskpi.server.dashboard.StoredDashboards;
import org.saleskpi.server.database.DataFormat;
import org.saleskpi.server.database.ServerDatabase;
import org.saleskpi.server.database.ServerSettings;
import org.saleskpi.server.demo.DemoLoader;
import org.saleskpi.server.demo.DemoPeople;
import org.saleskpi.server.demo.DemoPlan;
import org.saleskpi.server.demo.SalesOverview;
import org.saleskpi.server.host.DatabaseOutageFilter;
import org.saleskpi.server.host.HaltPoint;
import org.saleskpi.server.host.ServerOptions;
import org.saleskpi.server.imports.ImportCheck;
import org.saleskpi.server.imports.ImportGuide;
import org.saleskpi.server.imports.ImportJobs;
import org.saleskpi.server.imports.ImportsResource;
import org.saleskpi.server.imports.JiraCsvImport;
import org.saleskpi.server.imports.SharedImportJobs;
import org.saleskpi.server.mail.MailWiring;
import org.saleskpi.server.issues.FieldsResource;
import org.saleskpi.core.index.IssueIndex;
import org.saleskpi.server.issues.IssueStore;
import org.saleskpi.server.issues.TrackedIndex;
import org.saleskpi.server.issues.WriteRoom;
import org.saleskpi.server.issues.IssuesResource;
import org.saleskpi.server.jira.JiraHttpSettings;
import org.saleskpi.server.jira.JiraReader;
import org.saleskpi.server.jira.Sleeper;
import org.saleskpi.core.drill.KeySelections;
import org.saleskpi.core.index.IndexedIssueSource;
import org.saleskpi.core.jql.JqlPeople;
import org.saleskpi.server.sync.JiraUserNames;
import org.saleskpi.server.sync.PeopleInJql;
import org.saleskpi.server.sync.SiteZones;
import org.saleskpi.server.page.PagesServlet;
import org.saleskpi.server.page.VelocityPages;
import org.saleskpi.server.progress.Progress;
import org.saleskpi.server.progress.ProgressLine;
import org.saleskpi.server.sync.JiraSync;
import org.saleskpi.server.sync.SyncPeople;
import org.saleskpi.server.sync.SyncScheduler;
import org.saleskpi.store.AoSession;
import org.saleskpi.store.goal.StoredCheckIns;
import org.saleskpi.store.goal.StoredGoalFolders;
import org.saleskpi.store.goal.StoredGoals;
import org.saleskpi.store.goal.StoredTargets;
import org.saleskpi.store.drill.StoredSelections;
import org.saleskpi.store.goal.StoredValueHistory;
import org.saleskpi.store.kpi.StoredKpiProfiles;
import org.saleskpi.store.kpi.StoredQuotas;
import org.saleskpi.web.RestResources;
import org.saleskpi.web.RestServices;
import org.saleskpi.web.guard.Guardrails;
import org.saleskpi.web.guard.Limits;
import org.saleskpi.web.page.PageSite;
import org.saleskpi.web.page.PageUser;
import org.saleskpi.web.page.Pages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every part of the standalone server, wired in start-up order, one line per part. */
public final class ServerWiring {
    /** The environment variable that sets the first administrator's password. */
    public static final String ADMIN_PASSWORD_VARIABLE = "SALESKPI_ADMIN_PASSWORD";
    /** The demo KPI profile's name. */
    public static final String DEMO_PROFILE = "Sales pipeline";

    private static final Logger LOG = LoggerFactory.getLogger(ServerWiring.class);
    /**
     * How long a request waits for a table or result to be refreshed after others' writes before it answers from the
     * state before them (ADR 0050): long enough for a small index's refresh, short beside a dashboard's patience.
     */
    static final Duration RECENT_WAIT = Duration.ofMillis(150);
    /** Checks made while an administrator waits (a new connection, a field list): one try, a short timeout. */
    private static final JiraHttpSettings CHECKS = new JiraHttpSettings(1, Duration.ofSeconds(15), 1, Sleeper.real(),
            Clock.systemUTC(), new Random());

    private ServerWiring() {
    }

    /** The commands of the jar, by name. */
    public static Map<String, Command> commands() {
        Map<String, Command> commands = new LinkedHashMap<>();
        commands.put(ServerOptions.SERVE, new ServeCommand());
        commands.put("import", new ImportFileCommand());
        return commands;
    }

    /**
     * Builds the parts over the open, upgraded database: users, the issue index loaded from the
     * issue tables and, on the first start, the demo data and the first administrator.
     */
    public static Parts wire(ServerDatabase database, ServerOptions options, Clock clock, PrintStream console) {
        AoSession session = database.session();
        AuthSchema.migrate(session);
        ServerSettings settings = new ServerSettings(session);
        boolean firstStart = settings.isFirstStart();
        ZoneId zone = clock.getZone();

        ServerAuth auth = new ServerAuth(session, clock);
        // The index holds the issues' recorded changes too: history gadgets never read them per request (ADR 0042).
        IssueIndex index = TrackedIndex.empty(zone);
        // On PostgreSQL other nodes may share the database: writes are numbered and followed (ADR 0041).
        ClusterNode node = new ClusterNode(database.dataSource(), ClusterFeed.DEFAULT_CATCH_UP);
        IssueStore store = node.store(index);
        store.createSchema();
        // On H2 (this process alone) an import stops while the disk is nearly full (ADR 0046) and loads empty tables
        // before adding their keys (ADR 0056).
        database.diskRoom().ifPresent(room -> {
            store.guardImports(new WriteRoom(room::usableBytes));
            store.addKeysAfterLoadingEmptyTables();
        });
        node.load(store, index, store.count() == 0 ? Progress.NONE : new ProgressLine(console, "issues"));
        // Drill-down links too long for their keys name a list saved in the store (ADR 0033).
        KeySelections selections = new KeySelections(new StoredSelections(session), clock);
        SecretBox secrets = secrets(options);
        ConnectionStore connections = connections(database, secrets, clock);
        // Issues of a per-user connection show to each user as Jira shows them to that user's token (ADR 0036).
        PerUserAccess jiraAccess = PerUserAccess.wire(database.dataSource(), secrets, connections, store, index,
                id -> connections.get(id).flatMap(connection -> connection.sync().jql()
                        .or(new ProfileDefaults(new StoredKpiProfiles(session), store)::jql)
                        .map(jql -> new ConnectionScope.Scope(connection.url(), connection.kind(), jql))),
                site -> JiraReader.open(site, JiraHttpSettings.defaults()), clock, CachedJiraIds.DEFAULT_TTL);
        // Synced Data Center user names and addresses, which JQL names people by as Jira does.
        JiraUserNames jiraNames = new JiraUserNames(store);
        jiraNames.createSchema();
        // The dates of issues copied from a Jira site are read in the site's zone, as the site reads them.
        SiteZones siteZones = new SiteZones(store);
        siteZones.createSchema();
        // One user of the standalone server often opens several dashboards at once: a wider rate than Jira's default.
        Limits limits = new Limits(Math.max(2, Runtime.getRuntime().availableProcessors() / 2), 600);
        Guardrails guardrails = Guardrails.fixed(limits, clock);
        IndexedIssueSource issues = new IndexedIssueSource(index,
                jiraAccess.over(VisibilityPolicy.byProjects(auth.access())), clock, zone,
                people(auth.users(), jiraNames), store,
                selections).readingDatesIn(siteZones.byProject(index, zone))
                // A dashboard's tables of a large index stay loaded, with room that grows with the index (ADR 0050).
                .keepingTables(IndexedIssueSource.CACHED_TABLES,
                        () -> IndexedIssueSource.roomFor(index, Runtime.getRuntime().maxMemory()))
                // After a write, others' requests wait a little for the refresh, then answer from the state before;
                // at once while other requests wait for the computation slot one holds (ADR 0054).
                .answeringRecentWhileRefreshing(RECENT_WAIT, guardrails::queued);
        // Profiles and quotas, read by every gadget request, are kept for a second per node (ADR 0043).
        RestServices services = new RestServices(auth.access(), issues, issues, auth.directory(),
                new RecentProfiles(new StoredKpiProfiles(session), RecentReads.DEFAULT_FRESHNESS),
                new StoredGoals(session), new StoredTargets(session), new StoredValueHistory(session),
                new StoredGoalFolders(session), new RecentQuotas(new StoredQuotas(session),
                        RecentReads.DEFAULT_FRESHNESS), clock, selections, new StoredCheckIns(session));
        StoredDashboards dashboards = new StoredDashboards(session);
        // Shares, stars and start pages are read from the database on every request, so every node honours them.
        DashboardSharing sharing = DashboardSharing.over(session, auth.access(), auth.roles(), services.profiles(),
                services.goals(), services.catalog());

        if (firstStart && options.demo()) {
            loadDemo(session, store, auth, services, settings,
                    DemoLoader.spec(clock.instant(), zone, options.demoIssues()), console);
        } else if (firstStart) {
            settings.recordFirstStart(clock.instant());
        }
        auth.users().ensureAdmin(Optional.ofNullable(System.getenv(ADMIN_PASSWORD_VARIABLE)), options.dataDir(),
                console);

        SharedImportJobs sharedImports = new SharedImportJobs(database.dataSource());
        sharedImports.createSchema();
        ImportJobs imports = new ImportJobs(new JiraCsvImport(store, auth.users()), clock, node.lock(),
                Optional.of(sharedImports), node.id(), issues::wrote);
        List<Object> rest = new ArrayList<>(RestResources.resources(services, guardrails));
        rest.addAll(RestResources.providers());
        rest.addAll(auth.resources());
        rest.add(new IssuesResource(issues, store, auth.access(), auth.directory(), clock));
        rest.add(new FieldsResource(store, issues, auth.access()));
        rest.add(new ImportsResource(imports, new ImportCheck(store, auth.users(), services.profiles()),
                new ImportGuide(services.profiles(), store::fields), auth.access(), zone, clock));
        rest.add(new DashboardResource(auth.access(), auth.directory(), dashboards, sharing));
        // Subscription mails, computed as each subscriber, sent by one node at a time (ADR 0063).
        MailWiring mail = MailWiring.wire(database.dataSource(), secrets, services, dashboards, sharing.reach(),
                node.lock(), clock);
        rest.addAll(mail.resources());
        ProfileDefaults profileDefaults = new ProfileDefaults(services.profiles(), store);
        SyncedConnections synced = new SyncedConnections(connections, profileDefaults);
        JiraSync sync = new JiraSync(store, SyncPeople.over(auth.users(), jiraNames), synced, clock,
                JiraHttpSettings.defaults(), siteZones);
        SyncScheduler scheduler = new SyncScheduler(sync, synced, clock, node.lock());
        rest.add(new ConnectionsResource(connections, site -> JiraReader.open(site, CHECKS), profileDefaults, store,
                synced, sync, scheduler, auth.access()));
        rest.addAll(jiraAccess.resources(id -> connections.get(id).map(connections::site), auth.access(),
                ServerWiring.class.getClassLoader()));
        SalesOverview overview = new SalesOverview(settings, dashboards, auth.access(),
                DemoSpec.DEFAULT_PROJECT_KEY);
        PagesServlet pages = new PagesServlet(new Pages(PageSite.STANDALONE, ServerWiring.class.getClassLoader()),
                new VelocityPages(), auth.access(), user -> pageUser(auth, user),
                // The last dashboard opened, else the first starred, else the demo's first visit (ADR 0061).
                (user, texts) -> sharing.startPage(user, dashboards).or(() -> overview.firstVisit(user, texts))
                        .map(id -> "/dashboards/" + id));
        // Every table of this release is there now: the data is of this release's format (older ones refuse it).
        DataFormat.record(database.dataSource());
        // Last: a restarted server resumes the passes a stop interrupted, at their last stored page.
        scheduler.start();
        mail.scheduler().start();
        return new Parts(services, rest, List.of(new DatabaseOutageFilter(), auth.filter()), pages,
                List.of(imports, scheduler, mail.scheduler(), node), firstStart, index);
    }

    /**
     * What seals Jira tokens at rest: the key of {@link SecretBox#KEY_VARIABLE} or of the data directory's key file.
     * A key file others may read stops the start here.
     */
    private static SecretBox secrets(ServerOptions options) {
        SecretBox secrets = SecretBox.load(options.dataDir(), System.getenv());
        LOG.info("Jira tokens are sealed with the key of {}", secrets.keySource());
        return secrets;
    }

    private static ConnectionStore connections(ServerDatabase database, SecretBox secrets, Clock clock) {
        ConnectionStore connections = new ConnectionStore(database.dataSource(), secrets, clock);
        connections.createSchema();
        return connections;
    }

    /** The people JQL user values name, synced Jira users by their Jira id, user name and address too. */
    private static JqlPeople people(Users users, JiraUserNames jiraNames) {
        return new PeopleInJql(users, jiraNames);
    }

    /** The user as the pages' navigation sees them: import is for project and global administrators. */
    private static PageUser pageUser(ServerAuth auth, UserRef user) {
        boolean globalAdmin = auth.users().isGlobalAdmin(user.key());
        boolean projectAdmin = auth.roles().ofUser(user.key()).stream()
                .anyMatch(grant -> grant.role().includes(Role.ADMIN));
        return new PageUser(user.key(), user.displayName(), globalAdmin, globalAdmin || projectAdmin);
    }

    /**
     * The demo project's issues, its people, the KPI profile its gadgets compute with, quotas, a goal,
     * and what each user's Sales overview shows; then the record that the first start is done.
     */
    private static void loadDemo(AoSession session, IssueStore store, ServerAuth auth, RestServices services,
            ServerSettings settings, DemoSpec spec, PrintStream console) {
        DemoPeople.of(spec).forEach(auth.users()::person);
        SalesModel model = new DemoLoader(store).load(spec, new ProgressLine(console, "demo"));
        HaltPoint.reached("demo-issues");
        // All of it with the first start's record, or none: a restart stores the issues again (they replace
        // themselves) and would otherwise add a second profile, goal and quotas beside the first ones.
        session.inTransaction(() -> {
            KpiProfile profile = services.profiles().create(new KpiProfile(0, spec.projectKey(), DEMO_PROFILE, model,
                    0));
            HaltPoint.reached("demo-profile");
            DemoPlan.quotas(spec, services.quotas());
            Goal goal = DemoPlan.goal(spec, profile.id(), LocalDate.ofInstant(spec.end(), spec.zone()), spec.end(),
                    services.goals());
            HaltPoint.reached("demo-goal");
            SalesOverview.record(settings, profile, goal);
            HaltPoint.reached("demo-overview");
            settings.recordFirstStart(spec.end());
            return null;
        });
    }

    /**
     * What the web server mounts, and what closes with it.
     *
     * @param rest the JAX-RS resources, providers and filters under {@code /rest/saleskpi/1.0}
     * @param filters servlet filters in front of everything (pages and REST), in order
     * @param pages the servlet of the pages, at every path not otherwise mapped
     * @param closeables parts with threads of their own, closed after the web server stops
     * @param firstStart whether this start was the database's first
     * @param index the in-memory index of the stored issues, with their change log
     */
    public record Parts(RestServices services, List<Object> rest, List<Filter> filters, Servlet pages,
            List<AutoCloseable> closeables, boolean firstStart, IssueIndex index) {
        public Parts {
            Objects.requireNonNull(services, "services");
            Objects.requireNonNull(index, "index");
            Objects.requireNonNull(pages, "pages");
            rest = List.copyOf(rest);
            filters = List.copyOf(filters);
            closeables = List.copyOf(closeables);
        }
    }
}
