/*
 * Compile-only stub of SAL's com.atlassian.sal.api.pluginsettings.PluginSettings (interface); never packaged.
 * VERIFIED (kind, package, the three members and their erasures): cures-hub/cures-condec-jira, built against
 * Jira 8.20, src/test/java/.../mocks/MockPluginSettings.java at 012818c implements exactly get, put and remove;
 * get and put in use on Jira 11 (atlassian-labs/atlassian-slack-integration-server at 94c50dc,
 * DefaultPluginConfigurationManager.java, which stores booleans as the String of Boolean.toString).
 * Values are String, List<String> or Map<String, String> (JIRA-PLATFORM.md 1.11, UNVERIFIED); this app stores
 * Strings only, as the Slack app does.
 */
package com.atlassian.sal.api.pluginsettings;

public interface PluginSettings {

    Object get(String key);

    Object put(String key, Object value);

    Object remove(String key);
}
