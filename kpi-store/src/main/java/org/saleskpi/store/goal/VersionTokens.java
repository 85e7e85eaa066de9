package org.saleskpi.store.goal;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.saleskpi.core.goal.ConflictException;
import org.saleskpi.store.AoSession;
import org.saleskpi.store.entity.RowVersionEntity;

/**
 * Optimistic locking with one {@link RowVersionEntity} token per versioned row. A writer claims
 * version N by deleting the token {@code (owner, N)}: of two concurrent writers exactly one deletes
 * it, the other blocks on its row lock and deletes nothing once the first commits. The winner
 * writes token N + 1 in the same transaction; the loser throws, so its transaction writes nothing.
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
        int claimed = session.deleteWithSQL(RowVersionEntity.class, "OWNER = ? AND ROW_VERSION = ?", owner,
                expectedVersion);
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
