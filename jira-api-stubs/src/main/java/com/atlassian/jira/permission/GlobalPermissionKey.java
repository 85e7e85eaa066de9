/*
 * Compile-only stub of com.atlassian.jira.permission.GlobalPermissionKey (final class, since 6.2.5) for Jira 11.3
 * and 10.3; never packaged. Only the constant ADMINISTER, whose field type GlobalPermissionKey is what a getstatic
 * links against (rule 0.3).
 * VERIFIED in a Jira 6.x jira-api source copy, turgaycelik/mysource@ee01e28, jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/permission/GlobalPermissionKey.java (found
 * with find_string "public final class GlobalPermissionKey"): a final class whose ADMINISTER (also SYSTEM_ADMIN,
 * USE, ...) is a public static final GlobalPermissionKey. atlassian-slack-integration-server uses
 * GlobalPermissionKey.ADMINISTER on Jira 10.7 (JIRA-PLATFORM.md 1.8).
 * UNVERIFIED for 11 (no 11 javadoc page found). toString() is here only for readable test failures.
 */
package com.atlassian.jira.permission;

public final class GlobalPermissionKey {
    public static final GlobalPermissionKey ADMINISTER = new GlobalPermissionKey("ADMINISTER");

    private final String key;

    private GlobalPermissionKey(String key) {
        this.key = key;
    }

    @Override
    public String toString() {
        return key;
    }
}
