package org.saleskpi.core.user;

import java.util.Optional;

/**
 * Port: who is asking and what they may do. Jira implements it over the authentication context
 * and permission managers; the standalone server over its sessions and project roles.
 */
public interface AccessPolicy {

    /** The user of the current request, or empty when anonymous. */
    Optional<UserRef> currentUser();

    /** May the user see the project's issues and goals (Jira: BROWSE_PROJECTS). */
    boolean canBrowse(UserRef user, String projectKey);

    /** May the user edit the project's goals and KPI profiles (Jira: ADMINISTER_PROJECTS). */
    boolean canAdminister(UserRef user, String projectKey);

    /**
     * May the user create and edit the project's goals and targets and enter any target's value.
     * Jira grants it with ADMINISTER_PROJECTS; the server also to its project editors.
     */
    default boolean canEditGoals(UserRef user, String projectKey) {
        return canAdminister(user, projectKey);
    }

    /** Is the user a global administrator. */
    boolean isSystemAdmin(UserRef user);
}
