package org.saleskpi.server.imports;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.saleskpi.core.user.UserRef;

/**
 * An import running in the background as its caller sees it: state, the file's data rows done (written,
 * found unchanged or skipped) of all its data rows (for a progress bar; the count moves after each batch
 * the import writes), and at the end the report or why it failed (in English, and the key of its text in the
 * bundles when it has one).
 */
public record ImportJob(
        String id,
        UserRef startedBy,
        Instant startedAt,
        State state,
        long processed,
        long total,
        Optional<ImportReport> report,
        Optional<String> error,
        Optional<String> errorKey) {

    /** Where a job stands; a job waiting for an earlier one counts as running. */
    public enum State {
        RUNNING,
        DONE,
        FAILED
    }

    public ImportJob {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(startedBy, "startedBy");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(errorKey, "errorKey");
    }

    /** A job whose error, if any, has no text in the bundles. */
    public ImportJob(String id, UserRef startedBy, Instant startedAt, State state, long processed, long total,
            Optional<ImportReport> report, Optional<String> error) {
        this(id, startedBy, startedAt, state, processed, total, report, error, Optional.empty());
    }
}
