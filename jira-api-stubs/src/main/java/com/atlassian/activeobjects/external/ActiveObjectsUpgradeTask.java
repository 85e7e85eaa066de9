/*
 * Compile-only stub of the Active Objects plugin's com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask
 * (interface) as Jira 11.3 ships it; never packaged. Source: JIRA-PLATFORM.md 1.12 [V, decompiled]:
 * ModelVersion getModelVersion(); void upgrade(ModelVersion currentVersion, ActiveObjects ao). AO instantiates the
 * classes named in <ao><upgradeTask>, so, unlike other Jira interfaces, kpi-jira implements this one.
 */
package com.atlassian.activeobjects.external;

public interface ActiveObjectsUpgradeTask {
    ModelVersion getModelVersion();

    void upgrade(ModelVersion currentVersion, ActiveObjects ao);
}
