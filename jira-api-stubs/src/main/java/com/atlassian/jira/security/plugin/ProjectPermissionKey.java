/*
 * Compile-only stub of Jira 11.3 com.atlassian.jira.security.plugin.ProjectPermissionKey (class); never packaged.
 * VERIFIED (the package was [U] in JIRA-PLATFORM.md 1.8): the public copy of jira-api's ProjectPermissions found
 * with the code search imports this class and builds its constants with new ProjectPermissionKey(String).
 * equals/hashCode by key exist so that tests can compare keys.
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
