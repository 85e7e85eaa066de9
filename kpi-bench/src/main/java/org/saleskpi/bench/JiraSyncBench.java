package org.saleskpi.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcDataSource;
import org.saleskpi.core.index.IssueIndex;
import org.saleskpi.server.fakejira.FakeIssue;
import org.saleskpi.server.fakejira.FakeJira;
import org.saleskpi.server.fakejira.FakeSite;
import org.saleskpi.server.fakejira.FakeUser;
import org.saleskpi.server.issues.IssueStore;
import org.saleskpi.server.jira.JiraCredentials;
import org.saleskpi.server.jira.JiraHttpSettings;
import org.saleskpi.server.jira.JiraKind;
import org.saleskpi.server.jira.JiraSite;
import org.saleskpi.server.sync.JiraSync;
import org.saleskpi.server.sync.SyncConnections;
import org.saleskpi.server.sync.SyncPeople;
import org.saleskpi.server.sync.SyncSettings;
import org.saleskpi.server.sync.SyncStatus;

/**
 * Throughput of the Jira sync against the fake Jira of kpi-server's tests, over HTTP on this machine, for each kind:
 * a first sync of every issue with its changelog (the full pass, then the census that follows it), then an
 * incremental sync after {@value #EDITS} issues (at most half of them) were edited. The store is an in-memory H2 database with the server's
 * index behind it; Jira users map to people through a map, not the user tables. What only a real site can tell (its
 * latency, its rate limits, its page sizes under load) is not measured here.
 */
public final class JiraSyncBench {
    static final int EDITS = 500;
    private static final String[] DEFAULTS = {"--issues", "50000", "--runs", "1", "--warmup", "0"};
    public static final String USAGE = "usage: java -jar kpi-bench.jar jira-sync [--issues 50000] [--seed 42]"
            + " [--zone Europe/Berlin]";
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private JiraSyncBench() {
    }

    /** The options after {@code jira-sync}, over this command's defaults. */
    static BenchOptions parse(String... args) {
        return BenchOptions.parse(DEFAULTS, USAGE, args);
    }

    static int run(BenchOptions options, PrintStream out, PrintStream err) {
        Instant now = Instant.parse("2026-11-30T09:00:00Z");
        out.printf(Locale.ROOT, "jira-sync issues=%d seed=%d zone=%s edits=%d%n", options.issues(), options.seed(),
                options.zone(), EDITS);
        OperatingSystemMXBean system = ManagementFactory.getOperatingSystemMXBean();
        out.printf(Locale.ROOT, "java=%s processors=%d load_average=%.2f max_heap_mb=%d%n",
                System.getProperty("java.vm.version"), system.getAvailableProcessors(),
                system.getSystemLoadAverage(), Runtime.getRuntime().maxMemory() >> 20);
        for (JiraKind kind : JiraKind.values()) {
            long start = System.nanoTime();
            FakeSite site = FakeSite.generate(options.seed(), options.issues(), options.zone(), now);
            int changelogs = site.issues().stream().mapToInt(issue -> issue.changelog().size()).sum();
            out.printf(Locale.ROOT, "fake_site kind=%s issues=%d change_groups=%d build_ms=%d%n", name(kind),
                    site.issues().size(), changelogs, millis(start));
            try (FakeJira jira = FakeJira.start(site, kind)) {
                if (!syncAndEdit(site, jira, out, err)) {
                    return 1;
                }
            }
        }
        return 0;
    }

    private static boolean syncAndEdit(FakeSite site, FakeJira jira, PrintStream out, PrintStream err) {
        FakeUser account = site.users().get(0);
        String token = site.token(account.accountId());
        JiraCredentials credentials = jira.kind() == JiraKind.CLOUD ? new JiraCredentials.Basic(account.email(), token)
                : new JiraCredentials.Bearer(token);
        SyncSettings settings = new SyncSettings(1, new JiraSite(jira.uri(), jira.kind(), credentials),
                "project in (DEAL, ENT, SMB, PART)",
                List.of("Amount", "Close date", "Probability", "Forecast category", "Deal stage", "Lead source"),
                SyncSettings.DEFAULT_INTERVAL, SyncSettings.DEFAULT_LOOK_BACK, false);
        IssueStore store = new IssueStore(database(), new IssueIndex());
        store.createSchema();
        Map<String, String> people = new ConcurrentHashMap<>();
        SyncPeople byMap = person -> people.computeIfAbsent(person.id(), key -> key.toLowerCase(Locale.ROOT));
        JiraSync sync = new JiraSync(store, byMap, SyncConnections.fixed(List.of(settings)), Clock.systemUTC(),
                JiraHttpSettings.defaults());

        long start = System.nanoTime();
        SyncStatus first = sync.runOnce(1);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (first.lastError().isPresent() || store.count() != site.issues().size()) {
            err.println("the first sync failed: " + first.lastError().orElse(store.count() + " issues stored of "
                    + site.issues().size()));
            return false;
        }
        out.printf(Locale.ROOT, "first_sync kind=%s issues=%d pages=%d seconds=%.1f issues_per_s=%.0f"
                        + " pass_issues_per_s=%.0f (with the census that follows a full copy)%n", name(jira.kind()),
                first.issues(), first.pages(), seconds, first.issues() / seconds, first.rate());

        site.advance(Duration.ofMinutes(30));
        List<FakeIssue> issues = site.issues();
        String rep = site.users().get(3).accountId();
        int edits = Math.min(EDITS, issues.size() / 2);
        for (int i = 0; i < edits; i++) {
            FakeIssue issue = issues.get((int) ((long) i * issues.size() / edits));
            site.edit(issue.id(), "customfield_10100", 1_000.0 + i, rep);
        }
        start = System.nanoTime();
        SyncStatus incremental = sync.runOnce(1);
        seconds = (System.nanoTime() - start) / 1e9;
        if (incremental.lastError().isPresent() || incremental.issues() < edits) {
            err.println("the incremental sync failed: " + incremental.lastError().orElse(incremental.issues()
                    + " issues read, " + edits + " edited"));
            return false;
        }
        out.printf(Locale.ROOT, "incremental kind=%s edited=%d issues=%d pages=%d seconds=%.2f issues_per_s=%.0f%n",
                name(jira.kind()), edits, incremental.issues(), incremental.pages(), seconds,
                incremental.issues() / seconds);
        return true;
    }

    private static JdbcDataSource database() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:jira-sync-" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        h2.setPassword("");
        return h2;
    }

    private static String name(JiraKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
