package org.saleskpi.server.auth;

/** Creating a user whose username, in any case, already exists. */
public final class UsernameTakenException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsernameTakenException(String username) {
        super("The username " + username + " is taken.");
    }
}
