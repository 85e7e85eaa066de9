package org.saleskpi.core.goal;

/**
 * A write lost a race: the stored version is no longer the one the writer read, or the row is
 * gone. REST layers answer 409 so the client reloads and tries again.
 */
public class ConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public static final String MESSAGE_KEY = "saleskpi.goal.conflict";

    public ConflictException(String message) {
        super(message);
    }

    public static ConflictException staleVersion(String entity, long id, long expectedVersion) {
        return new ConflictException(entity + " " + id + " changed since version " + expectedVersion + " was read");
    }

    public static ConflictException gone(String entity, long id) {
        return new ConflictException(entity + " " + id + " no longer exists");
    }
}
