package org.saleskpi.web.error;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether a failure means the database cannot be reached (stopped, restarting, network gone), which the server
 * answers with a 503 to try again, not a 500 to report: a pool with no connection to give, or an SQL state of
 * class 08 (connection exception) or 57P01-57P03 (PostgreSQL shutting down or starting up). A refused connection
 * counts only as the driver reports it (state 08001): the same refusal from another server, such as a Jira site, is
 * not the database's. H2 failing to write its own file (its disk full) counts too: it closes the database, and the
 * server's pool opens it again once it can.
 */
public final class DatabaseUnreachable {
    private static final int MAX_CAUSES = 20;
    /** By name: kpi-web does not depend on H2, which the standalone server embeds. */
    private static final String H2_STORE_FAILURE = "org.h2.mvstore.MVStoreException";

    private DatabaseUnreachable() {
    }

    public static boolean in(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++, cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (H2_STORE_FAILURE.equals(cause.getClass().getName())) {
                return true; // H2 could not write its file (a full disk) and closes the database
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().matches("57P0[123]"))) {
                return true;
            }
        }
        return false;
    }
}
