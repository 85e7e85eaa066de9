/*
 * Compile-only stub of SAL's com.atlassian.sal.api.pluginsettings.PluginSettingsFactory (interface), an OSGi
 * service Jira exports to apps; never packaged.
 * VERIFIED (kind, package, both members and their erasures): cures-hub/cures-condec-jira, built against Jira 8.20,
 * src/test/java/.../mocks/MockPluginSettingsFactory.java at 1f710d2 implements exactly these two methods;
 * in use on Jira 11: atlassian-labs/atlassian-slack-integration-server at 94c50dc (January 2026),
 * jira-slack-server-integration-plugin/.../manager/impl/DefaultPluginConfigurationManager.java calls
 * createSettingsForKey, and its ComponentImports imports the factory (JIRA-PLATFORM.md 1.11).
 * UNVERIFIED: no javadoc of Platform 8's SAL was found.
 */
package com.atlassian.sal.api.pluginsettings;

public interface PluginSettingsFactory {

    PluginSettings createSettingsForKey(String key);

    PluginSettings createGlobalSettings();
}
