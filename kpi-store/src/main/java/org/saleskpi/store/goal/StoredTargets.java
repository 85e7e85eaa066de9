package org.saleskpi.store.goal;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import net.java.ao.Query;
import org.saleskpi.core.goal.ConflictException;
import org.saleskpi.core.goal.Target;
import org.saleskpi.core.goal.TargetRepository;
import org.saleskpi.store.AoSession;
import org.saleskpi.store.VersionCheck;
import org.saleskpi.store.entity.GoalEntity;
import org.saleskpi.store.entity.GoalVersionEntity;
import org.saleskpi.store.entity.TargetEntity;
import org.saleskpi.store.entity.TargetVersionEntity;
import org.saleskpi.store.entity.ValueChangeEntity;

/** Targets stored in {@code AO_xxxxxx_TARGET}, versioned by tokens in {@code AO_xxxxxx_TARGET_VERSION}. */
public final class StoredTargets implements TargetRepository {
    private final AoSession session;
    private final VersionCheck tokens;
    private final VersionCheck goalTokens;

    public StoredTargets(AoSession session) {
        this.session = Objects.requireNonNull(session, "session");
        this.tokens = new VersionCheck(session, TargetVersionEntity.class, "target");
        this.goalTokens = new VersionCheck(session, GoalVersionEntity.class, "goal");
    }

    @Override
    public Target create(Target target) {
        return goalTokens.inTransaction(target.goalId(), () -> {
            GoalEntity goal = Rows.byId(session, GoalEntity.class, target.goalId())
                    .orElseThrow(() -> ConflictException.gone("goal", target.goalId()));
            // Holding the goal's token makes a concurrent delete of the goal wait for this target (and
            // then delete it too), or makes this create fail: never a target without its goal.
            goalTokens.hold(goal.getID(), goal.getRowVersion(),
                    () -> Rows.byId(session, GoalEntity.class, target.goalId()).isPresent());
            return insert(session, tokens, target, target.goalId());
        });
    }

    /** Inserts a target of {@code goalId} with its first version; the caller holds the transaction. */
    static Target insert(AoSession session, VersionCheck tokens, Target target, long goalId) {
        TargetEntity row = session.create(TargetEntity.class,
                Rows.targetColumns(target, goalId, VersionCheck.FIRST_VERSION));
        tokens.start(row.getID());
        return Rows.target(row);
    }

    @Override
    public Optional<Target> get(long id) {
        return Rows.byId(session, TargetEntity.class, id).map(Rows::target);
    }

    @Override
    public Target update(Target target) {
        return tokens.inTransaction(target.id(), () -> {
            long version = tokens.claim(target.id(), target.version(),
                    () -> Rows.byId(session, TargetEntity.class, target.id()).isPresent());
            TargetEntity row = Rows.byId(session, TargetEntity.class, target.id())
                    .orElseThrow(() -> ConflictException.gone(tokens.entityName(), target.id()));
            Rows.write(row, target, version);
            return Rows.target(row);
        });
    }

    @Override
    public boolean delete(long id) {
        return session.inTransaction(() -> {
            Optional<TargetEntity> row = Rows.byId(session, TargetEntity.class, id);
            row.ifPresent(found -> deleteAll(session, tokens, List.of(found)));
            return row.isPresent();
        });
    }

    /** Deletes targets with their history and tokens; the caller holds the transaction. */
    static void deleteAll(AoSession session, VersionCheck tokens, List<TargetEntity> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<Long> ids = rows.stream().map(row -> (long) row.getID()).toList();
        // Taking the tokens first waits for a concurrent update to finish and makes later ones fail.
        tokens.remove(ids);
        session.deleteWithSQL(ValueChangeEntity.class,
                "TARGET_ID IN (" + Rows.placeholders(ids.size()) + ")", ids.toArray());
        session.delete(rows.toArray(new TargetEntity[0]));
        // An update that committed while we waited wrote a token our first delete could not see.
        tokens.remove(ids);
    }

    @Override
    public List<Target> ofGoal(long goalId) {
        return Arrays.stream(rowsOf(session, List.of(goalId))).map(Rows::target).toList();
    }

    /** The targets of these goals in the order they were created. */
    static TargetEntity[] rowsOf(AoSession session, List<Long> goalIds) {
        if (goalIds.isEmpty()) {
            return new TargetEntity[0];
        }
        return session.find(TargetEntity.class, Query.select()
                .where("GOAL_ID IN (" + Rows.placeholders(goalIds.size()) + ")", goalIds.toArray())
                .order("ID ASC"));
    }
}
