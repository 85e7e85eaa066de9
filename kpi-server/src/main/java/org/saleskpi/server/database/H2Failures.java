package org.saleskpi.server.database;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;
import java.util.Set;
import org.h2.api.ErrorCode;

/**
 * Tells the pool which H2 errors leave a connection useless: once H2 fails to write its file (a full disk) it closes
 * the database, and every connection the pool holds answers "closed" from then on. The pool drops such a connection,
 * and the next one it opens opens the database again from its file, so the server recovers once there is room again,
 * without a restart. HikariCP alone drops only connections with an SQL state of class 08, which H2 does not give here.
 */
public final class H2Failures implements SQLExceptionOverride {
    /** H2's codes for a database that is closed or cannot use its file (org.h2.api.ErrorCode). */
    private static final Set<Integer> FATAL = Set.of(ErrorCode.DATABASE_IS_CLOSED,
            ErrorCode.DATABASE_CALLED_AT_SHUTDOWN, ErrorCode.IO_EXCEPTION_1, ErrorCode.IO_EXCEPTION_2,
            ErrorCode.FILE_CORRUPTED_1);

    /** HikariCP creates it by its class name. */
    public H2Failures() {
    }

    @java.lang.Override
    public SQLExceptionOverride.Override adjudicate(SQLException failure) {
        return isFatal(failure) ? SQLExceptionOverride.Override.MUST_EVICT : SQLExceptionOverride.Override.CONTINUE_EVICT;
    }

    /**
     * The database is closed or cannot use its file. The error of the write that met the full disk itself does not
     * count: that connection must still take the rollback (which then reports the database closed, and goes).
     */
    static boolean isFatal(SQLException failure) {
        return FATAL.contains(failure.getErrorCode());
    }
}
