/*
 * Compile-only stub of com.atlassian.jira.permission.PermissionSchemeEntry (one grant of a permission scheme) for Jira
 * 11.3 and 10.3; never packaged. A constructor (tests only) and String getType() (the grant's type key, as for
 * issue security grants: "group", "user", "projectrole", "lead", "applicationRole", "reporter", "assignee", ...).
 * Known from use: getType() and getParameter() called on the entries of getPermissionSchemeEntries in Zephyr's
 * ZephyrPermissionQueryFactoryImpl and in public ScriptRunner scripts (code search).
 * UNVERIFIED: that it is a class (not an interface; it decides invokevirtual or invokeinterface, JIRA-PLATFORM.md
 * rule 0.2) and the constructor's parameters (tests only); no javadoc page of the type was found.
 */
package com.atlassian.jira.permission;

public class PermissionSchemeEntry {
    private final String type;

    public PermissionSchemeEntry(Long id, Long schemeId, String permissionKey, String type, String parameter) {
        this.type = type;
    }

    public String getType() {
        return type;
    }
}
