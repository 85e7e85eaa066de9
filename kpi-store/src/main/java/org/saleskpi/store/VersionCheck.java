package org.saleskpi.store;

import java.util.Map;
import net.java.ao.Entity;
import net.java.ao.Query;
import org.saleskpi.core.goal.ConflictException;

/**
 * Optimistic locking that holds against concurrent writers with nothing but {@link AoSession}: a
 * writer first deletes its owner's token {@code WHERE OWNER_ID = ? AND ROW_VERSION = ?}. The
 * database lets exactly one of two concurrent deletes remove the row (the other waits for the
 * first to commit, then finds nothing), so a writer that deleted nothing lost the race and gets a
 * {@link ConflictException}. Call it inside the write's transaction, so that the token and the
 * write commit or roll back together.
 *
 * <p>Each versioned table has its own token table with an indexed {@code long OWNER_ID} and a
 * {@code long ROW_VERSION} (one shared base interface would not do: AO then indexes the base's
 * table, which does not exist).
 */
public final class VersionCheck {
    private final AoSession session;
    private final Class<? extends Entity> tokens;
    private final String entityName;

    /** @param entityName how conflict messages name the owner, e.g. "KPI profile" */
    public VersionCheck(AoSession session, Class<? extends Entity> tokens, String entityName) {
        this.session = session;
        this.tokens = tokens;
        this.entityName = entityName;
    }

    /** Issues version 1 of a newly created owner; returns it. */
    public long start(long ownerId) {
        issue(ownerId, 1);
        return 1;
    }

    /**
     * Claims {@code expectedVersion} of the owner and issues the next one.
     *
     * @return the next version, to store on the owner row
     * @throws ConflictException when another writer claimed it first or the owner is gone
     */
    public long advance(long ownerId, long expectedVersion) {
        int claimed = session.deleteWithSQL(tokens, "OWNER_ID = ? AND ROW_VERSION = ?", ownerId, expectedVersion);
        if (claimed == 0) {
            boolean exists = session.count(tokens, Query.select().where("OWNER_ID = ?", ownerId)) > 0;
            throw exists ? ConflictException.staleVersion(entityName, ownerId, expectedVersion)
                    : ConflictException.gone(entityName, ownerId);
        }
        long next = expectedVersion + 1;
        issue(ownerId, next);
        return next;
    }

    /** Forgets a deleted owner's token; a writer still holding a version then finds the owner gone. */
    public void remove(long ownerId) {
        session.deleteWithSQL(tokens, "OWNER_ID = ?", ownerId);
    }

    private void issue(long ownerId, long version) {
        session.create(tokens, Map.of("OWNER_ID", ownerId, "ROW_VERSION", version));
    }
}
