package org.saleskpi.jira.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.saleskpi.jira.mail.SharedDashboards.item;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Reading a Jira dashboard as one user through Jira's dashboard service (a double answering as Jira documents):
 * only a dashboard Jira shares with them, only the app's items on it, each with the preferences it saved.
 */
class JiraDashboardsTest {
    private final SharedDashboards jira = new SharedDashboards("bob", "carol");

    @Test
    void theAppsItemsAreReadInPageOrderWithTheirSavedPreferencesAndJirasOwnGadgetsAreLeftOut() {
        jira.dashboard(10100, "Sales board", Set.of("bob"), List.of(
                List.of(item(1, Map.of("saleskpiGadget", "calculation", "kpi", "won-revenue", "title", "Won")),
                        item(2, Map.of("filterId", "filter-10000", "isConfigured", "true"))),
                List.of(item(3, Map.of("saleskpiGadget", "leaderboard", "profile", "7")))));

        JiraDashboards.Seen seen = jira.dashboards().seenBy("bob", 10100).orElseThrow();

        assertThat(seen.name()).isEqualTo("Sales board");
        assertThat(seen.items()).extracting(JiraDashboards.Item::id, JiraDashboards.Item::gadgetType)
                .containsExactly(tuple(1L, "calculation"), tuple(3L, "leaderboard"));
        // The type's marker is the app's own: the gadget reads only its options.
        assertThat(seen.items().get(0).preferences()).containsExactlyInAnyOrderEntriesOf(
                Map.of("kpi", "won-revenue", "title", "Won"));
    }

    @Test
    void aDashboardJiraDoesNotShareWithTheUserOrThatDoesNotExistIsNotSeen() {
        jira.dashboard(10100, "Sales board", Set.of("bob"), List.of(List.of()));

        assertThat(jira.dashboards().seenBy("carol", 10100)).isEmpty();
        assertThat(jira.dashboards().seenBy("bob", 999)).isEmpty();
        assertThat(jira.dashboards().seenBy("nobody", 10100)).isEmpty();
        assertThat(jira.dashboards().seenBy("bob", 10100)).isPresent();

        jira.unshare(10100, "bob");
        assertThat(jira.dashboards().seenBy("bob", 10100)).isEmpty();
    }

    @Test
    void preferencesWithoutValuesOrWithoutAnyMapAreReadAsNone() {
        Map<String, String> withNull = new HashMap<>(Map.of("saleskpiGadget", "calculation"));
        withNull.put("kpi", null);
        jira.dashboard(10100, "Sales board", Set.of("bob"), List.of(List.of(item(1, withNull), item(2, null))));

        JiraDashboards.Seen seen = jira.dashboards().seenBy("bob", 10100).orElseThrow();

        assertThat(seen.items()).extracting(JiraDashboards.Item::gadgetType).containsExactly("calculation");
        assertThat(seen.items().get(0).preferences()).isEmpty();
    }
}
