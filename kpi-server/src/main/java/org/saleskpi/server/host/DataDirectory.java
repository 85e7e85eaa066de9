package org.saleskpi.server.host;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The server's data directory, held by one server at a time: created if missing, and locked
 * through {@code <dir>/.lock} until {@link #close()} (or the end of the process, when the
 * operating system releases the lock itself).
 */
public final class DataDirectory implements AutoCloseable {
    private final Path path;
    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectory(Path path, FileChannel channel, FileLock lock) {
        this.path = path;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Creates the directory if needed and locks it.
     *
     * @throws DirectoryInUseException when another server (in this process or another) holds it
     */
    public static DataDirectory lock(Path dir) {
        Path path = dir.toAbsolutePath().normalize();
        Path lockFile = path.resolve(".lock");
        FileChannel channel = null;
        try {
            Files.createDirectories(path);
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by another server in this same JVM
            }
            if (lock == null) {
                channel.close();
                throw new DirectoryInUseException("Another Sales KPI server is using " + path + " (lock file " + lockFile
                        + "). Stop it first or start with --data-dir.");
            }
            return new DataDirectory(path, channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("cannot use the data directory " + path + ": " + e.getMessage(), e);
        }
    }

    public Path path() {
        return path;
    }

    /** The H2 database file of this directory (without H2's {@code .mv.db} suffix). */
    public Path h2File() {
        return path.resolve("saleskpi");
    }

    @Override
    public void close() {
        try {
            if (lock.isValid()) {
                lock.release();
            }
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release the lock of " + path, e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // The directory is unusable anyway; the first failure is the one to report.
            }
        }
    }

    /** Another server holds the directory; the message says which and what to do. */
    public static final class DirectoryInUseException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        public DirectoryInUseException(String message) {
            super(message);
        }
    }
}
