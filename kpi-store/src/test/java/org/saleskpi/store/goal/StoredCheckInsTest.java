package org.saleskpi.store.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.EntityManager;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.saleskpi.core.goal.ConflictException;
import org.saleskpi.core.goal.Goal;
import org.saleskpi.core.goal.GoalInput;
import org.saleskpi.core.goal.checkin.CheckIn;
import org.saleskpi.core.goal.checkin.CheckInCadence;
import org.saleskpi.core.goal.checkin.CheckInStatus;
import org.saleskpi.store.AoSession;
import org.saleskpi.store.Database;
import org.saleskpi.store.EntityManagerSession;
import org.saleskpi.store.JdbcSchema;
import org.saleskpi.store.StoreSchema;
import org.saleskpi.store.upgrade.ModelVersion;
import org.saleskpi.store.upgrade.SchemaUpgrade;
import org.saleskpi.store.upgrade.v1.CreateV1Schema;
import org.saleskpi.store.upgrade.v1.GoalV1;
import org.saleskpi.store.upgrade.v1.GoalVersionV1;
import org.saleskpi.store.upgrade.v2.AddPipelineSettings;
import org.saleskpi.store.upgrade.v3.AddKeySelections;

/** Check-ins and check-in cadences on each real database, and a store of model version 3 upgraded to them. */
class StoredCheckInsTest {
    private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");

    @ParameterizedTest
    @EnumSource(Database.class)
    void checkInsReadBackNewestFirstAndOtherNodesSeeTheLatestAtOnce(Database database) {
        Store store = Store.open(database);
        StoredCheckIns checkIns = new StoredCheckIns(store.session());
        Goal goal = store.goals().create(Store.goal("SALES", "Win Q1", LocalDate.of(2026, 3, 31), List.of()));
        Goal quiet = store.goals().create(Store.goal("SALES", "Quiet", LocalDate.of(2026, 3, 31), List.of()));
        String text = "営業: two deals slipped to April 🚀 " + "x".repeat(CheckIn.MAX_TEXT_LENGTH - 40);

        CheckIn first = checkIns.create(CheckIn.write(goal.id(), "alice", CheckInStatus.ON_TRACK, "Fine", MONDAY));
        // The same millisecond: the later insert is the newer.
        CheckIn second = checkIns.create(CheckIn.write(goal.id(), "bob", CheckInStatus.AT_RISK, text, MONDAY));
        CheckIn third = checkIns.create(CheckIn.write(goal.id(), "alice", CheckInStatus.OFF_TRACK, "Lost ACME",
                MONDAY.plusSeconds(86_400)));

        assertThat(checkIns.ofGoal(goal.id())).containsExactly(third, second, first);
        assertThat(second.text()).isEqualTo(text.strip());
        assertThat(checkIns.ofGoal(quiet.id())).isEmpty();
        // A second node on the same database reads what this one wrote.
        StoredCheckIns otherNode = new StoredCheckIns(store.secondWriter(database).session());
        assertThat(otherNode.latest(List.of(goal.id(), quiet.id())))
                .isEqualTo(Map.of(goal.id(), MONDAY.plusSeconds(86_400)));
        assertThat(otherNode.ofGoal(goal.id())).containsExactly(third, second, first);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aDeletedGoalTakesItsCheckInsAndTakesNoNewOnes(Database database) {
        Store store = Store.open(database);
        StoredCheckIns checkIns = new StoredCheckIns(store.session());
        Goal goal = store.goals().create(Store.goal("SALES", "Win Q1", LocalDate.of(2026, 3, 31), List.of()));
        checkIns.create(CheckIn.write(goal.id(), "alice", CheckInStatus.ON_TRACK, "Fine", MONDAY));

        assertThat(store.goals().delete(goal.id())).isTrue();

        assertThat(checkIns.ofGoal(goal.id())).isEmpty();
        assertThatThrownBy(() -> checkIns.create(CheckIn.write(goal.id(), "alice", CheckInStatus.ON_TRACK, "Late",
                MONDAY))).isInstanceOf(ConflictException.class);
        assertThat(checkIns.ofGoal(goal.id())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aGoalKeepsItsCadenceNewGoalsAreWeekly(Database database) {
        Store store = Store.open(database);
        Goal weekly = store.goals().create(Store.goal("SALES", "Weekly", LocalDate.of(2026, 3, 31), List.of()));
        assertThat(store.goals().get(weekly.id()).orElseThrow().checkInCadence()).isEqualTo(CheckInCadence.WEEKLY);

        Goal monthly = store.goals().update(weekly.edit(new GoalInput(null, "alice", "Weekly", "",
                weekly.startDate(), weekly.dueDate(), weekly.colour(), Optional.of(CheckInCadence.MONTHLY)), MONDAY));

        assertThat(store.goals().get(weekly.id())).contains(monthly);
        assertThat(monthly.checkInCadence()).isEqualTo(CheckInCadence.MONTHLY);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void goalsOfModelVersionThreeHaveNoCadenceAfterTheUpgrade(Database database) throws SQLException {
        EntityManager manager = database.open();
        AoSession session = new EntityManagerSession(manager);
        assertThat(new SchemaUpgrade(session, List.of(new CreateV1Schema(), new AddPipelineSettings(),
                new AddKeySelections()), StoreSchema.ENTITIES.subList(0, StoreSchema.ENTITIES.size() - 1)).run())
                .isEqualTo(ModelVersion.valueOf("3"));
        long old = goalOfVersionThree(session);

        assertThat(StoreSchema.schemaUpgrade(session).run()).isEqualTo(ModelVersion.valueOf("4"));

        Store store = Store.over(manager, session);
        Goal read = store.goals().get(old).orElseThrow();
        assertThat(read.checkInCadence()).isEqualTo(CheckInCadence.NONE);
        assertThat(read.name()).isEqualTo("Old goal");
        assertThat(read.version()).isEqualTo(2);
        assertThat(new StoredCheckIns(session).ofGoal(old)).isEmpty();
        // The upgraded tables are those a new store gets.
        EntityManager fresh = database.open();
        StoreSchema.schemaUpgrade(new EntityManagerSession(fresh)).run();
        assertThat(JdbcSchema.of(manager)).isEqualTo(JdbcSchema.of(fresh));
    }

    /** A goal in the columns release 3 wrote (version 1's goal table). */
    private static long goalOfVersionThree(AoSession session) {
        Map<String, Object> values = new HashMap<>();
        values.put("PROJECT_KEY", "SALES");
        values.put("OWNER_KEY", "alice");
        values.put("NAME", "Old goal");
        values.put("DESCRIPTION", "");
        values.put("START_DATE", "2026-01-01");
        values.put("DUE_DATE", "2026-12-31");
        values.put("COLOUR", "#0052CC");
        values.put("ARCHIVED", false);
        values.put("CREATED_AT", MONDAY.toEpochMilli());
        values.put("UPDATED_AT", MONDAY.toEpochMilli());
        values.put("ROW_VERSION", 2L);
        GoalV1 row = session.create(GoalV1.class, values);
        session.create(GoalVersionV1.class, Map.of("OWNER_ID", (long) row.getID(), "ROW_VERSION", 2L));
        return row.getID();
    }
}
