package org.saleskpi.jira;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import java.util.Objects;
import java.util.Optional;
import org.saleskpi.core.user.UserRef;

/** Between the app's {@link UserRef} (keyed by Jira's stable user key) and Jira's {@link ApplicationUser}. */
final class JiraUsers {
    private final UserManager userManager;

    JiraUsers(UserManager userManager) {
        this.userManager = Objects.requireNonNull(userManager, "userManager");
    }

    Optional<ApplicationUser> find(UserRef user) {
        return user == null ? Optional.empty() : find(user.key());
    }

    Optional<ApplicationUser> find(String userKey) {
        return userKey == null || userKey.isBlank() ? Optional.empty()
                : Optional.ofNullable(userManager.getUserByKey(userKey));
    }

    static UserRef ref(ApplicationUser user) {
        String name = user.getDisplayName();
        return new UserRef(user.getKey(), name == null || name.isBlank() ? user.getKey() : name);
    }
}
