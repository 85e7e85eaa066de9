package org.saleskpi.server.fakejira;

/** A query Jira would refuse with 400; the message is the one Jira puts in {@code errorMessages}. */
public final class FakeJqlException extends RuntimeException {
    public FakeJqlException(String message) {
        super(message);
    }
}
