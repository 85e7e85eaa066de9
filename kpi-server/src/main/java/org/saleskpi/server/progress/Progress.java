package org.saleskpi.server.progress;

/** Port: hears how far a long task (demo load, import, reload) has got. */
@FunctionalInterface
public interface Progress {

    /** Ignores every report. */
    Progress NONE = (done, total) -> { };

    /** {@code done} of {@code total} items are through; the last report has {@code done == total}. */
    void report(long done, long total);
}
