package org.saleskpi.jira.mail;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.JiraServiceContext;
import com.atlassian.jira.bc.portal.PortalPageService;
import com.atlassian.jira.portal.PortalPage;
import com.atlassian.jira.portal.PortletConfiguration;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Jira's dashboard service as a Mockito double that answers as Jira's own {@code DefaultPortalPageService} does (its
 * javadoc, and its source in the public copy of Jira 6.x, turgaycelik/mysource at ee01e28): a dashboard that does not
 * exist or is not shared with the context's user is null with an error in the context, and its gadgets an empty list.
 * Users are Jira users by key.
 */
final class SharedDashboards {
    final PortalPageService service = mock(PortalPageService.class);
    final UserManager users = mock(UserManager.class);
    private final Map<Long, Board> boards = new HashMap<>();

    SharedDashboards(String... userKeys) {
        when(service.getPortalPage(any(), any())).thenAnswer(call -> {
            Board board = seen(call.getArgument(0), call.getArgument(1));
            return board == null ? null : new PortalPage(board.id, board.name);
        });
        when(service.getPortletConfigurations(any(), any())).thenAnswer(call -> {
            Board board = seen(call.getArgument(0), call.getArgument(1));
            // Jira's DefaultPortalPageService answers an empty list, not null, after its failed check.
            return board == null ? List.of() : board.columns;
        });
        when(users.getUserByKey(anyString())).thenAnswer(call -> null);
        for (String key : userKeys) {
            ApplicationUser user = mock(ApplicationUser.class, "user " + key);
            when(user.getKey()).thenReturn(key);
            when(users.getUserByKey(key)).thenReturn(user);
        }
    }

    /** A dashboard of {@code columns} (each a column of items, top to bottom), shared with {@code users}. */
    SharedDashboards dashboard(long id, String name, Set<String> sharedWith,
            List<List<PortletConfiguration>> columns) {
        boards.put(id, new Board(id, name, new HashSet<>(sharedWith), columns));
        return this;
    }

    /** The owner stops sharing the dashboard with {@code userKey}. */
    void unshare(long id, String userKey) {
        boards.get(id).sharedWith.remove(userKey);
    }

    JiraDashboards dashboards() {
        return new JiraDashboards(service, users);
    }

    /** A gadget or dashboard item with the preferences Jira stored for it. */
    static PortletConfiguration item(long id, Map<String, String> preferences) {
        PortletConfiguration item = mock(PortletConfiguration.class, "item " + id);
        when(item.getId()).thenReturn(id);
        when(item.getUserPrefs()).thenReturn(preferences);
        return item;
    }

    private Board seen(JiraServiceContext context, Long id) {
        Board board = boards.get(id);
        ApplicationUser user = context.getLoggedInApplicationUser();
        if (board == null || user == null || !board.sharedWith.contains(user.getKey())) {
            context.getErrorCollection().addErrorMessage("The dashboard does not exist or is not shared with you.");
            return null;
        }
        return board;
    }

    private record Board(long id, String name, Set<String> sharedWith, List<List<PortletConfiguration>> columns) {
    }
}
