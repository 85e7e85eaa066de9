package org.saleskpi.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.saleskpi.core.issue.IssueCatalog;
import org.saleskpi.core.kpi.KpiProfile;
import org.saleskpi.core.user.Directory;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.demo.DemoSalesModel;
import org.saleskpi.demo.DemoSpec;
import org.saleskpi.jira.JiraDirectory;
import org.saleskpi.jira.JiraIssueCatalog;
import org.saleskpi.jira.JiraIssueHistories;
import org.saleskpi.jira.JiraIssueSource;
import org.saleskpi.jira.bridge.SearchServiceIssueSearch;
import org.saleskpi.jira.simulated.JiraCost;
import org.saleskpi.jira.simulated.JiraWork;
import org.saleskpi.jira.simulated.SimulatedJira;

/**
 * {@code kpi-bench jira-dashboard}: the Jira app on a large instance, without a Jira. A simulated Jira holds the demo
 * issues with their histories behind the stubbed Jira APIs and counts what it is asked, charging each issue object a
 * search materialises the time a real node spends on it ({@link JiraCost}: 25 µs, from Atlassian's own figures). A
 * dashboard of {@value #GADGET_COUNT} gadgets ({@link JiraDashboard}) is viewed by {@value #USERS} users, first through
 * today's path (JiraIssueSource: a search as the viewer per gadget, 500 issues a page) as the baseline, then through
 * the node's issue cache (CachedIssueSource, each viewer filtered by their grants); then {@value #EDITS} issues are
 * edited on this node, whose events reload them into the cache, and the dashboard is refreshed on both paths. A gadget
 * the cache cannot answer searches Jira as today; the bench names it in a {@code cache_fallback} line.
 */
public final class JiraDashboardBench {
    public static final int USERS = 10;
    public static final int GADGET_COUNT = 10;
    public static final int EDITS = 100;
    /** The node the bench runs on: edits made here publish their events here. */
    static final String NODE = "node-1";
    /** Views by the cache path: each run is every user's view; warm-up runs come first and are not counted. */
    private static final String[] DEFAULTS = {"--runs", "3", "--warmup", "1"};
    public static final String USAGE = "usage: java -jar kpi-bench.jar jira-dashboard [--issues 1000000] [--seed 42]"
            + " [--runs 3 (rounds of every user's view on the cache)] [--warmup 1] [--zone Europe/Berlin]";

    private JiraDashboardBench() {
    }

    /** The options after {@code jira-dashboard}, over this command's defaults. */
    static BenchOptions parse(String... args) {
        return BenchOptions.parse(DEFAULTS, USAGE, args);
    }

    static int run(BenchOptions options, PrintStream out, PrintStream err) throws Exception {
        DemoSpec spec = DemoSpec.of(options.seed(), options.issues(), Workload.FIRST_DAY, options.zone());
        // The dashboard is viewed a second before the demo's present moment: its last quarter is the current one.
        Clock clock = Clock.fixed(spec.end().minusSeconds(1), spec.zone());
        out.printf(Locale.ROOT, "jira-dashboard issues=%d seed=%d zone=%s data=%s users=%d gadgets=%d edits=%d"
                + " runs=%d warmup=%d%n", options.issues(), options.seed(), options.zone(), spec.window(), USERS,
                GADGET_COUNT, EDITS, options.runs(), options.warmup());
        OperatingSystemMXBean system = ManagementFactory.getOperatingSystemMXBean();
        out.printf(Locale.ROOT, "java=%s processors=%d load_average=%.2f max_heap_mb=%d%n",
                System.getProperty("java.vm.version"), system.getAvailableProcessors(),
                system.getSystemLoadAverage(), Runtime.getRuntime().maxMemory() >> 20);
        out.printf(Locale.ROOT, "jira_cost: %d us per issue object materialised, %d us per search request"
                + " (charged, not slept; JiraCost names the source)%n", JiraCost.calibrated().nanosPerIssue() / 1000,
                JiraCost.calibrated().nanosPerSearch() / 1000);

        long start = System.nanoTime();
        SimulatedJira jira = SimulatedJira.ofDemo(spec, clock, JiraCost.calibrated());
        out.printf(Locale.ROOT, "simulated_jira_build_ms=%d issues=%d%n", (System.nanoTime() - start) / 1_000_000,
                jira.size());
        List<UserRef> users = new ArrayList<>();
        for (String key : spec.repKeys().subList(0, Math.min(USERS, spec.repKeys().size()))) {
            jira.addUser(key, "Rep " + key);
            jira.permissions().grantBrowse(key, spec.projectKey());
            users.add(new UserRef(key, "Rep " + key));
        }
        KpiProfile profile = new KpiProfile(1, spec.projectKey(), "Sales", DemoSalesModel.of(spec), 1);
        IssueCatalog catalog = new JiraIssueCatalog(jira.customFields(), jira.statuses(), jira.issueTypes(),
                jira.permissions(), jira.users());
        Directory directory = new JiraDirectory(jira.userSearch(), jira.users(), jira.timeZones());

        // Today's path: every gadget searches as its viewer and materialises every issue of the scope.
        JiraIssueSource today = new JiraIssueSource(new SearchServiceIssueSearch(jira.searchService()),
                jira.customFields(), jira.filters(), jira.projects(), jira.permissions(), jira.users(),
                new JiraIssueHistories(jira.changeHistories(), jira.customFields(), jira.statuses(), spec.zone()),
                spec.zone());
        JiraDashboard baselineDashboard = new JiraDashboard(today, catalog, directory, profile, clock);
        // One user's view: each further view is the same work again, since nothing is kept between requests.
        DashboardViews baseline = new DashboardViews(baselineDashboard, jira);
        baseline.view(users.get(0));
        baseline.gadgetLines().forEach(line -> out.println("baseline " + line));
        out.printf(Locale.ROOT, "baseline_view searches=%.0f issues_materialised=%.0f histories_read=%.0f"
                + " gadget_p50_ms=%.2f gadget_p95_ms=%.2f%n", baseline.searchesPerView(), baseline.issuesPerView(),
                baseline.historiesPerView(), baseline.percentileMillis(50), baseline.percentileMillis(95));

        // The node's cache: built once, then every view reads it.
        NodeCache node = new NodeCache(jira, profile, NODE, clock, spec.zone());
        CacheBuild build = CacheBuild.of(node.cache(), jira);
        out.printf(Locale.ROOT, "cache_build_ms=%d rows=%d changes=%d searches=%d issues_materialised=%d"
                + " charged_ms=%.0f phase=%s%n", build.millis(), build.status().issues(), build.status().changes(),
                build.work().searches(), build.work().issuesMaterialised(), build.work().chargedNanos() / 1e6,
                build.status().phase());
        out.printf(Locale.ROOT, "cache_bytes_per_issue=%.1f (%s)%n", build.bytesPerIssue(), build.bytesNote());
        JiraDashboard cachedDashboard = new JiraDashboard(CacheReads.source(node, jira, today, clock, spec.zone()),
                catalog, directory, profile, clock);
        for (int round = 0; round < options.warmup(); round++) {
            DashboardViews warmUp = new DashboardViews(cachedDashboard, jira);
            users.forEach(warmUp::view);
            out.printf(Locale.ROOT, "cache_warmup round=%d views=%d searches=%.0f issues_materialised=%.0f"
                    + " gadget_p95_ms=%.2f%n", round + 1, warmUp.views(), warmUp.searchesPerView() * warmUp.views(),
                    warmUp.issuesPerView() * warmUp.views(), warmUp.percentileMillis(95));
        }
        DashboardViews cached = new DashboardViews(cachedDashboard, jira);
        for (int round = 0; round < options.runs(); round++) {
            users.forEach(cached::view);
        }
        // A gadget whose query the cache cannot answer falls back to Jira's search as its viewer: name it.
        cached.gadgetLines().stream().filter(line -> !line.contains(" searches=0 "))
                .map(line -> line.replaceFirst(" user=\\S+ .* searches=", " searches="))
                .distinct().forEach(line -> out.println("cache_fallback " + line));
        cached.typeLines().forEach(line -> out.println("cache_views " + line));
        out.printf(Locale.ROOT, "cache_views views=%d gadgets=%d searches_per_view=%.2f"
                + " issues_materialised_per_view=%.2f gadget_p50_ms=%.2f gadget_p95_ms=%.2f"
                + " without_search_gadget_p95_ms=%.2f%n", cached.views(), cached.views() * GADGET_COUNT,
                cached.searchesPerView(), cached.issuesPerView(), cached.percentileMillis(50),
                cached.percentileMillis(95), cached.withoutSearchPercentileMillis(95));

        // 100 edits on this node: its events reload the edited issues into the cache at once.
        JiraWork.Snapshot beforeEdits = jira.work().snapshot();
        List<String> edited = edit(jira, users, options.seed());
        JiraWork.Snapshot refresh = jira.work().snapshot().minus(beforeEdits);
        DashboardViews cachedRefresh = new DashboardViews(cachedDashboard, jira);
        users.forEach(cachedRefresh::view);
        out.printf(Locale.ROOT, "cache_refresh_after_%d_edits searches=%d issues_materialised=%d"
                + " then_searches_per_view=%.2f gadget_p95_ms=%.2f%n", edited.size(), refresh.searches(),
                refresh.issuesMaterialised(), cachedRefresh.searchesPerView(), cachedRefresh.percentileMillis(95));
        DashboardViews baselineRefresh = new DashboardViews(baselineDashboard, jira);
        baselineRefresh.view(users.get(0));
        out.printf(Locale.ROOT, "baseline_refresh_after_%d_edits searches=%.0f issues_materialised=%.0f%n",
                edited.size(), baselineRefresh.searchesPerView(), baselineRefresh.issuesPerView());

        out.printf(Locale.ROOT, "load_average_after=%.2f%n", system.getSystemLoadAverage());
        out.printf(Locale.ROOT, "searches_per_view=%.2f%n", cached.searchesPerView());
        out.printf(Locale.ROOT, "issues_materialised_per_view=%.2f%n", cached.issuesPerView());
        out.printf(Locale.ROOT, "gadget_p95_ms=%.2f%n", cached.percentileMillis(95));
        out.printf(Locale.ROOT, "baseline_searches_per_view=%.0f%n", baseline.searchesPerView());
        out.printf(Locale.ROOT, "baseline_gadget_p95_ms=%.2f%n", baseline.percentileMillis(95));
        return 0;
    }

    /** {@value #EDITS} distinct issues, drawn with the seed, each reassigned to one of the users on this node. */
    static List<String> edit(SimulatedJira jira, List<UserRef> users, long seed) {
        List<String> keys = new ArrayList<>(jira.keys());
        Collections.shuffle(keys, new Random(seed));
        List<String> edited = keys.subList(0, Math.min(EDITS, keys.size()));
        for (int i = 0; i < edited.size(); i++) {
            jira.reassign(edited.get(i), users.get(i % users.size()).key(), users.get(0).key(), NODE);
        }
        return List.copyOf(edited);
    }
}
