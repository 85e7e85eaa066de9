package org.saleskpi.store.upgrade;

import org.saleskpi.store.AoSession;

/**
 * One step of the data model, from the version before it to {@link #getModelVersion()}; both hosts
 * run the same tasks.
 *
 * <p>The shape is Jira's {@code com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask}
 * ({@code ModelVersion getModelVersion()} and
 * {@code void upgrade(ModelVersion currentVersion, ActiveObjects ao)}, checked against the Active
 * Objects plugin's source, see docs/adr/0004-store-on-active-objects.md) with {@link AoSession}
 * in place of {@code ActiveObjects}. A task works on frozen copies of the entities as they were at
 * its version (package {@code upgrade.vN}), never on the live ones, which later versions change.
 */
public interface UpgradeTask {

    /** The version the model is at once this task has run; tasks run in the order of it. */
    ModelVersion getModelVersion();

    /**
     * Brings the model from {@code currentVersion} to {@link #getModelVersion()}: first migrates the
     * frozen entities of its version, then moves data in pages. Runs in one transaction with the
     * recording of its version; if it throws, it runs again at the next start.
     */
    void upgrade(ModelVersion currentVersion, AoSession session);
}
