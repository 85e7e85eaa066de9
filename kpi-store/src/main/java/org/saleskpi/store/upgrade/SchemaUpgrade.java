package org.saleskpi.store.upgrade;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import org.saleskpi.store.AoSession;
import org.saleskpi.store.StoreException;

/**
 * Brings the standalone server's store to the current data model at start-up, the way Jira's
 * Active Objects plugin does for the {@code <ao>} module: the tasks newer than the stored model
 * version run in version order, each in one transaction with the recording of its version, and
 * then the current entities are migrated.
 *
 * <p>A failing task rolls back with its version record, so the store stays at the last task that
 * completed and the failed one runs again at the next start.
 *
 * <p>In Jira the Active Objects plugin does all of this itself and keeps the model version in its
 * plugin settings (key {@code AO_xxxxxx_#}); the Jira host only declares one
 * {@code ActiveObjectsUpgradeTask} per {@link UpgradeTask} in the {@code <ao>} module, each
 * converting the versions with {@code ModelVersion.valueOf(version.toString())} and wrapping
 * {@code ActiveObjects} in an {@link AoSession}. This class is not used there.
 */
public final class SchemaUpgrade {
    private final AoSession session;
    private final List<UpgradeTask> tasks;
    private final List<Class<? extends RawEntity<?>>> entities;

    /**
     * @param tasks every upgrade task of this release, in any order, one per version
     * @param entities the current entities, migrated once the tasks have run
     */
    public SchemaUpgrade(AoSession session, List<? extends UpgradeTask> tasks,
            List<Class<? extends RawEntity<?>>> entities) {
        this.session = session;
        List<UpgradeTask> sorted = new ArrayList<>(tasks);
        sorted.sort(Comparator.comparing(UpgradeTask::getModelVersion));
        this.tasks = List.copyOf(sorted);
        this.entities = List.copyOf(entities);
        for (int i = 1; i < this.tasks.size(); i++) {
            ModelVersion version = this.tasks.get(i).getModelVersion();
            if (version.isSame(this.tasks.get(i - 1).getModelVersion())) {
                throw new IllegalArgumentException("two upgrade tasks for model version " + version);
            }
        }
    }

    /** The newest version these tasks reach: what a fully upgraded store records. */
    public ModelVersion latest() {
        return tasks.isEmpty() ? ModelVersion.ZERO : tasks.get(tasks.size() - 1).getModelVersion();
    }

    /** Runs the tasks the store has not run yet, then migrates the entities; gives the version reached. */
    public ModelVersion run() {
        ModelVersion current = storedVersion();
        if (current.isNewerThan(latest())) {
            // An older server would write rows the newer model no longer reads the same way.
            throw new IllegalStateException("the store is at model version " + current + ", newer than this release's "
                    + latest() + "; run a release that knows it");
        }
        for (UpgradeTask task : tasks) {
            if (current.isOlderThan(task.getModelVersion())) {
                current = runInTransaction(task, current);
            }
        }
        migrate(entities);
        return current;
    }

    /**
     * The version the store last recorded, {@link ModelVersion#ZERO} for a store that never ran a
     * task; creates the table that records it on first use.
     */
    public ModelVersion storedVersion() {
        migrate(List.of(ModelVersionEntity.class));
        ModelVersionEntity[] rows = session.find(ModelVersionEntity.class, Query.select());
        if (rows.length > 1) {
            throw new IllegalStateException("the store records " + rows.length + " model versions instead of one");
        }
        return rows.length == 0 ? ModelVersion.ZERO : ModelVersion.valueOf(rows[0].getModelVersion());
    }

    private ModelVersion runInTransaction(UpgradeTask task, ModelVersion current) {
        ModelVersion target = task.getModelVersion();
        try {
            return session.inTransaction(() -> {
                task.upgrade(current, session);
                record(current, target);
                return target;
            });
        } catch (RuntimeException e) {
            throw new StoreException("upgrade to model version " + target + " (" + task.getClass().getSimpleName()
                    + ") failed; the store stays at model version " + current + ": " + e.getMessage(), e);
        }
    }

    /**
     * Replaces the recorded version only if it is still {@code previous}: of two nodes running the
     * same task at once, one commits and the other fails here (or on the unique version) and rolls
     * back. A guard for the shared database, not a lock: the loser's start-up fails.
     */
    private void record(ModelVersion previous, ModelVersion next) {
        boolean replaced = previous.isSame(ModelVersion.ZERO)
                ? session.count(ModelVersionEntity.class, Query.select()) == 0
                : session.deleteWithSQL(ModelVersionEntity.class, "MODEL_VERSION = ?", previous.toString()) == 1;
        if (!replaced) {
            throw new IllegalStateException("the recorded model version is no longer " + previous
                    + "; another node is upgrading the store");
        }
        session.create(ModelVersionEntity.class, Map.of("MODEL_VERSION", next.toString()));
    }

    // AoSession.migrate takes an array of generic classes, which Java can only build raw.
    @SuppressWarnings({"unchecked", "rawtypes"})
    private void migrate(List<Class<? extends RawEntity<?>>> types) {
        session.migrate(types.toArray(new Class[0]));
    }
}
