package org.saleskpi.store.goal;

import java.sql.SQLException;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.saleskpi.core.goal.ConflictException;
import org.saleskpi.store.AoSession;
import org.saleskpi.store.StoreException;
import org.saleskpi.store.entity.RowVersionEntity;

/**
 * Optimistic locking with one {@link RowVersionEntity} token per versioned row. A writer claims
 * version N by deleting the token {@code (owner, N)}: of two concurrent writers exactly one deletes
 * it; the other blocks on its row lock and, once the first commits, deletes nothing (READ
 * COMMITTED) or is aborted by the database (SERIALIZABLE). The winner writes token N + 1 in the
 * same transaction; the loser gets a {@link ConflictException}, so its transaction writes nothing.
 */
final class VersionTokens {
    static final String GOAL = "goal";
    static final String TARGET = "target";
    static final long FIRST_VERSION = 1;

    private final AoSession session;

    VersionTokens(AoSession session) {
        this.session = session;
    }

    /** The first token of a newly stored row. */
    long start(String kind, long id) {
        create(owner(kind, id), FIRST_VERSION);
        return FIRST_VERSION;
    }

    /**
     * Claims {@code expectedVersion} and writes the next one; call it before writing the row.
     *
     * @param stillThere whether the row exists, to tell a stale version from a deleted row
     * @return the new version
     * @throws ConflictException when another writer came first or the row is gone
     */
    long advance(String kind, long id, long expectedVersion, BooleanSupplier stillThere) {
        String owner = owner(kind, id);
        int claimed;
        try {
            claimed = session.deleteWithSQL(RowVersionEntity.class, "OWNER = ? AND ROW_VERSION = ?", owner,
                    expectedVersion);
        } catch (StoreException e) {
            // Under SERIALIZABLE (AO's own transactions; Jira's run READ COMMITTED) the database
            // aborts the writer that waited on the token instead of letting it delete nothing.
            if (isSerializationFailure(e)) {
                throw ConflictException.staleVersion(kind, id, expectedVersion);
            }
            throw e;
        }
        if (claimed == 0) {
            throw stillThere.getAsBoolean() ? ConflictException.staleVersion(kind, id, expectedVersion)
                    : ConflictException.gone(kind, id);
        }
        create(owner, expectedVersion + 1);
        return expectedVersion + 1;
    }

    /** Removes the tokens of deleted rows, whatever their version. */
    void drop(String kind, List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        Object[] owners = ids.stream().map(id -> owner(kind, id)).toArray();
        session.deleteWithSQL(RowVersionEntity.class, "OWNER IN (" + placeholders(owners.length) + ")", owners);
    }

    /** SQLSTATE 40001 (serialization failure; H2 also reports deadlocks so) or PostgreSQL's 40P01 deadlock. */
    private static boolean isSerializationFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql
                    && ("40001".equals(sql.getSQLState()) || "40P01".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private void create(String owner, long version) {
        Map<String, Object> values = new HashMap<>();
        values.put("OWNER", owner);
        values.put("ROW_VERSION", version);
        session.create(RowVersionEntity.class, values);
    }

    private static String owner(String kind, long id) {
        return kind + ":" + id;
    }
}
