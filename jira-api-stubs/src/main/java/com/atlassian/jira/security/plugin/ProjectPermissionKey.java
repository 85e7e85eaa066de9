/*
 * Compile-only stub of com.atlassian.jira.security.plugin.ProjectPermissionKey (final class) for Jira 11.3 and 10.3;
 * never packaged. Members: the (String) constructor, equals/hashCode by key, toString() (so that tests can compare).
 * VERIFIED (the package was [U] in JIRA-PLATFORM.md 1.8) in turgaycelik/mysource@ee01e28, jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/security/plugin/ProjectPermissionKey.java:
 * a final class with a public (String) constructor and equals/hashCode on the key; ProjectPermissions builds its
 * constants with it.
 * UNVERIFIED for 10/11 by a javadoc page (none found); code built against Jira 11.0 still passes
 * ProjectPermissions constants to PermissionManager (JIRA-PLATFORM.md 7 s6).
 */
package com.atlassian.jira.security.plugin;

public final class ProjectPermissionKey {
    private final String key;

    public ProjectPermissionKey(String key) {
        this.key = key;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProjectPermissionKey && ((ProjectPermissionKey) other).key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key;
    }
}
