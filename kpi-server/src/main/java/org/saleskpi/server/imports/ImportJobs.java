package org.saleskpi.server.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.core.validation.InvalidInputException;
import org.saleskpi.server.issues.IssueWrite;
import org.saleskpi.server.progress.Progress;

/**
 * Runs imports in the background, one at a time so two files never race for the same keys, and
 * remembers the last {@value #KEPT} jobs for their progress and outcome.
 */
public final class ImportJobs implements AutoCloseable {
    public static final int KEPT = 50;

    private final JiraCsvImport importer;
    private final ExecutorService executor;
    private final Clock clock;
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
        this.importer = Objects.requireNonNull(importer, "importer");
        this.clock = Objects.requireNonNull(clock, "clock");
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

    /** Queues the import and returns its job id at once. */
    public String start(byte[] csv, ImportSettings settings, UserRef startedBy) {
        Objects.requireNonNull(csv, "csv");
        Objects.requireNonNull(settings, "settings");
        Tracker tracker = new Tracker(UUID.randomUUID().toString(), Objects.requireNonNull(startedBy, "startedBy"),
                clock.instant());
        jobs.put(tracker.id, tracker);
        executor.execute(() -> tracker.run(() -> importer.run(csv, settings,
                IssueWrite.by(startedBy.key(), clock.instant()), tracker)));
        return tracker.id;
    }

    public Optional<ImportJob> get(String id) {
        return Optional.ofNullable(jobs.get(id)).map(Tracker::snapshot);
    }

    /** The remembered jobs, newest first. */
    public List<ImportJob> recent() {
        List<ImportJob> recent = new ArrayList<>();
        synchronized (jobs) {
            jobs.values().forEach(tracker -> recent.add(tracker.snapshot()));
        }
        Collections.reverse(recent);
        return recent;
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
        private volatile ImportJob.State state = ImportJob.State.RUNNING;
        private volatile long processed;
        private volatile long total;
        private volatile ImportReport report;
        private volatile String error;

        Tracker(String id, UserRef startedBy, Instant startedAt) {
            this.id = id;
            this.startedBy = startedBy;
            this.startedAt = startedAt;
        }

        @Override
        public void report(long done, long of) {
            total = of;
            processed = done;
        }

        void run(Supplier<ImportReport> work) {
            try {
                report = work.get();
                state = ImportJob.State.DONE;
            } catch (InvalidInputException e) {
                error = e.getMessage();
                state = ImportJob.State.FAILED;
            } catch (RuntimeException e) {
                // The caller sees a sentence, never a stack trace; the database's words are kept.
                error = "the import failed and wrote nothing: " + e.getMessage()
                        + (e.getCause() != null ? " (" + e.getCause().getMessage() + ")" : "");
                state = ImportJob.State.FAILED;
            }
        }

        ImportJob snapshot() {
            return new ImportJob(id, startedBy, startedAt, state, processed, total,
                    Optional.ofNullable(report), Optional.ofNullable(error));
        }
    }
}
