package org.saleskpi.store.goal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import net.java.ao.Query;
import org.saleskpi.core.goal.ConflictException;
import org.saleskpi.core.goal.checkin.CheckIn;
import org.saleskpi.core.goal.checkin.CheckInRepository;
import org.saleskpi.store.AoSession;
import org.saleskpi.store.entity.CheckInEntity;
import org.saleskpi.store.entity.GoalEntity;

/** Check-ins stored in {@code AO_xxxxxx_CHECK_IN}; in the shared database, so every node sees them at once. */
public final class StoredCheckIns implements CheckInRepository {
    /** Ids per {@code IN} list: far below the 1000 Oracle allows and the 2100 parameters of SQL Server. */
    private static final int IDS_PER_QUERY = 500;

    private final AoSession session;

    public StoredCheckIns(AoSession session) {
        this.session = Objects.requireNonNull(session, "session");
    }

    @Override
    public CheckIn create(CheckIn checkIn) {
        return session.inTransaction(() -> {
            // A goal deleted meanwhile must not gain an orphan check-in.
            if (Rows.byId(session, GoalEntity.class, checkIn.goalId()).isEmpty()) {
                throw ConflictException.gone("goal", checkIn.goalId());
            }
            return Rows.checkIn(session.create(CheckInEntity.class, Rows.checkInColumns(checkIn)));
        });
    }

    @Override
    public List<CheckIn> ofGoal(long goalId) {
        // ID breaks ties between check-ins of the same millisecond: the later insert is the newer.
        return Arrays.stream(session.find(CheckInEntity.class, Query.select().where("GOAL_ID = ?", goalId)
                        .order("WRITTEN_AT DESC, ID DESC")))
                .map(Rows::checkIn)
                .toList();
    }

    @Override
    public Map<Long, Instant> latest(Collection<Long> goalIds) {
        List<Long> ids = new ArrayList<>(goalIds);
        Map<Long, Instant> latest = new HashMap<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
            String marks = chunk.stream().map(id -> "?").collect(Collectors.joining(", "));
            CheckInEntity[] rows = session.find(CheckInEntity.class, Query.select("ID, GOAL_ID, WRITTEN_AT")
                    .where("GOAL_ID IN (" + marks + ")", chunk.toArray()));
            for (CheckInEntity row : rows) {
                latest.merge(row.getGoalId(), Instant.ofEpochMilli(row.getWrittenAt()),
                        (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        return Map.copyOf(latest);
    }
}
