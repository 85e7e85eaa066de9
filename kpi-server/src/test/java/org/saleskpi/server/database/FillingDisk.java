package org.saleskpi.server.database;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.util.concurrent.atomic.AtomicLong;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * An H2 file system ({@code jdbc:h2:filling:<path>}) over the real disk that runs out of room when a test says so:
 * once the bytes {@link #allow allowed} are written, every further write fails with the error a full disk gives.
 * H2 reads and writes its files through {@link FilePath}, so the database meets the full disk where it would; and it
 * tells the server's {@link DiskRoom} the room it has left, as the real disk tells its free space.
 */
public final class FillingDisk extends FilePathWrapper implements DiskRoom.Reporting {
    public static final String SCHEME = "filling";
    private static final AtomicLong ROOM = new AtomicLong(Long.MAX_VALUE);

    static {
        FilePath.register(new FillingDisk());
    }

    /** The JDBC URL of an H2 database at {@code file} (without extension) on this file system, as the server's. */
    public static String url(java.nio.file.Path file) {
        return "jdbc:h2:" + SCHEME + ":" + file.toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
    }

    /** From now on, {@code bytes} more may be written, then the disk is full. */
    public static void allow(long bytes) {
        ROOM.set(bytes);
    }

    /** Room again, as after an administrator freed some. */
    public static void freed() {
        ROOM.set(Long.MAX_VALUE);
    }

    /** The bytes that may still be written. */
    public static long room() {
        return ROOM.get();
    }

    @Override
    public long usableBytes() {
        return room();
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        return new Channel(getBase().open(mode));
    }

    private static void spend(int bytes) throws IOException {
        if (ROOM.addAndGet(-bytes) < 0) {
            ROOM.set(0);
            throw new IOException("No space left on device");
        }
    }

    /** The real file's channel, every write paid for from the room left. */
    private static final class Channel extends FileBase {
        private final FileChannel file;

        Channel(FileChannel file) {
            this.file = file;
        }

        @Override
        public int read(ByteBuffer into) throws IOException {
            return file.read(into);
        }

        @Override
        public synchronized int read(ByteBuffer into, long position) throws IOException {
            return file.read(into, position);
        }

        @Override
        public int write(ByteBuffer from) throws IOException {
            spend(from.remaining());
            return file.write(from);
        }

        @Override
        public synchronized int write(ByteBuffer from, long position) throws IOException {
            spend(from.remaining());
            return file.write(from, position);
        }

        @Override
        public long position() throws IOException {
            return file.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            file.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return file.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            file.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            file.force(metaData);
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return file.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            file.close();
        }
    }
}
