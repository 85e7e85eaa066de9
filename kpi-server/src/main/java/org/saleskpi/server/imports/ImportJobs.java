package org.saleskpi.server.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.core.validation.InvalidInputException;
import org.saleskpi.server.cluster.ClusterLock;
import org.saleskpi.server.issues.IssueWrite;
import org.saleskpi.server.issues.WriteRoom;
import org.saleskpi.server.progress.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs imports in the background, one at a time so two files never race for the same keys, and
 * remembers the last {@value #KEPT} jobs for their progress and outcome. With {@link SharedImportJobs}, every node
 * reads every job, and an import runs under the {@value #LOCK} {@link ClusterLock}: one at a time across the nodes.
 * A node queues its own imports as before, but refuses one while another node's import runs ({@link Busy}).
 */
public final class ImportJobs implements AutoCloseable {
    public static final int KEPT = 50;
    /** The cluster lock an import holds while it runs. */
    static final String LOCK = "import";
    /** How often a running job's progress is written for other nodes. */
    static final Duration PUBLISH_EVERY = Duration.ofMillis(250);
    /** A running job of another node not written for this long, with no import holding the lock, has stopped. */
    static final Duration ORPHANED_AFTER = Duration.ofSeconds(10);
    private static final Logger LOG = LoggerFactory.getLogger(ImportJobs.class);

    private final JiraCsvImport importer;
    private final ExecutorService executor;
    private final Clock clock;
    private final ClusterLock lock;
    private final Optional<SharedImportJobs> shared;
    private final String node;
    private final Consumer<UserRef> wrote;
    private final Map<String, Tracker> jobs = Collections.synchronizedMap(new LinkedHashMap<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Tracker> eldest) {
            return size() > KEPT;
        }
    });

    public ImportJobs(JiraCsvImport importer) {
        this(importer, Clock.systemUTC());
    }

    public ImportJobs(JiraCsvImport importer, Clock clock) {
        this(importer, clock, ClusterLock.local(), Optional.empty(), "local");
    }

    /**
     * @param shared where jobs are kept for every node, when the server keeps them in its database
     * @param node this node's id, stored with the jobs it runs
     */
    public ImportJobs(JiraCsvImport importer, Clock clock, ClusterLock lock, Optional<SharedImportJobs> shared,
            String node) {
        this(importer, clock, lock, shared, node, user -> {
        });
    }

    /**
     * @param wrote told who started an import once its issues are in this node's index, before its job is done: their
     *     next figures include it (read-your-writes, ADR 0050)
     */
    public ImportJobs(JiraCsvImport importer, Clock clock, ClusterLock lock, Optional<SharedImportJobs> shared,
            String node, Consumer<UserRef> wrote) {
        this.wrote = Objects.requireNonNull(wrote, "wrote");
        this.importer = Objects.requireNonNull(importer, "importer");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.lock = Objects.requireNonNull(lock, "lock");
        this.shared = Objects.requireNonNull(shared, "shared");
        this.node = Objects.requireNonNull(node, "node");
        this.executor = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "saleskpi-import");
            // A running import must not keep a stopping server alive; its transaction rolls back.
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Reads the stream now (the caller may close it on return) and imports it in the background. */
    public String start(InputStream csv, ImportSettings settings, UserRef startedBy) {
        try {
            return start(csv.readAllBytes(), settings, startedBy);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded file", e);
        }
    }

    /**
     * Queues the import and returns its job id at once.
     *
     * @throws Busy when an import of another node is running
     */
    public String start(byte[] csv, ImportSettings settings, UserRef startedBy) {
        Objects.requireNonNull(csv, "csv");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(startedBy, "startedBy");
        if (lock.spansNodes() && !runningHere()) {
            // No import of this node holds the lock: one that cannot take it now runs elsewhere.
            lock.tryAcquire(LOCK).orElseThrow(Busy::new).close();
        }
        Tracker tracker = new Tracker(UUID.randomUUID().toString(), startedBy, clock.instant(), this::publish);
        jobs.put(tracker.id, tracker);
        publish(tracker.snapshot());
        executor.execute(() -> {
            ClusterLock.Held held;
            try {
                held = awaitLock();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                tracker.run(() -> {
                    throw new IllegalStateException("the server stopped before the import could start");
                });
                return;
            } catch (RuntimeException e) {
                tracker.run(() -> {
                    throw e; // the database could not be asked for the lock: the job fails, it never hangs
                });
                return;
            }
            try (held) {
                tracker.run(() -> {
                    ImportReport report = importer.run(csv, settings, IssueWrite.by(startedBy.key(),
                            clock.instant()), tracker);
                    // Before the job says it is done: the importer's next figures include the import, whatever
                    // others are answered while the tables refresh.
                    wrote.accept(startedBy);
                    return report;
                });
            }
        });
        return tracker.id;
    }

    private boolean runningHere() {
        synchronized (jobs) {
            return jobs.values().stream().anyMatch(tracker -> tracker.state == ImportJob.State.RUNNING);
        }
    }

    /** Waits for the import lock, which an import of another node may hold. */
    private ClusterLock.Held awaitLock() throws InterruptedException {
        while (true) {
            Optional<ClusterLock.Held> held = lock.tryAcquire(LOCK);
            if (held.isPresent()) {
                return held.get();
            }
            Thread.sleep(PUBLISH_EVERY.toMillis());
        }
    }

    /** Writes the job for other nodes; a failed write is logged and never fails the import. */
    private void publish(ImportJob job) {
        shared.ifPresent(table -> {
            try {
                table.save(job, node, clock.instant());
            } catch (RuntimeException e) {
                LOG.warn("The progress of import {} could not be stored: {}", job.id(), e.getMessage());
            }
        });
    }

    /** The job, run by this node or, with shared jobs, by any. */
    public Optional<ImportJob> get(String id) {
        Optional<ImportJob> local = Optional.ofNullable(jobs.get(id)).map(Tracker::snapshot);
        if (local.isPresent() || shared.isEmpty()) {
            return local;
        }
        return shared.get().get(id).map(this::asSeenHere);
    }

    /** The remembered jobs, newest first. */
    public List<ImportJob> recent() {
        List<ImportJob> recent = new ArrayList<>();
        synchronized (jobs) {
            jobs.values().forEach(tracker -> recent.add(tracker.snapshot()));
        }
        Collections.reverse(recent);
        if (shared.isEmpty()) {
            return recent;
        }
        Map<String, ImportJob> all = new LinkedHashMap<>();
        recent.forEach(job -> all.put(job.id(), job));
        shared.get().recent().forEach(row -> all.putIfAbsent(row.job().id(), asSeenHere(row)));
        return all.values().stream()
                .sorted(Comparator.comparing(ImportJob::startedAt).reversed())
                .limit(KEPT).toList();
    }

    /** A stored job of another node; one still running there that nobody writes or holds the lock for has stopped. */
    private ImportJob asSeenHere(SharedImportJobs.Row row) {
        ImportJob job = row.job();
        if (job.state() != ImportJob.State.RUNNING || jobs.containsKey(job.id())
                || row.written().isAfter(clock.instant().minus(ORPHANED_AFTER))) {
            return job;
        }
        Optional<ClusterLock.Held> free = lock.tryAcquire(LOCK);
        if (free.isEmpty()) {
            return job;
        }
        free.get().close();
        return new ImportJob(job.id(), job.startedBy(), job.startedAt(), ImportJob.State.FAILED, job.processed(),
                job.total(), Optional.empty(), Optional.of("the node running the import stopped; the import wrote"
                        + " nothing"));
    }

    /** An import cannot start while one of another node runs. */
    public static final class Busy extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Busy() {
            super("Another import is running on another node of this server; start this one when it has ended.");
        }
    }

    /** Stops taking jobs and waits briefly for the running one. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One job's changing state, written by the import thread and read by any caller. */
    private static final class Tracker implements Progress {
        private final String id;
        private final UserRef startedBy;
        private final Instant startedAt;
        private final Consumer<ImportJob> publish;
        private volatile long publishedAt;
        private volatile ImportJob.State state = ImportJob.State.RUNNING;
        private volatile long processed;
        private volatile long total;
        private volatile ImportReport report;
        private volatile String error;
        private volatile String errorKey;

        Tracker(String id, UserRef startedBy, Instant startedAt, Consumer<ImportJob> publish) {
            this.id = id;
            this.startedBy = startedBy;
            this.startedAt = startedAt;
            this.publish = publish;
        }

        @Override
        public void report(long done, long of) {
            total = of;
            processed = done;
            long now = System.nanoTime();
            if (now - publishedAt >= PUBLISH_EVERY.toNanos()) {
                publishedAt = now;
                publish.accept(snapshot());
            }
        }

        void run(Supplier<ImportReport> work) {
            try {
                report = work.get();
                state = ImportJob.State.DONE;
            } catch (InvalidInputException e) {
                error = e.getMessage();
                state = ImportJob.State.FAILED;
            } catch (WriteRoom.NoRoomLeft e) {
                LOG.warn("Import {} stopped with {} MB left on the database's disk", id, e.usable() / (1024 * 1024));
                error = e.getMessage();
                errorKey = WriteRoom.NoRoomLeft.MESSAGE_KEY;
                state = ImportJob.State.FAILED;
            } catch (RuntimeException e) {
                // The caller sees a sentence, never a stack trace; the database's words are kept.
                error = "the import failed and wrote nothing: " + e.getMessage()
                        + (e.getCause() != null ? " (" + e.getCause().getMessage() + ")" : "");
                state = ImportJob.State.FAILED;
            }
            publish.accept(snapshot());
        }

        ImportJob snapshot() {
            return new ImportJob(id, startedBy, startedAt, state, processed, total,
                    Optional.ofNullable(report), Optional.ofNullable(error), Optional.ofNullable(errorKey));
        }
    }
}
