package org.saleskpi.jira;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.saleskpi.core.user.Directory;
import org.saleskpi.core.user.UserRef;

/**
 * {@link Directory} over Jira's {@link UserManager}. This increment finds people by exact username or key,
 * the lookups JIRA-PLATFORM.md documents; substring search (Jira's UserSearchService) is for a later one.
 */
public final class JiraDirectory implements Directory {
    /** A picker shows a screenful; larger limits are cut to this. */
    public static final int MAX_RESULTS = 100;

    private final UserManager userManager;
    private final JiraUsers users;

    public JiraDirectory(ComponentImports jira) {
        this.userManager = jira.userManager();
        this.users = new JiraUsers(userManager);
    }

    @Override
    public Optional<UserRef> find(String userKey) {
        return users.find(userKey).map(JiraUsers::ref);
    }

    @Override
    public List<UserRef> search(String text, int limit) {
        int max = Math.min(limit, MAX_RESULTS);
        String wanted = text == null ? "" : text.trim();
        List<UserRef> found = new ArrayList<>();
        if (max <= 0 || wanted.isEmpty()) {
            return found;
        }
        add(found, userManager.getUserByName(wanted), max);
        add(found, userManager.getUserByKey(wanted), max);
        return found;
    }

    private static void add(List<UserRef> found, ApplicationUser user, int max) {
        if (user == null || found.size() >= max) {
            return;
        }
        UserRef ref = JiraUsers.ref(user);
        if (found.stream().noneMatch(f -> f.key().equals(ref.key()))) {
            found.add(ref);
        }
    }
}
