package org.saleskpi.server.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.saleskpi.core.dashboard.Dashboard;
import org.saleskpi.core.dashboard.DashboardRepository;
import org.saleskpi.core.dashboard.Layout;
import org.saleskpi.core.goal.Goal;
import org.saleskpi.core.goal.PageRequest;
import org.saleskpi.core.goal.Target;
import org.saleskpi.core.goal.TargetKind;
import org.saleskpi.core.kpi.Kpi;
import org.saleskpi.core.kpi.KpiProfile;
import org.saleskpi.core.user.AccessPolicy;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.server.database.ServerSettings;
import org.saleskpi.web.json.Json;
import org.saleskpi.web.page.Messages;

/**
 * The demo's first dashboard, "Sales overview": the quarter's target attainment as a battery, the
 * goals overview, the quarter's forecast against quota and its stage funnel, won revenue by month
 * against quota, won revenue by rep against quota, who's behind and the leaderboard, over the demo's KPI profile and goal. Every user who may see the demo
 * project gets one, named and titled in their language, the first time they open the home page
 * without a dashboard of their own; a user who deletes it is not given another.
 */
public final class SalesOverview {
    /** The setting naming what the gadgets show: "profile goal target" ids, stored at the demo's first start. */
    static final String SETTING = "demo-sales-overview";
    /** Prefix of the setting recording that a user was given the dashboard (or had their own already). */
    static final String GIVEN = "sales-overview-given:";
    /** The text key of the dashboard's name; its gadgets' titles are keys under it. */
    static final String NAME = "saleskpi.dashboard.salesOverview";
    /** The version of the gadget preferences written here, as the gadget scripts read them. */
    static final String PREFERENCES_VERSION = "1";

    private final ServerSettings settings;
    private final DashboardRepository dashboards;
    private final AccessPolicy access;
    private final String projectKey;

    public SalesOverview(ServerSettings settings, DashboardRepository dashboards, AccessPolicy access,
            String projectKey) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.dashboards = Objects.requireNonNull(dashboards, "dashboards");
        this.access = Objects.requireNonNull(access, "access");
        this.projectKey = Objects.requireNonNull(projectKey, "projectKey");
    }

    /** At the demo's first start: the profile the gadgets compute with and the goal the battery shows. */
    public static void record(ServerSettings settings, KpiProfile profile, Goal goal) {
        Target revenue = goal.targets().stream()
                .filter(t -> t.kind() instanceof TargetKind.Kpi kpi && Kpi.WON_REVENUE.key().equals(kpi.kpiKey()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the demo goal has no won revenue target"));
        settings.putIfAbsent(SETTING, profile.id() + " " + goal.id() + " " + revenue.id());
    }

    /**
     * For a user opening the home page: creates their Sales overview and returns its id when this is
     * the first time and they have no dashboard yet; empty on a server without the demo, for a user
     * who may not see the demo project, and every later time.
     */
    public Optional<Long> firstVisit(UserRef user, Messages texts) {
        Optional<Setup> setup = settings.get(SETTING).map(Setup::parse);
        String given = GIVEN + user.key();
        if (setup.isEmpty() || !access.canBrowse(user, projectKey) || settings.get(given).isPresent()) {
            return Optional.empty();
        }
        boolean hasOwn = !dashboards.ofOwner(user.key(), new PageRequest(0, 1)).items().isEmpty();
        if (!settings.putIfAbsent(given, hasOwn ? "own" : "given") || hasOwn) {
            return Optional.empty();
        }
        try {
            return Optional.of(create(user.key(), setup.get(), texts).id());
        } catch (RuntimeException e) {
            settings.remove(given); // the next visit tries again
            throw e;
        }
    }

    /** The whole dashboard, or none of it: a half-made one is deleted before the failure goes on. */
    private Dashboard create(String ownerKey, Setup setup, Messages texts) {
        Dashboard dashboard = dashboards.create(Dashboard.create(ownerKey, texts.getText(NAME), Layout.TWO_COLUMNS));
        try {
            List<Placement> placements = gadgets(setup, texts);
            for (int i = 0; i < placements.size(); i++) {
                Placement placement = placements.get(i);
                dashboards.addGadget(dashboard.id(), placement.type(), placement.column(), i,
                        Json.gson().toJson(placement.preferences()));
            }
            return dashboard;
        } catch (RuntimeException e) {
            dashboards.delete(dashboard.id());
            throw e;
        }
    }

    /** The gadgets in reading order: the quarter at a glance on top, the months and reps below, then people. */
    static List<Placement> gadgets(Setup setup, Messages texts) {
        String profile = String.valueOf(setup.profileId());
        String won = Kpi.WON_REVENUE.key();
        return List.of(
                new Placement("battery", 0, preferences(profile, texts, "attainment",
                        "goal", String.valueOf(setup.goalId()), "target", String.valueOf(setup.revenueTargetId()))),
                new Placement("goals", 1, preferences(profile, texts, "goals")),
                // The quarter's likely close (KPI forecast, row 17) and how far its deals get (stage funnel, row 11).
                new Placement("forecast", 0, preferences(profile, texts, "forecast",
                        "period", "this-fiscal-quarter", "target", "quota")),
                new Placement("funnel", 1, preferences(profile, texts, "funnel", "period", "this-fiscal-quarter")),
                new Placement("line", 0, preferences(profile, texts, "revenueByMonth",
                        "kpi", won, "period", "this-fiscal-year", "bucket", "month", "target", "quota")),
                new Placement("bar", 1, preferences(profile, texts, "revenueByRep",
                        "kpi", won, "period", "this-fiscal-quarter", "target", "quota")),
                new Placement("whos-behind", 0, preferences(profile, texts, "whosBehind")),
                new Placement("leaderboard", 1, preferences(profile, texts, "leaderboard",
                        "period", "this-fiscal-quarter")));
    }

    /** A gadget's preferences: its title (the text of {@code titleKey} under {@link #NAME}), its profile and options. */
    private static Map<String, String> preferences(String profile, Messages texts, String titleKey, String... pairs) {
        Map<String, String> preferences = new LinkedHashMap<>();
        preferences.put("v", PREFERENCES_VERSION);
        preferences.put("title", texts.getText(NAME + "." + titleKey));
        preferences.put("profile", profile);
        for (int i = 0; i < pairs.length; i += 2) {
            preferences.put(pairs[i], pairs[i + 1]);
        }
        return preferences;
    }

    /** One gadget of the dashboard: its type, its column and its saved preferences. */
    record Placement(String type, int column, Map<String, String> preferences) {
    }

    /** What the demo created for the dashboard to show. */
    record Setup(long profileId, long goalId, long revenueTargetId) {
        static Setup parse(String setting) {
            String[] ids = setting.trim().split(" ");
            return new Setup(Long.parseLong(ids[0]), Long.parseLong(ids[1]), Long.parseLong(ids[2]));
        }
    }
}
