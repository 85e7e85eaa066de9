package org.saleskpi.store.drill;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;
import org.saleskpi.core.drill.Selection;
import org.saleskpi.core.drill.SelectionStore;
import org.saleskpi.store.AoSession;

/** Saved key lists in Active Objects: one row each, the keys one a line in a CLOB. */
public final class StoredSelections implements SelectionStore {
    private final AoSession session;

    public StoredSelections(AoSession session) {
        this.session = session;
    }

    @Override
    public void save(Selection selection, int keptPerOwner) {
        if (keptPerOwner < 1) {
            throw new IllegalArgumentException("a user keeps at least the selection being saved");
        }
        session.inTransaction(() -> {
            long now = selection.created().toEpochMilli();
            session.deleteWithSQL(SelectionEntity.class, "EXPIRES_AT <= ?", now);
            // The owner's lists past their newest keptPerOwner - 1: usually none, or the one oldest.
            SelectionEntity[] beyond = session.find(SelectionEntity.class, Query.select("ID")
                    .where("OWNER_KEY = ?", selection.owner()).order("CREATED_AT DESC, ID DESC")
                    .limit(1000).offset(keptPerOwner - 1));
            for (SelectionEntity row : beyond) {
                session.deleteWithSQL(SelectionEntity.class, "ID = ?", row.getID());
            }
            return session.create(SelectionEntity.class, Map.of(
                    "TOKEN", selection.token(),
                    "OWNER_KEY", selection.owner(),
                    "DIGEST", selection.digest(),
                    "CREATED_AT", now,
                    "EXPIRES_AT", selection.expires().toEpochMilli(),
                    "KEY_LIST", String.join("\n", selection.keys())));
        });
    }

    @Override
    public Optional<Selection> find(String token) {
        SelectionEntity[] rows = session.find(SelectionEntity.class, Query.select().where("TOKEN = ?", token));
        return Arrays.stream(rows).findFirst().map(StoredSelections::selection);
    }

    @Override
    public Optional<Selection> live(String owner, String digest, Instant after) {
        SelectionEntity[] rows = session.find(SelectionEntity.class, Query.select()
                .where("OWNER_KEY = ? AND DIGEST = ? AND EXPIRES_AT > ?", owner, digest, after.toEpochMilli())
                .order("EXPIRES_AT DESC, ID DESC").limit(1));
        return Arrays.stream(rows).findFirst().map(StoredSelections::selection);
    }

    /** How many lists the table holds, expired ones included. */
    public int count() {
        return session.count(SelectionEntity.class, Query.select());
    }

    private static Selection selection(SelectionEntity row) {
        String keys = row.getKeyList();
        return new Selection(row.getToken(), row.getOwnerKey(), row.getDigest(),
                Instant.ofEpochMilli(row.getCreatedAt()), Instant.ofEpochMilli(row.getExpiresAt()),
                keys.isEmpty() ? List.of() : Arrays.asList(keys.split("\n")));
    }
}
