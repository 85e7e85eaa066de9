package org.saleskpi.store.goal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Entity;
import net.java.ao.Query;
import org.saleskpi.core.goal.Goal;
import org.saleskpi.core.goal.GoalFolder;
import org.saleskpi.core.goal.Target;
import org.saleskpi.core.goal.TargetKind;
import org.saleskpi.core.goal.ValueChange;
import org.saleskpi.core.goal.checkin.CheckIn;
import org.saleskpi.core.goal.checkin.CheckInCadence;
import org.saleskpi.core.goal.checkin.CheckInStatus;
import org.saleskpi.store.AoSession;
import org.saleskpi.store.entity.CheckInEntity;
import org.saleskpi.store.entity.GoalEntity;
import org.saleskpi.store.entity.GoalFolderEntity;
import org.saleskpi.store.entity.TargetEntity;
import org.saleskpi.store.entity.ValueChangeEntity;

/**
 * Translation between AO rows and core's records, so no AO proxy leaves the store: decimals as
 * plain text, dates as ISO text, instants as epoch milliseconds.
 */
final class Rows {

    private Rows() {
    }

    /** AO's {@code Entity} ids are ints; a larger id cannot name a stored row. */
    static Optional<Integer> entityId(long id) {
        return id > 0 && id <= Integer.MAX_VALUE ? Optional.of((int) id) : Optional.empty();
    }

    /** The row with this id, read by a query because {@code get} does not say whether the row exists. */
    static <T extends Entity> Optional<T> byId(AoSession session, Class<T> type, long id) {
        return entityId(id).flatMap(key -> Arrays.stream(session.find(type, Query.select().where("ID = ?", key)))
                .findFirst());
    }

    static Goal goal(GoalEntity row, List<Target> targets) {
        return new Goal(row.getID(), row.getProjectKey(), Optional.ofNullable(row.getFolderId()), row.getOwnerKey(),
                row.getName(), row.getDescription(), LocalDate.parse(row.getStartDate()),
                LocalDate.parse(row.getDueDate()), row.getColour(), row.isArchived(),
                Instant.ofEpochMilli(row.getCreatedAt()), Instant.ofEpochMilli(row.getUpdatedAt()),
                row.getRowVersion(), targets, cadence(row.getCheckInCadence()));
    }

    /** A goal stored before model version 4 has no cadence (ADR 0062). */
    private static CheckInCadence cadence(String key) {
        return key == null ? CheckInCadence.NONE : CheckInCadence.ofKey(key)
                .orElseThrow(() -> new IllegalStateException("unknown check-in cadence " + key));
    }

    /** The goal's own columns, as {@code create} takes them and {@link #write(GoalEntity, Goal)} sets them. */
    static Map<String, Object> goalColumns(Goal goal, long version) {
        Map<String, Object> values = new HashMap<>();
        values.put("PROJECT_KEY", goal.projectKey());
        values.put("FOLDER_ID", goal.folderId().orElse(null));
        values.put("OWNER_KEY", goal.ownerKey());
        values.put("NAME", goal.name());
        values.put("DESCRIPTION", goal.description());
        values.put("START_DATE", goal.startDate().toString());
        values.put("DUE_DATE", goal.dueDate().toString());
        values.put("COLOUR", goal.colour());
        values.put("ARCHIVED", goal.archived());
        values.put("CREATED_AT", goal.created().toEpochMilli());
        values.put("UPDATED_AT", goal.updated().toEpochMilli());
        values.put("ROW_VERSION", version);
        values.put("CHECK_IN_CADENCE", goal.checkInCadence().key());
        return values;
    }

    /** Sets the goal's editable fields; project and creation time never change. */
    static void write(GoalEntity row, Goal goal, long version) {
        row.setFolderId(goal.folderId().orElse(null));
        row.setOwnerKey(goal.ownerKey());
        row.setName(goal.name());
        row.setDescription(goal.description());
        row.setStartDate(goal.startDate().toString());
        row.setDueDate(goal.dueDate().toString());
        row.setColour(goal.colour());
        row.setArchived(goal.archived());
        row.setCheckInCadence(goal.checkInCadence().key());
        row.setUpdatedAt(goal.updated().toEpochMilli());
        row.setRowVersion(version);
        row.save();
    }

    static Target target(TargetEntity row) {
        TargetKind kind = TargetKind.of(row.getKind(), row.getCurrency(), row.getJql(), row.getKpiKey(),
                row.getKpiProfileId());
        return new Target(row.getID(), row.getGoalId(), row.getName(), kind, Optional.ofNullable(row.getUnitLabel()),
                new BigDecimal(row.getStartValue()), new BigDecimal(row.getTargetValue()),
                new BigDecimal(row.getCurrentValue()), row.getOwnerKey(), new BigDecimal(row.getWeight()),
                row.getRowVersion());
    }

    static Map<String, Object> targetColumns(Target target, long goalId, long version) {
        Map<String, Object> values = new HashMap<>();
        values.put("GOAL_ID", goalId);
        values.put("NAME", target.name());
        values.put("KIND", target.kind().key());
        values.put("CURRENCY", currency(target.kind()));
        values.put("JQL", jql(target.kind()));
        values.put("KPI_KEY", kpiKey(target.kind()));
        values.put("KPI_PROFILE_ID", kpiProfileId(target.kind()));
        values.put("UNIT_LABEL", target.unitLabel().orElse(null));
        values.put("START_VALUE", target.startValue().toPlainString());
        values.put("TARGET_VALUE", target.targetValue().toPlainString());
        values.put("CURRENT_VALUE", target.currentValue().toPlainString());
        values.put("OWNER_KEY", target.ownerKey());
        values.put("WEIGHT", target.weight().toPlainString());
        values.put("ROW_VERSION", version);
        return values;
    }

    /** Sets every field of the target but its goal, which a target never changes. */
    static void write(TargetEntity row, Target target, long version) {
        row.setName(target.name());
        row.setKind(target.kind().key());
        row.setCurrency(currency(target.kind()));
        row.setJql(jql(target.kind()));
        row.setKpiKey(kpiKey(target.kind()));
        row.setKpiProfileId(kpiProfileId(target.kind()));
        row.setUnitLabel(target.unitLabel().orElse(null));
        row.setStartValue(target.startValue().toPlainString());
        row.setTargetValue(target.targetValue().toPlainString());
        row.setCurrentValue(target.currentValue().toPlainString());
        row.setOwnerKey(target.ownerKey());
        row.setWeight(target.weight().toPlainString());
        row.setRowVersion(version);
        row.save();
    }

    static ValueChange change(ValueChangeEntity row) {
        return new ValueChange(row.getTargetId(), row.getChangedBy(), Instant.ofEpochMilli(row.getChangedAt()),
                new BigDecimal(row.getOldValue()), new BigDecimal(row.getNewValue()),
                Optional.ofNullable(row.getNote()));
    }

    static Map<String, Object> changeColumns(ValueChange change) {
        Map<String, Object> values = new HashMap<>();
        values.put("TARGET_ID", change.targetId());
        values.put("CHANGED_BY", change.changedBy());
        values.put("CHANGED_AT", change.changedAt().toEpochMilli());
        values.put("OLD_VALUE", change.oldValue().toPlainString());
        values.put("NEW_VALUE", change.newValue().toPlainString());
        values.put("NOTE", change.note().orElse(null));
        return values;
    }

    static GoalFolder folder(GoalFolderEntity row) {
        return new GoalFolder(row.getID(), row.getProjectKey(), row.getName(), Optional.ofNullable(row.getParentId()));
    }

    private static String currency(TargetKind kind) {
        return kind instanceof TargetKind.Amount amount ? amount.currency().getCurrencyCode() : null;
    }

    private static String jql(TargetKind kind) {
        return kind instanceof TargetKind.Issues issues ? issues.jql() : null;
    }

    private static String kpiKey(TargetKind kind) {
        return kind instanceof TargetKind.Kpi kpi ? kpi.kpiKey() : null;
    }

    private static Long kpiProfileId(TargetKind kind) {
        return kind instanceof TargetKind.Kpi kpi ? kpi.kpiProfileId() : null;
    }

    /** {@code ?, ?, ?} for an IN list of {@code count} parameters. */
    static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    static CheckIn checkIn(CheckInEntity row) {
        return new CheckIn(row.getID(), row.getGoalId(), row.getAuthorKey(), CheckInStatus.ofKey(row.getStatus())
                .orElseThrow(() -> new IllegalStateException("unknown check-in status " + row.getStatus())),
                row.getText(), Instant.ofEpochMilli(row.getWrittenAt()));
    }

    static Map<String, Object> checkInColumns(CheckIn checkIn) {
        Map<String, Object> values = new HashMap<>();
        values.put("GOAL_ID", checkIn.goalId());
        values.put("AUTHOR_KEY", checkIn.authorKey());
        values.put("STATUS", checkIn.status().key());
        values.put("TEXT", checkIn.text());
        values.put("WRITTEN_AT", checkIn.written().toEpochMilli());
        return values;
    }
}
