package org.saleskpi.server.issues;

import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Whether a large write may go on: an import asks before each batch, and stops while the disk still has
 * {@link #RESERVE} free, room enough for the database to roll the import back and for the server's own small writes
 * (sessions, settings) to go on.
 */
public final class WriteRoom {
    /** What an import leaves free: well above what one batch of an import writes (a few megabytes). */
    public static final long RESERVE = 256L * 1024 * 1024;
    /** No limit: a database that keeps its own disk (PostgreSQL). */
    public static final WriteRoom UNLIMITED = new WriteRoom(() -> Long.MAX_VALUE);

    private final LongSupplier usableBytes;

    public WriteRoom(LongSupplier usableBytes) {
        this.usableBytes = Objects.requireNonNull(usableBytes, "usableBytes");
    }

    /** @throws NoRoomLeft when less than {@link #RESERVE} is free */
    void ensureRoom() {
        long usable = usableBytes.getAsLong();
        if (usable < RESERVE) {
            throw new NoRoomLeft(usable);
        }
    }

    /** The disk is (nearly) full: the write stopped before it, and nothing of it was kept. */
    public static final class NoRoomLeft extends RuntimeException {
        private static final long serialVersionUID = 1L;
        /** The text's key in the bundles; its English text is this exception's message. */
        public static final String MESSAGE_KEY = "saleskpi.import.diskFull";
        private final long usable;

        NoRoomLeft(long usable) {
            super("The disk of the server's database is nearly full: the import stopped and kept nothing. Free some"
                    + " space on it and import the file again.");
            this.usable = usable;
        }

        /** Bytes free when the write stopped, for the log. */
        public long usable() {
            return usable;
        }
    }
}
