package org.saleskpi.store;

import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.function.LongFunction;
import net.java.ao.Entity;
import net.java.ao.Query;
import org.saleskpi.core.goal.ConflictException;

/**
 * Optimistic locking that holds against concurrent writers with nothing but {@link AoSession}: a
 * writer first deletes its owner's token {@code WHERE OWNER_ID = ? AND ROW_VERSION = ?}, then
 * issues the next version, all in the write's transaction. Of two concurrent writers the database
 * lets exactly one delete the row. The other finds nothing (under READ COMMITTED) or has its
 * transaction aborted as a serialization failure (under AO's default SERIALIZABLE, SQLState
 * {@code 40001}); both become a {@link ConflictException}, and its transaction rolls back whole.
 *
 * <p>Each versioned table has its own token table with an indexed {@code long OWNER_ID} and a
 * {@code long ROW_VERSION} (one shared base interface would not do: AO then indexes the base's
 * table, which does not exist).
 */
public final class VersionCheck {
    /** The version a newly stored owner starts at. */
    public static final long FIRST_VERSION = 1;

    private final AoSession session;
    private final Class<? extends Entity> tokens;
    private final String entityName;

    /** @param entityName how conflict messages name the owner, e.g. "KPI profile" */
    public VersionCheck(AoSession session, Class<? extends Entity> tokens, String entityName) {
        this.session = session;
        this.tokens = tokens;
        this.entityName = entityName;
    }

    /** How conflict messages name the owner: "goal", "KPI profile". */
    public String entityName() {
        return entityName;
    }

    /** Issues the first version of a newly created owner, inside the creating transaction; returns it. */
    public long start(long ownerId) {
        issue(ownerId, FIRST_VERSION);
        return FIRST_VERSION;
    }

    /**
     * Runs {@code write} in one transaction once {@code expectedVersion} of the owner is claimed.
     *
     * @param write receives the next version, to store on the owner row
     * @throws ConflictException when another writer came first or the owner is gone
     */
    public <T> T update(long ownerId, long expectedVersion, LongFunction<T> write) {
        try {
            return session.inTransaction(() -> write.apply(advance(ownerId, expectedVersion)));
        } catch (StoreException e) {
            throw conflictOr(e, ownerId, expectedVersion);
        }
    }

    /**
     * Claims {@code expectedVersion} inside the caller's transaction and issues the next one; call it
     * before writing the owner row. A writer that loses under SERIALIZABLE is reported as a conflict
     * here already.
     *
     * @param stillThere whether the owner row exists, to tell a stale version from a deleted owner
     * @return the new version
     * @throws ConflictException when another writer came first or the owner is gone
     */
    public long claim(long ownerId, long expectedVersion, BooleanSupplier stillThere) {
        return take(ownerId, expectedVersion, stillThere, expectedVersion + 1);
    }

    /**
     * Holds the owner at {@code currentVersion} for the rest of the caller's transaction without
     * changing its version: adding a target to a goal must not race with deleting the goal, yet
     * should not make the goal's editor reload.
     *
     * @throws ConflictException when the owner changed since {@code currentVersion} was read, or is gone
     */
    public void hold(long ownerId, long currentVersion, BooleanSupplier stillThere) {
        take(ownerId, currentVersion, stillThere, currentVersion);
    }

    private long take(long ownerId, long expectedVersion, BooleanSupplier stillThere, long next) {
        int claimed;
        try {
            claimed = session.deleteWithSQL(tokens, "OWNER_ID = ? AND ROW_VERSION = ?", ownerId, expectedVersion);
        } catch (StoreException e) {
            throw conflictOr(e, ownerId, expectedVersion);
        }
        if (claimed == 0) {
            throw stillThere.getAsBoolean() ? ConflictException.staleVersion(entityName, ownerId, expectedVersion)
                    : ConflictException.gone(entityName, ownerId);
        }
        issue(ownerId, next);
        return next;
    }

    /**
     * Runs {@code work} (a delete, say, that carries no version) in one transaction; losing it to a
     * concurrent writer of this owner is a conflict, never a raw database error.
     */
    public <T> T inTransaction(long ownerId, Supplier<T> work) {
        try {
            return session.inTransaction(work);
        } catch (StoreException e) {
            if (!lostToConcurrentWriter(e)) {
                throw e;
            }
            ConflictException conflict = new ConflictException(
                    entityName + " " + ownerId + " was changed by someone else at the same time; try again");
            conflict.initCause(e);
            throw conflict;
        }
    }

    /** Forgets a deleted owner's token, inside the deleting transaction; later writers find it gone. */
    public void remove(long ownerId) {
        session.deleteWithSQL(tokens, "OWNER_ID = ?", ownerId);
    }

    /** Forgets the tokens of several deleted owners, whatever their versions. */
    public void remove(List<Long> ownerIds) {
        if (!ownerIds.isEmpty()) {
            session.deleteWithSQL(tokens, "OWNER_ID IN (" + String.join(", ", Collections.nCopies(ownerIds.size(), "?"))
                    + ")", ownerIds.toArray());
        }
    }

    private long advance(long ownerId, long expectedVersion) {
        return claim(ownerId, expectedVersion,
                () -> session.count(tokens, Query.select().where("OWNER_ID = ?", ownerId)) > 0);
    }

    private RuntimeException conflictOr(StoreException e, long ownerId, long expectedVersion) {
        if (!lostToConcurrentWriter(e)) {
            return e;
        }
        ConflictException conflict = ConflictException.staleVersion(entityName, ownerId, expectedVersion);
        conflict.initCause(e);
        return conflict;
    }

    private void issue(long ownerId, long version) {
        session.create(tokens, Map.of("OWNER_ID", ownerId, "ROW_VERSION", version));
    }

    /** SQLState class 40 is "transaction rollback": serialization failure (40001) or deadlock (40P01). */
    private static boolean lostToConcurrentWriter(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("40")) {
                return true;
            }
        }
        return false;
    }
}
