package org.saleskpi.server.imports;

import java.util.Objects;

/** A row an import left out: the physical line of the file where the row starts, and why. */
public record SkippedRow(long line, String reason) {
    public SkippedRow {
        Objects.requireNonNull(reason, "reason");
    }
}
