/*
 * Compile-only stub of Jira 11.3 com.atlassian.jira.permission.GlobalPermissionKey (final class); never packaged.
 * VERIFIED against a public copy of jira-api source (@since 6.2.5) found with the code search: a final class
 * whose ADMINISTER constant is a `public static final GlobalPermissionKey`, and whose javadoc points at
 * GlobalPermissionManager#hasPermission(GlobalPermissionKey, ApplicationUser).
 */
package com.atlassian.jira.permission;

public final class GlobalPermissionKey {
    public static final GlobalPermissionKey ADMINISTER = new GlobalPermissionKey("ADMINISTER");

    private final String key;

    private GlobalPermissionKey(String key) {
        this.key = key;
    }

    public String getKey() {
        return key;
    }

    @Override
    public String toString() {
        return key;
    }
}
