package org.saleskpi.jira;

import com.atlassian.jira.bc.user.search.UserSearchParams;
import com.atlassian.jira.bc.user.search.UserSearchService;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.saleskpi.core.jql.JqlPeople;

/**
 * The people a user value in JQL on the node's cache names, as Jira's JQL reads them: the user with that username
 * (one lookup), else those Jira's user search finds by the start of username, full name or e-mail address, active
 * or not (an inactive rep still holds deals), of whom the JQL keeps the exact matches. Jira's stubbed
 * {@code ApplicationUser} has no e-mail getter, so a person named by e-mail is found only when it is their username.
 */
public final class JiraJqlPeople implements JqlPeople {
    /** Candidates per value: a name shared by more people than this is rare, and the JQL keeps exact matches. */
    public static final int MAX_CANDIDATES = 100;

    private final UserManager users;
    private final UserSearchService userSearch;

    @Inject
    public JiraJqlPeople(UserManager users, UserSearchService userSearch) {
        this.users = Objects.requireNonNull(users, "users");
        this.userSearch = Objects.requireNonNull(userSearch, "userSearch");
    }

    @Override
    public List<Person> candidates(String value) {
        ApplicationUser byName = users.getUserByName(value);
        if (byName != null) {
            return List.of(person(byName));
        }
        UserSearchParams params = new UserSearchParams.Builder().includeActive(true).includeInactive(true)
                .maxResults(Integer.valueOf(MAX_CANDIDATES)).build();
        List<Person> found = new ArrayList<>();
        List<ApplicationUser> matches = userSearch.findUsers(value, params);
        for (ApplicationUser user : matches == null ? List.<ApplicationUser>of() : matches) {
            if (user != null) {
                found.add(person(user));
            }
        }
        return found;
    }

    private static Person person(ApplicationUser user) {
        String name = user.getDisplayName();
        return new Person(user.getKey(), user.getUsername(), name == null ? user.getUsername() : name,
                Optional.empty());
    }
}
