package org.saleskpi.jira.mail;

import com.atlassian.jira.bc.JiraServiceContextImpl;
import com.atlassian.jira.bc.portal.PortalPageService;
import com.atlassian.jira.portal.PortalPage;
import com.atlassian.jira.portal.PortletConfiguration;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Jira's own dashboards as one user sees them (ADR 0073), read through Jira's public {@link PortalPageService}: the
 * dashboard only if Jira shares it with that user, and the app's dashboard items on it with the preferences each saved
 * through {@code API.savePreferences}. An item is the app's when its preferences name its gadget type under
 * {@link #GADGET_TYPE}, which {@code dashboard-items.js} saves with every item's settings: Jira's own way of naming
 * an item's module returns a type this app cannot link safely (see the {@code PortletConfiguration} stub).
 */
public final class JiraDashboards {
    /** The preference in which the app's dashboard items keep their gadget type. */
    public static final String GADGET_TYPE = "saleskpiGadget";

    private final PortalPageService dashboards;
    private final UserManager users;

    @Inject
    public JiraDashboards(PortalPageService dashboards, UserManager users) {
        this.dashboards = Objects.requireNonNull(dashboards, "dashboards");
        this.users = Objects.requireNonNull(users, "users");
    }

    /**
     * The dashboard if the user may see it now: empty for an unknown user, a dashboard that does not exist, or one
     * that is not (or no longer) shared with them, which Jira's service tells apart from none only by its errors.
     */
    public Optional<Seen> seenBy(String userKey, long dashboardId) {
        ApplicationUser user = userKey == null ? null : users.getUserByKey(userKey);
        if (user == null) {
            return Optional.empty();
        }
        JiraServiceContextImpl asUser = new JiraServiceContextImpl(user);
        PortalPage page = dashboards.getPortalPage(asUser, dashboardId);
        if (page == null || asUser.getErrorCollection().hasAnyErrors()) {
            return Optional.empty();
        }
        JiraServiceContextImpl itemsAsUser = new JiraServiceContextImpl(user);
        List<List<PortletConfiguration>> columns = dashboards.getPortletConfigurations(itemsAsUser, dashboardId);
        if (columns == null || itemsAsUser.getErrorCollection().hasAnyErrors()) {
            return Optional.empty();
        }
        List<Item> items = new ArrayList<>();
        // By column, then row: the order the page shows them at one column, as the server's letters.
        for (List<PortletConfiguration> column : columns) {
            for (PortletConfiguration item : column == null ? List.<PortletConfiguration>of() : column) {
                ours(item).ifPresent(items::add);
            }
        }
        String name = page.getName() == null ? String.valueOf(dashboardId) : page.getName();
        return Optional.of(new Seen(dashboardId, name, items));
    }

    private static Optional<Item> ours(PortletConfiguration item) {
        Map<String, String> saved = item.getUserPrefs();
        String type = saved == null ? null : saved.get(GADGET_TYPE);
        if (type == null || type.isBlank()) {
            return Optional.empty();
        }
        Map<String, String> preferences = new LinkedHashMap<>();
        saved.forEach((name, value) -> {
            if (value != null && !GADGET_TYPE.equals(name)) {
                preferences.put(name, value);
            }
        });
        return Optional.of(new Item(item.getId() == null ? 0 : item.getId(), type.strip(), preferences));
    }

    /** A dashboard the user may see, with the app's items on it in page order. */
    public record Seen(long id, String name, List<Item> items) {
        public Seen {
            Objects.requireNonNull(name, "name");
            items = List.copyOf(items);
        }
    }

    /** One of the app's items: its gadget type and the preferences it saved, as text values. */
    public record Item(long id, String gadgetType, Map<String, String> preferences) {
        public Item {
            Objects.requireNonNull(gadgetType, "gadgetType");
            preferences = Map.copyOf(preferences);
        }
    }
}
