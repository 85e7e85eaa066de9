package org.saleskpi.jira.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import java.util.Objects;
import org.saleskpi.jira.ActiveObjectsSession;
import org.saleskpi.store.upgrade.UpgradeTask;

/**
 * One of kpi-store's {@link UpgradeTask}s as Jira's Active Objects plugin runs it from the {@code <ao>} module:
 * AO's versions and kpi-store's are both whole numbers, converted through their text, and AO's
 * {@code ActiveObjects} becomes the store's session. AO records the version and holds the cluster lock.
 */
public abstract class StoreUpgradeTask implements ActiveObjectsUpgradeTask {
    private final UpgradeTask task;

    protected StoreUpgradeTask(UpgradeTask task) {
        this.task = Objects.requireNonNull(task, "task");
    }

    /** The store's task this one runs. */
    public final UpgradeTask storeTask() {
        return task;
    }

    @Override
    public final ModelVersion getModelVersion() {
        return ModelVersion.valueOf(task.getModelVersion().toString());
    }

    @Override
    public final void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        task.upgrade(org.saleskpi.store.upgrade.ModelVersion.valueOf(
                currentVersion == null ? null : currentVersion.toString()), new ActiveObjectsSession(ao));
    }
}
