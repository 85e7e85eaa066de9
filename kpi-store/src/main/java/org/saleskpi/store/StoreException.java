package org.saleskpi.store;

/** The database failed or refused a statement; what was being done is in the message. */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
