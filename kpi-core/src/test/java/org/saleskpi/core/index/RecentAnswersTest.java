package org.saleskpi.core.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.IssueQuery;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.issue.StatusCategory;
import org.saleskpi.core.jql.JqlParser;
import org.saleskpi.core.jql.JqlPeople;
import org.saleskpi.core.jql.ProjectZones;
import org.saleskpi.core.jql.UserValues;
import org.saleskpi.core.user.UserRef;

/**
 * After a write, a kept table or result of the state before it answers while one background thread refreshes it,
 * never older than the asking user's own last write; identical computations run once (ADR 0050).
 */
class RecentAnswersTest {
    private static final UserRef WRITER = new UserRef("alice", "Alice");
    private static final UserRef VIEWER = new UserRef("bob", "Bob");
    private static final Set<Column> DUE = Set.of(Column.DUE);

    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void othersGetTheTableBeforeAWriteWhileItIsRefreshedAndTheWriterWaitsForTheNewOne() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean hold = new AtomicBoolean();
        // The store's histories are read in each load of this scope: a refresh is held there while `hold` is set.
        IssueHistories histories = (keys, fieldIds) -> {
            if (hold.get()) {
                SingleFlightTest.await(release);
            }
            return Map.of();
        };
        IssueIndex index = TwelveIssues.index();
        IndexedIssueSource source = new IndexedIssueSource(index,
                (user, projects) -> new Visibility(Set.copyOf(projects), Set.of()), TwelveIssues.CLOCK,
                TwelveIssues.ZONE, JqlPeople.NONE, histories).answeringRecentWhileRefreshing(Duration.ZERO);
        Supplier<IssueQuery> query = () -> new IssueQuery("project = SALES", VIEWER, Set.of(Column.KEY, Column.STATUS),
                TwelveIssues.ZONE, Set.of(Column.STATUS));
        assertThat(source.load(query.get()).size()).isEqualTo(8);

        index.upsert(java.util.List.of(TwelveIssues.issue(IssueRecord.builder("SALES-20", "SALES").type("Deal")
                .status("Open", StatusCategory.TO_DO).created(Instant.parse("2024-03-15T09:00:00Z")),
                "A new deal", "", Set.of())));
        source.wrote(WRITER);
        hold.set(true);

        // The viewer is answered at once from the table before the write; its refresh waits in the background.
        assertThat(source.load(query.get()).size()).isEqualTo(8);
        // The writer's load joins that refresh and gets the new state.
        Future<IssueTable> writers = threads.submit(() -> source.load(new IssueQuery("project = SALES", WRITER,
                Set.of(Column.KEY, Column.STATUS), TwelveIssues.ZONE, Set.of(Column.STATUS))));
        Thread.sleep(100);
        assertThat(writers).isNotDone();
        release.countDown();
        assertThat(writers.get(10, TimeUnit.SECONDS).size()).isEqualTo(9);
        SingleFlightTest.waitUntil(() -> source.load(query.get()).size() == 9);
    }

    @Test
    void aResultOfTheStateBeforeAnswersWhileItsRefreshRunsAndTheWriterGetsTheNewOneComputedOnce() throws Exception {
        LoadedTables tables = new LoadedTables(16, 1_000, new Refreshes(Duration.ZERO));
        LoadedTables.Entry first = entry(1);
        tables.put(scope(), first);
        assertThat(tables.table(scope(), first, DUE).remembered("figures", () -> pure("of version 1")))
                .isEqualTo("of version 1");
        LoadedTables.Entry second = entry(2);
        tables.put(scope(), second);

        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger computed = new AtomicInteger();
        Supplier<IssueTable.Outcome> held = () -> {
            computed.incrementAndGet();
            SingleFlightTest.await(release);
            return pure("of version 2");
        };
        assertThat(tables.table(scope(), second, DUE).remembered("figures", held)).isEqualTo("of version 1");
        // The writer (no state older than version 2) joins the refresh under way instead of computing its own.
        Future<Object> writers = threads.submit(() -> tables.table(scope(), second, DUE, 2).remembered("figures",
                held));
        Thread.sleep(100);
        assertThat(writers).isNotDone();
        release.countDown();

        assertThat(writers.get(10, TimeUnit.SECONDS)).isEqualTo("of version 2");
        assertThat(computed).hasValue(1);
        assertThat(tables.table(scope(), second, DUE).remembered("figures", () -> pure("again")))
                .isEqualTo("of version 2");
    }

    @Test
    void aRequestWaitsForTheRefreshOnlyWhileNoOtherWaitsForAComputationSlot() throws Exception {
        AtomicBoolean queued = new AtomicBoolean(true);
        LoadedTables tables = new LoadedTables(16, 1_000,
                new Refreshes(new Refreshes.Waits(Duration.ofSeconds(10), queued::get)));
        LoadedTables.Entry first = entry(1);
        tables.put(scope(), first);
        tables.table(scope(), first, DUE).remembered("figures", () -> pure("of version 1"));
        LoadedTables.Entry second = entry(2);
        tables.put(scope(), second);
        CountDownLatch release = new CountDownLatch(1);
        Supplier<IssueTable.Outcome> held = () -> {
            SingleFlightTest.await(release);
            return pure("of version 2");
        };

        // Others wait for a slot: the state before at once, not after the ten seconds' wait.
        long started = System.nanoTime();
        assertThat(tables.table(scope(), second, DUE).remembered("figures", held)).isEqualTo("of version 1");
        assertThat(System.nanoTime() - started).isLessThan(TimeUnit.SECONDS.toNanos(5));
        // Nobody waits: the request waits for the refresh under way and answers its result.
        queued.set(false);
        Future<Object> waiting = threads.submit(() -> tables.table(scope(), second, DUE).remembered("figures",
                held));
        Thread.sleep(100);
        assertThat(waiting).isNotDone();
        release.countDown();
        assertThat(waiting.get(10, TimeUnit.SECONDS)).isEqualTo("of version 2");
    }

    @Test
    void whatAskedMoreThanTheTableIsNeitherKeptNorAnsweredLater() {
        LoadedTables tables = new LoadedTables(16, 1_000, new Refreshes(Duration.ZERO));
        LoadedTables.Entry first = entry(1);
        tables.put(scope(), first);
        IssueTable table = tables.table(scope(), first, DUE);

        assertThat(table.remembered("with quotas", () -> new IssueTable.Outcome("quota 1", false))).isEqualTo("quota 1");
        assertThat(table.remembered("with quotas", () -> new IssueTable.Outcome("quota 2", false))).isEqualTo("quota 2");
        LoadedTables.Entry second = entry(2);
        tables.put(scope(), second);
        assertThat(tables.table(scope(), second, DUE).remembered("with quotas",
                () -> new IssueTable.Outcome("quota 3", false))).isEqualTo("quota 3");
    }

    @Test
    void aRefreshThatFailsIsMetByTheRequestItself() {
        LoadedTables tables = new LoadedTables(16, 1_000, new Refreshes(Duration.ofSeconds(10)));
        LoadedTables.Entry first = entry(1);
        tables.put(scope(), first);
        tables.table(scope(), first, DUE).remembered("figures", () -> pure("of version 1"));
        LoadedTables.Entry second = entry(2);
        tables.put(scope(), second);
        AtomicInteger tries = new AtomicInteger();

        assertThatThrownBy(() -> tables.table(scope(), second, DUE).remembered("figures", () -> {
            tries.incrementAndGet();
            throw new IllegalStateException("the pass failed");
        })).hasMessage("the pass failed");
        // Once in the background, once in the request.
        assertThat(tries).hasValue(2);
    }

    @Test
    void identicalComputationsAtOnceRunOnce() throws Exception {
        LoadedTables tables = new LoadedTables(16, 1_000);
        LoadedTables.Entry first = entry(1);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger computed = new AtomicInteger();
        Supplier<IssueTable.Outcome> slow = () -> {
            computed.incrementAndGet();
            started.countDown();
            SingleFlightTest.await(release);
            return pure("figures");
        };
        Future<Object> one = threads.submit(() -> tables.table(scope(), first, DUE).remembered("figures", slow));
        SingleFlightTest.await(started);
        Future<Object> two = threads.submit(() -> tables.table(scope(), first, DUE).remembered("figures", slow));
        Thread.sleep(100);
        release.countDown();

        assertThat(one.get(10, TimeUnit.SECONDS)).isEqualTo("figures");
        assertThat(two.get(10, TimeUnit.SECONDS)).isEqualTo("figures");
        assertThat(computed).hasValue(1);
    }

    private static IssueTable.Outcome pure(String value) {
        return new IssueTable.Outcome(value, true);
    }

    private static LoadedTables.Scope scope() {
        return new LoadedTables.Scope(new Visibility(Set.of("SALES"), Set.of()), JqlParser.parse("status = Won"),
                UserValues.NONE, TwelveIssues.ZONE, Set.of(), Set.of(), ProjectZones.NONE);
    }

    private static LoadedTables.Entry entry(long version) {
        return new LoadedTables.Entry(version, null, IssueTable.fromColumns(TwelveIssues.ZONE, 1)
                .epochDays(Column.DUE, new long[1]).build());
    }
}
