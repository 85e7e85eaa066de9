package org.saleskpi.server.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.h2.store.fs.FilePath;

/**
 * The room left on the disk that holds the server's H2 file: what an import checks before each batch, so that it
 * stops while H2 can still roll it back instead of meeting a full disk in the middle of a write (which closes H2).
 * PostgreSQL's disk is the database server's own: it refuses a write it has no room for and rolls it back itself.
 */
public interface DiskRoom {
    /** Bytes that may still be written. */
    long usableBytes();

    /**
     * An H2 file system (a {@link FilePath} registered under its own scheme) that knows its own room, as one that
     * only wraps the disk cannot.
     */
    interface Reporting {
        long usableBytes();
    }

    /** The room of the H2 database file a JDBC URL opens; empty for PostgreSQL or an in-memory H2. */
    static Optional<DiskRoom> of(String jdbcUrl) {
        if (!jdbcUrl.startsWith("jdbc:h2:") || jdbcUrl.startsWith("jdbc:h2:mem:")
                || jdbcUrl.startsWith("jdbc:h2:tcp:") || jdbcUrl.startsWith("jdbc:h2:ssl:")) {
            return Optional.empty();
        }
        String file = jdbcUrl.substring("jdbc:h2:".length()).split(";", 2)[0];
        FilePath path = FilePath.get(file);
        if (path instanceof Reporting reporting) {
            return Optional.of(reporting::usableBytes);
        }
        Path folder = Path.of(path.getParent().toString().replaceFirst("^file:", ""));
        return Optional.of(() -> {
            try {
                return Files.getFileStore(folder).getUsableSpace();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the free space of " + folder, e);
            }
        });
    }
}
