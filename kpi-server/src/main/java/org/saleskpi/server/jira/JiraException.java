package org.saleskpi.server.jira;

/**
 * A Jira request that failed for good: the HTTP status (0 when no answer came) and the endpoint path.
 * The message never holds a secret: it is built from the status, the path and Jira's error text only.
 */
public class JiraException extends RuntimeException {
    private final int status;
    private final String endpoint;

    public JiraException(int status, String endpoint, String message) {
        super(message);
        this.status = status;
        this.endpoint = endpoint;
    }

    public JiraException(int status, String endpoint, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.endpoint = endpoint;
    }

    /** The HTTP status Jira answered, or 0 when no answer came (timeout, connection refused). */
    public int status() {
        return status;
    }

    /** The request's path without query, e.g. {@code /rest/api/3/search/jql}. */
    public String endpoint() {
        return endpoint;
    }
}
