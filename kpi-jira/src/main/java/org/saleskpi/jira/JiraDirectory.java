package org.saleskpi.jira;

import com.atlassian.jira.bc.user.search.UserSearchParams;
import com.atlassian.jira.bc.user.search.UserSearchService;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import org.saleskpi.core.user.Directory;
import org.saleskpi.core.user.UserRef;

/**
 * {@link Directory} over Jira: people by their stable key through Jira's user manager, and the pickers' search
 * through Jira's user search (start of username, full name or e-mail, and their words), active users only; a
 * person's search zone is their Jira time zone.
 */
public final class JiraDirectory implements Directory {
    /** A picker shows a screenful; larger limits are cut to this. */
    public static final int MAX_RESULTS = 100;

    private final UserSearchService userSearch;
    private final JiraUsers users;
    private final TimeZoneManager timeZones;

    public JiraDirectory(UserSearchService userSearch, UserManager users, TimeZoneManager timeZones) {
        this.userSearch = Objects.requireNonNull(userSearch, "userSearch");
        this.users = new JiraUsers(users);
        this.timeZones = Objects.requireNonNull(timeZones, "timeZones");
    }

    /**
     * Jira reads a JQL date literal in the searching user's time zone: the one in their profile, else the default
     * user time zone the administrator set (docs/adr/0023; the stub's header names the sources of
     * {@code TimeZoneManager}). A user Jira does not know, or no zone from Jira, gets that default.
     */
    @Override
    public Optional<ZoneId> searchZone(UserRef person) {
        TimeZone zone = users.find(person).map(timeZones::getTimeZoneforUser).orElse(null);
        if (zone == null) {
            zone = timeZones.getDefaultTimezone();
        }
        return Optional.ofNullable(zone).map(TimeZone::toZoneId);
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
        UserSearchParams params = new UserSearchParams.Builder().includeActive(true).includeInactive(false)
                .maxResults(Integer.valueOf(max)).build();
        List<ApplicationUser> matches = userSearch.findUsers(wanted, params);
        Set<String> keys = new HashSet<>();
        // The parameters already ask for active users; checking again keeps a deactivated rep out of pickers
        // whatever the search's cache holds.
        for (ApplicationUser user : matches == null ? List.<ApplicationUser>of() : matches) {
            if (found.size() >= max) {
                break;
            }
            if (user != null && user.isActive() && keys.add(user.getKey())) {
                found.add(JiraUsers.ref(user));
            }
        }
        return found;
    }
}
