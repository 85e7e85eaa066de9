package org.saleskpi.store.goal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import net.java.ao.Query;
import org.saleskpi.core.goal.ConflictException;
import org.saleskpi.core.goal.Goal;
import org.saleskpi.core.goal.GoalQuery;
import org.saleskpi.core.goal.GoalRepository;
import org.saleskpi.core.goal.Page;
import org.saleskpi.core.goal.PageRequest;
import org.saleskpi.core.goal.Target;
import org.saleskpi.store.AoSession;
import org.saleskpi.store.VersionCheck;
import org.saleskpi.store.entity.CheckInEntity;
import org.saleskpi.store.entity.GoalEntity;
import org.saleskpi.store.entity.GoalVersionEntity;
import org.saleskpi.store.entity.TargetVersionEntity;

/**
 * Goals stored in {@code AO_xxxxxx_GOAL} and read with their targets; versioned by tokens in
 * {@code AO_xxxxxx_GOAL_VERSION}.
 */
public final class StoredGoals implements GoalRepository {
    private final AoSession session;
    private final VersionCheck tokens;
    private final VersionCheck targetTokens;

    public StoredGoals(AoSession session) {
        this.session = Objects.requireNonNull(session, "session");
        this.tokens = new VersionCheck(session, GoalVersionEntity.class, "goal");
        this.targetTokens = new VersionCheck(session, TargetVersionEntity.class, "target");
    }

    @Override
    public Goal create(Goal goal) {
        return session.inTransaction(() -> {
            GoalEntity row = session.create(GoalEntity.class, Rows.goalColumns(goal, VersionCheck.FIRST_VERSION));
            tokens.start(row.getID());
            List<Target> targets = new ArrayList<>();
            for (Target target : goal.targets()) {
                targets.add(StoredTargets.insert(session, targetTokens, target, row.getID()));
            }
            return Rows.goal(row, targets);
        });
    }

    @Override
    public Optional<Goal> get(long id) {
        return session.inTransaction(() -> Rows.byId(session, GoalEntity.class, id).map(this::withTargets));
    }

    @Override
    public Goal update(Goal goal) {
        return tokens.inTransaction(goal.id(), () -> {
            long version = tokens.claim(goal.id(), goal.version(), () -> exists(goal.id()));
            GoalEntity row = stored(goal.id());
            Rows.write(row, goal, version);
            return withTargets(row);
        });
    }

    @Override
    public Goal setArchived(long id, long expectedVersion, boolean archived, Instant at) {
        return tokens.inTransaction(id, () -> {
            long version = tokens.claim(id, expectedVersion, () -> exists(id));
            GoalEntity row = stored(id);
            row.setArchived(archived);
            row.setUpdatedAt(at.toEpochMilli());
            row.setRowVersion(version);
            row.save();
            return withTargets(row);
        });
    }

    @Override
    public boolean delete(long id) {
        return tokens.inTransaction(id, () -> {
            Optional<GoalEntity> row = Rows.byId(session, GoalEntity.class, id);
            if (row.isEmpty()) {
                return false;
            }
            // Taking the goal's token first waits for a concurrent update and makes later ones fail.
            tokens.remove(List.of(id));
            StoredTargets.deleteAll(session, targetTokens, List.of(StoredTargets.rowsOf(session, List.of(id))));
            session.deleteWithSQL(CheckInEntity.class, "GOAL_ID = ?", id);
            session.delete(row.get());
            // A token written by an update that committed while we waited was invisible to the first drop.
            tokens.remove(List.of(id));
            return true;
        });
    }

    @Override
    public Page<Goal> find(GoalQuery query, PageRequest page) {
        List<String> conditions = new ArrayList<>(List.of("PROJECT_KEY = ?", "ARCHIVED = ?"));
        List<Object> parameters = new ArrayList<>(List.of(query.projectKey(), query.archived()));
        query.folderId().ifPresent(folder -> {
            conditions.add("FOLDER_ID = ?");
            parameters.add(folder);
        });
        query.ownerKey().ifPresent(owner -> {
            conditions.add("OWNER_KEY = ?");
            parameters.add(owner);
        });
        String where = String.join(" AND ", conditions);
        Object[] values = parameters.toArray();
        return session.inTransaction(() -> {
            GoalEntity[] rows = session.find(GoalEntity.class, Query.select()
                    .where(where, values)
                    .order("DUE_DATE ASC, NAME ASC, ID ASC")
                    .limit(page.limit())
                    .offset(page.offset()));
            int total = session.count(GoalEntity.class, Query.select().where(where, values));
            Map<Long, List<Target>> targets = Arrays.stream(StoredTargets.rowsOf(session,
                            Arrays.stream(rows).map(row -> (long) row.getID()).toList()))
                    .map(Rows::target)
                    .collect(Collectors.groupingBy(Target::goalId));
            List<Goal> goals = Arrays.stream(rows)
                    .map(row -> Rows.goal(row, targets.getOrDefault((long) row.getID(), List.of())))
                    .toList();
            // A goal deleted between the two reads must not leave the total below the page.
            return new Page<>(goals, Math.max(total, goals.size()));
        });
    }

    private Goal withTargets(GoalEntity row) {
        return Rows.goal(row, Arrays.stream(StoredTargets.rowsOf(session, List.of((long) row.getID())))
                .map(Rows::target).toList());
    }

    private boolean exists(long id) {
        return Rows.byId(session, GoalEntity.class, id).isPresent();
    }

    private GoalEntity stored(long id) {
        return Rows.byId(session, GoalEntity.class, id)
                .orElseThrow(() -> ConflictException.gone(tokens.entityName(), id));
    }
}
