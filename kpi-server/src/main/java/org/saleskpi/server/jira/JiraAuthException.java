package org.saleskpi.server.jira;

/** Jira answered 401 or 403: the token is wrong, expired or lacks the permission. */
public final class JiraAuthException extends JiraException {
    public JiraAuthException(int status, String endpoint, String message) {
        super(status, endpoint, message);
    }
}
