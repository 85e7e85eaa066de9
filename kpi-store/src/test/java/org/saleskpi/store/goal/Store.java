package org.saleskpi.store.goal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.java.ao.EntityManager;
import net.java.ao.Query;
import org.saleskpi.core.goal.Goal;
import org.saleskpi.core.goal.Target;
import org.saleskpi.core.goal.TargetKind;
import org.saleskpi.store.AoSession;
import org.saleskpi.store.EntityManagerSession;
import org.saleskpi.store.Database;
import org.saleskpi.store.StoreSchema;
import org.saleskpi.store.entity.GoalVersionEntity;
import org.saleskpi.store.entity.TargetVersionEntity;

/** The goal repositories over one session on a fresh database, and goals and targets to store. */
record Store(EntityManager manager, AoSession session, StoredGoals goals, StoredTargets targets,
        StoredValueHistory history, StoredGoalFolders folders) {

    static final Instant CREATED = Instant.parse("2026-01-05T09:30:15.123Z");

    static Store open(Database database) {
        EntityManager manager = database.open();
        Store store = over(manager, new EntityManagerSession(manager));
        StoreSchema.migrate(store.session());
        return store;
    }

    /** The repositories over {@code session}, on tables that already exist. */
    static Store over(EntityManager manager, AoSession session) {
        return new Store(manager, session, new StoredGoals(session), new StoredTargets(session),
                new StoredValueHistory(session), new StoredGoalFolders(session));
    }

    /** The same repositories through another EntityManager on the same database: another writer. */
    Store secondWriter(Database database) {
        EntityManager other = database.openAgain(manager);
        return over(other, new EntityManagerSession(other));
    }

    /** How many version tokens the database holds for this goal: 1 while it lives, 0 once deleted. */
    int goalTokens(long id) {
        return session.count(GoalVersionEntity.class, Query.select().where("OWNER_ID = ?", id));
    }

    /** How many version tokens the database holds for this target: 1 while it lives, 0 once deleted. */
    int targetTokens(long id) {
        return session.count(TargetVersionEntity.class, Query.select().where("OWNER_ID = ?", id));
    }

    static Goal goal(String project, String name, LocalDate due, List<Target> targets) {
        return new Goal(0, project, Optional.empty(), "alice", name, "", due.minusMonths(3), due, "#0052CC", false,
                CREATED, CREATED, 0, targets);
    }

    static Target number(String name, String start, String target, String current) {
        return new Target(0, 0, name, new TargetKind.Numeric(), Optional.of("calls"), new BigDecimal(start),
                new BigDecimal(target), new BigDecimal(current), "bob", BigDecimal.ONE, 0);
    }
}
