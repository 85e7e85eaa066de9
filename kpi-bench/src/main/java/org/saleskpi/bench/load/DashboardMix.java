package org.saleskpi.bench.load;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The requests a sales team's dashboards send, each with the parameters the dashboard pages' scripts send
 * ({@code gadgets/common/base.js} asks {@code /gadgets/<type>/data} with the gadget's saved options; the issue list
 * page asks {@code /issues}): one of every gadget type, with the periods, groupings and JQL of a sales dashboard (the
 * demo's "Sales overview" among them), the fifteen KPIs of one KPI page, issue list pages by last update, and text
 * searches.
 */
final class DashboardMix {
    /** The KPI page: the first fifteen KPIs of KPI-DEFINITIONS.md, one request each. */
    static final List<String> PAGE_KPIS = List.of("won-revenue", "target-attainment", "sales-per-rep",
            "sales-cycle", "email-open-rate", "new-leads", "new-opportunities", "lead-conversion", "win-rate",
            "time-to-convert", "sales-growth", "clv", "churn-rate", "retention-rate", "cac");

    /** One kind of request: a short name for the report and the path under the REST base. */
    record Request(String kind, String path) {
    }

    private DashboardMix() {
    }

    /** The mix over the demo project's first KPI profile and first goal, as {@code caller} finds them. */
    static List<Request> of(Caller caller, String project) throws IOException, InterruptedException {
        JsonArray profiles = JsonParser.parseString(BenchUsers.expect(caller.getPatiently("/profiles?project=" + project), 200,
                "profiles").body()).getAsJsonArray();
        long profile = profiles.get(0).getAsJsonObject().get("id").getAsLong();
        JsonArray goals = BenchUsers.object(BenchUsers.expect(caller.getPatiently("/goals?project=" + project), 200, "goals"))
                .getAsJsonArray("goals");
        long goal = goals.get(0).getAsJsonObject().get("id").getAsLong();
        return of(project, profile, goal);
    }

    static List<Request> of(String project, long profile, long goal) {
        String p = "profile=" + profile;
        String team = q("assignee in (rep01, rep02, rep03, rep04)");
        List<Request> mix = new ArrayList<>();
        // The demo's Sales overview (SalesOverview.gadgets), as saved.
        mix.add(new Request("gadget-battery", "/gadgets/battery/data?" + p + "&goal=" + goal));
        mix.add(new Request("gadget-goals", "/gadgets/goals/data?" + p));
        mix.add(new Request("gadget-forecast", "/gadgets/forecast/data?" + p
                + "&period=this-fiscal-quarter&target=quota"));
        mix.add(new Request("gadget-funnel", "/gadgets/funnel/data?" + p + "&period=this-fiscal-quarter"));
        mix.add(new Request("gadget-line", "/gadgets/line/data?" + p
                + "&kpi=won-revenue&period=this-fiscal-year&bucket=month&target=quota"));
        mix.add(new Request("gadget-bar", "/gadgets/bar/data?" + p
                + "&kpi=won-revenue&period=this-fiscal-quarter&target=quota"));
        mix.add(new Request("gadget-whos-behind", "/gadgets/whos-behind/data?" + p));
        mix.add(new Request("gadget-leaderboard", "/gadgets/leaderboard/data?" + p + "&period=this-fiscal-quarter"));
        // A team lead's dashboard: the other types, some over the team's deals.
        mix.add(new Request("gadget-pie", "/gadgets/pie/data?" + p + "&kpi=won-revenue&period=this-quarter&topN=8"));
        mix.add(new Request("gadget-table", "/gadgets/table/data?" + p + "&jql=" + team
                + "&kpi=won-revenue&kpi=win-rate&kpi=new-opportunities&period=this-quarter"));
        mix.add(new Request("gadget-calculation", "/gadgets/calculation/data?" + p
                + "&kpi=won-revenue&period=this-month"));
        mix.add(new Request("gadget-kpi-list", "/gadgets/kpi-list/data?" + p
                + "&kpi=won-revenue&kpi=win-rate&kpi=new-leads&period=this-month"));
        mix.add(new Request("gadget-pipeline-trend", "/gadgets/pipeline-trend/data?" + p
                + "&period=this-year&bucket=week"));
        mix.add(new Request("gadget-pipeline-movement", "/gadgets/pipeline-movement/data?" + p
                + "&period=this-month"));
        mix.add(new Request("gadget-time-in-stage", "/gadgets/time-in-stage/data?" + p + "&period=this-quarter"));
        mix.add(new Request("gadget-completed", "/gadgets/completed/data?" + p + "&jql=" + team
                + "&period=this-quarter&bucket=week"));
        mix.add(new Request("gadget-worked-on", "/gadgets/worked-on/data?" + p + "&period=this-quarter&bucket=week"));
        for (String kpi : PAGE_KPIS) {
            mix.add(new Request("kpi-" + kpi, "/kpis/" + kpi + "?" + p + "&period=this-quarter"));
        }
        String deals = "project = " + project + " AND issuetype in (Opportunity, Deal)";
        mix.add(new Request("issues-updated", "/issues?jql=" + q("project = " + project + " ORDER BY updated DESC")
                + "&startAt=0&maxResults=50"));
        mix.add(new Request("issues-updated-page-3", "/issues?jql=" + q("project = " + project
                + " ORDER BY updated DESC") + "&startAt=100&maxResults=50"));
        mix.add(new Request("issues-open-deals", "/issues?jql=" + q(deals
                + " AND statusCategory != Done ORDER BY updated DESC") + "&startAt=0&maxResults=50"));
        mix.add(new Request("issues-text", "/issues?jql=" + q(deals + " AND summary ~ \"renewal\" ORDER BY updated"
                + " DESC") + "&startAt=0&maxResults=50"));
        mix.add(new Request("issues-text-any", "/issues?jql=" + q("project = " + project
                + " AND text ~ \"trade fair\"") + "&startAt=0&maxResults=50"));
        return List.copyOf(mix);
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
