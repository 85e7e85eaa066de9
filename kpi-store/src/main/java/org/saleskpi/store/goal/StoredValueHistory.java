package org.saleskpi.store.goal;

import java.util.Arrays;
import java.util.Objects;
import net.java.ao.Query;
import org.saleskpi.core.goal.ConflictException;
import org.saleskpi.core.goal.Page;
import org.saleskpi.core.goal.PageRequest;
import org.saleskpi.core.goal.Target;
import org.saleskpi.core.goal.ValueChange;
import org.saleskpi.core.goal.ValueHistoryRepository;
import org.saleskpi.store.AoSession;
import org.saleskpi.store.VersionCheck;
import org.saleskpi.store.entity.TargetEntity;
import org.saleskpi.store.entity.TargetVersionEntity;
import org.saleskpi.store.entity.ValueChangeEntity;

/** Value changes stored in {@code AO_xxxxxx_VALUE_CHANGE}, written with the target's new value. */
public final class StoredValueHistory implements ValueHistoryRepository {
    private final AoSession session;
    private final VersionCheck tokens;

    public StoredValueHistory(AoSession session) {
        this.session = Objects.requireNonNull(session, "session");
        this.tokens = new VersionCheck(session, TargetVersionEntity.class, "target");
    }

    @Override
    public Target updateValue(long expectedVersion, ValueChange change) {
        long id = change.targetId();
        return tokens.inTransaction(id, () -> {
            long version = tokens.claim(id, expectedVersion,
                    () -> Rows.byId(session, TargetEntity.class, id).isPresent());
            TargetEntity row = Rows.byId(session, TargetEntity.class, id)
                    .orElseThrow(() -> ConflictException.gone(tokens.entityName(), id));
            row.setCurrentValue(change.newValue().toPlainString());
            row.setRowVersion(version);
            row.save();
            session.create(ValueChangeEntity.class, Rows.changeColumns(change));
            return Rows.target(row);
        });
    }

    @Override
    public Page<ValueChange> history(long targetId, PageRequest page) {
        return session.inTransaction(() -> {
            // ID breaks ties between changes of the same millisecond: the later insert is the newer.
            ValueChangeEntity[] rows = session.find(ValueChangeEntity.class, Query.select()
                    .where("TARGET_ID = ?", targetId)
                    .order("CHANGED_AT DESC, ID DESC")
                    .limit(page.limit())
                    .offset(page.offset()));
            int total = session.count(ValueChangeEntity.class, Query.select().where("TARGET_ID = ?", targetId));
            // The target may be deleted between the two reads; the total must not fall below the page.
            return new Page<>(Arrays.stream(rows).map(Rows::change).toList(), Math.max(total, rows.length));
        });
    }
}
