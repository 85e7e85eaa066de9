package org.saleskpi.store.goal;

import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import net.java.ao.Entity;
import org.saleskpi.core.goal.ConflictException;
import org.saleskpi.store.AoSession;
import org.saleskpi.store.StoreException;
import org.saleskpi.store.entity.GoalVersionEntity;
import org.saleskpi.store.entity.TargetVersionEntity;

/**
 * Optimistic locking with one token row per versioned row, in a token table of its own. A writer
 * claims version N by deleting the token {@code (owner, N)}: of two concurrent writers exactly one
 * deletes it; the other blocks on its row lock and, once the first commits, deletes nothing (READ
 * COMMITTED) or is aborted by the database (SERIALIZABLE). The winner writes token N + 1 in the
 * same transaction; the loser gets a {@link ConflictException}, so its transaction writes nothing.
 */
final class VersionTokens {
    static final long FIRST_VERSION = 1;

    private final AoSession session;
    private final Class<? extends Entity> tokens;
    private final String entityName;

    private VersionTokens(AoSession session, Class<? extends Entity> tokens, String entityName) {
        this.session = session;
        this.tokens = tokens;
        this.entityName = entityName;
    }

    static VersionTokens ofGoals(AoSession session) {
        return new VersionTokens(session, GoalVersionEntity.class, "goal");
    }

    static VersionTokens ofTargets(AoSession session) {
        return new VersionTokens(session, TargetVersionEntity.class, "target");
    }

    /** How conflict messages name the versioned rows: "goal", "target". */
    String entityName() {
        return entityName;
    }

    /** The first token of a newly stored row. */
    long start(long id) {
        create(id, FIRST_VERSION);
        return FIRST_VERSION;
    }

    /**
     * Claims {@code expectedVersion} and writes the next one; call it before writing the row.
     *
     * @param stillThere whether the row exists, to tell a stale version from a deleted row
     * @return the new version
     * @throws ConflictException when another writer came first or the row is gone
     */
    long advance(long id, long expectedVersion, BooleanSupplier stillThere) {
        int claimed;
        try {
            claimed = session.deleteWithSQL(tokens, "OWNER_ID = ? AND ROW_VERSION = ?", id, expectedVersion);
        } catch (StoreException e) {
            // Under SERIALIZABLE (AO's own transactions; Jira's run READ COMMITTED) the database
            // aborts the writer that waited on the token instead of letting it delete nothing.
            if (isSerializationFailure(e)) {
                ConflictException conflict = ConflictException.staleVersion(entityName, id, expectedVersion);
                conflict.initCause(e);
                throw conflict;
            }
            throw e;
        }
        if (claimed == 0) {
            throw stillThere.getAsBoolean() ? ConflictException.staleVersion(entityName, id, expectedVersion)
                    : ConflictException.gone(entityName, id);
        }
        create(id, expectedVersion + 1);
        return expectedVersion + 1;
    }

    /** Removes the tokens of deleted rows, whatever their version. */
    void drop(List<Long> ids) {
        if (!ids.isEmpty()) {
            session.deleteWithSQL(tokens, "OWNER_ID IN (" + placeholders(ids.size()) + ")", ids.toArray());
        }
    }

    static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private void create(long id, long version) {
        session.create(tokens, Map.of("OWNER_ID", id, "ROW_VERSION", version));
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
}
