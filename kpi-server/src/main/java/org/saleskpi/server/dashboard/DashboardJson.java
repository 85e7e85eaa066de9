package org.saleskpi.server.dashboard;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.saleskpi.core.dashboard.Dashboard;
import org.saleskpi.core.dashboard.GadgetInstance;
import org.saleskpi.core.dashboard.Layout;
import org.saleskpi.core.user.Directory;
import org.saleskpi.web.json.Json;
import org.saleskpi.web.json.PersonJson;

/**
 * The JSON of dashboards and their gadgets. A layout is {@code one-column}, {@code two-columns} or
 * {@code three-columns}; preferences are an object of texts, stored as the JSON text of it.
 */
final class DashboardJson {
    static final List<String> LAYOUTS = java.util.Arrays.stream(Layout.values()).map(DashboardJson::key).toList();

    private final Directory directory;

    DashboardJson(Directory directory) {
        this.directory = directory;
    }

    static String key(Layout layout) {
        return layout.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Layout layout(String key) {
        return Layout.valueOf(key.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    static String preferencesText(Map<String, String> preferences) {
        return preferences.isEmpty() ? "" : Json.gson().toJson(preferences);
    }

    Map<String, Object> summary(Dashboard dashboard) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", dashboard.id());
        json.put("version", dashboard.version());
        json.put("name", dashboard.name());
        json.put("layout", key(dashboard.layout()));
        json.put("columns", dashboard.layout().columns());
        json.put("owner", PersonJson.of(directory, dashboard.ownerKey()));
        return json;
    }

    /** With what the caller may do with it and whether they starred it. */
    Map<String, Object> summary(Dashboard dashboard, Reach reach, boolean favourite) {
        Map<String, Object> json = summary(dashboard);
        json.put("access", reach.json());
        json.put("favourite", favourite);
        return json;
    }

    /**
     * @param sight what the viewer sees of the issues each gadget counts: its {@code seen} (whether it has figures
     *     for the viewer) and {@code sight} ({@code all}, {@code some}, {@code no-project} or {@code no-goal})
     */
    Map<String, Object> detail(Dashboard dashboard, List<GadgetInstance> gadgets,
            Function<GadgetInstance, GadgetSight.Sight> sight) {
        Map<String, Object> json = summary(dashboard);
        json.put("gadgets", gadgets.stream().map(gadget -> {
            Map<String, Object> item = gadget(gadget);
            GadgetSight.Sight seen = sight.apply(gadget);
            item.put("seen", seen.seen());
            item.put("sight", seen.key());
            return item;
        }).toList());
        return json;
    }

    /** {@code {"project","role","rights"}} or {@code {"user","person":{..},"rights"}}. */
    Map<String, Object> share(Share share) {
        Map<String, Object> json = new LinkedHashMap<>();
        share.projectKey().ifPresent(key -> json.put("project", key));
        share.role().ifPresent(role -> json.put("role", role.json()));
        share.userKey().ifPresent(key -> {
            json.put("user", key);
            json.put("person", PersonJson.of(directory, key));
        });
        json.put("rights", share.rights().name().toLowerCase(Locale.ROOT));
        return json;
    }

    static Map<String, Object> gadget(GadgetInstance gadget) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", gadget.id());
        json.put("version", gadget.version());
        json.put("dashboardId", gadget.dashboardId());
        json.put("type", gadget.gadgetType());
        json.put("column", gadget.column());
        json.put("position", gadget.position());
        json.put("preferences", gadget.preferencesJson().isEmpty() ? new JsonObject()
                : JsonParser.parseString(gadget.preferencesJson()));
        return json;
    }
}
