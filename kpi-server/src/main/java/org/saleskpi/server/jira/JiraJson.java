package org.saleskpi.server.jira;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Reads the shapes both kinds of Jira share: users, changelog histories, fields, projects, serverInfo.
 * Shapes as in the public fixtures of ../shared/data/jira-fixtures and the REST docs cited by the readers.
 */
final class JiraJson {

    private JiraJson() {
    }

    /** Runs a read of an answer; a shape Jira was not expected to send becomes a JiraException. */
    static <T> T read(String path, Supplier<T> reading) {
        try {
            return reading.get();
        } catch (JiraException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new JiraException(200, path, "Jira's answer at " + path + " has an unexpected shape ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    static JsonObject object(JsonElement e) {
        if (e == null || !e.isJsonObject()) {
            throw new IllegalStateException("not an object");
        }
        return e.getAsJsonObject();
    }

    static JsonArray array(JsonObject o, String name) {
        JsonElement e = o.get(name);
        if (e == null || e.isJsonNull()) {
            return new JsonArray();
        }
        return e.getAsJsonArray();
    }

    /** A text member, or null when absent or JSON null. */
    static String text(JsonObject o, String name) {
        JsonElement e = o.get(name);
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }

    static boolean flag(JsonObject o, String name, boolean absent) {
        JsonElement e = o.get(name);
        return e == null || e.isJsonNull() ? absent : e.getAsBoolean();
    }

    static int number(JsonObject o, String name, int absent) {
        JsonElement e = o.get(name);
        return e == null || e.isJsonNull() ? absent : e.getAsInt();
    }

    static JiraUser user(JsonElement e) {
        if (e == null || e.isJsonNull()) {
            return null;
        }
        JsonObject o = e.getAsJsonObject();
        return new JiraUser(text(o, "accountId"), text(o, "key"), text(o, "name"), text(o, "displayName"),
                text(o, "timeZone"), text(o, "emailAddress"));
    }

    /** One history: {@code {id, author, created, items:[{field, fieldtype, fieldId?, from, fromString, to, toString}]}}. */
    static JiraChangeGroup changeGroup(JsonObject o) {
        List<JiraChangeItem> items = new ArrayList<>();
        for (JsonElement i : array(o, "items")) {
            JsonObject item = i.getAsJsonObject();
            items.add(new JiraChangeItem(text(item, "field"), text(item, "fieldId"), text(item, "fieldtype"),
                    text(item, "from"), text(item, "fromString"), text(item, "to"), text(item, "toString")));
        }
        return new JiraChangeGroup(text(o, "id"), user(o.get("author")), JiraTimestamps.parse(text(o, "created")), items);
    }

    static List<JiraChangeGroup> changeGroups(JsonArray histories) {
        List<JiraChangeGroup> groups = new ArrayList<>();
        histories.forEach(h -> groups.add(changeGroup(h.getAsJsonObject())));
        return groups;
    }

    /**
     * One list per issue, oldest first, each history once: Cloud's expand=changelog lists the newest first,
     * the changelog endpoints the oldest first, and pages may overlap. Oldest means Jira's own order, by
     * ascending history id (jrjc's issue_valid-5.0-with-changelog.json lists history 10003 after 10002 although
     * its timestamp is earlier); histories without a numeric id go by time.
     */
    static List<JiraChangeGroup> oldestFirst(Collection<JiraChangeGroup> groups) {
        Map<String, JiraChangeGroup> byId = new LinkedHashMap<>();
        for (JiraChangeGroup g : groups) {
            byId.putIfAbsent(g.id() == null ? "@" + byId.size() : g.id(), g);
        }
        List<JiraChangeGroup> sorted = new ArrayList<>(byId.values());
        sorted.sort(Comparator.comparing(JiraJson::numericId).thenComparing(JiraChangeGroup::created));
        return sorted;
    }

    private static long numericId(JiraChangeGroup g) {
        try {
            return g.id() == null ? Long.MAX_VALUE : Long.parseLong(g.id());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    /**
     * {@code GET /rest/api/2/serverInfo}: {@code deploymentType} is "Cloud", "Server" or "DataCenter"; a
     * Jira too old to send it is a server. Source: https://developer.atlassian.com/cloud/jira/platform/rest/v2/api-group-server-info/
     * and https://docs.atlassian.com/software/jira/docs/api/REST/latest/#api/2/serverInfo (UNVERIFIED: the exact
     * DC spelling "DataCenter"; anything but "Cloud" is read as Data Center).
     */
    static ServerInfo serverInfo(JsonObject o) {
        String deployment = text(o, "deploymentType");
        JiraKind kind = deployment != null && deployment.trim().toLowerCase(Locale.ROOT).equals("cloud")
                ? JiraKind.CLOUD : JiraKind.DATA_CENTER;
        return new ServerInfo(text(o, "baseUrl"), text(o, "version"), deployment, kind);
    }

    /** {@code GET /rest/api/2/field}: {@code [{id, name, custom, schema:{type, custom}}]}. */
    static JiraField field(JsonObject o) {
        JsonElement schema = o.get("schema");
        String type = null;
        String custom = null;
        if (schema != null && schema.isJsonObject()) {
            type = text(schema.getAsJsonObject(), "type");
            custom = text(schema.getAsJsonObject(), "custom");
        }
        return new JiraField(text(o, "id"), text(o, "name"), flag(o, "custom", false), type, custom);
    }

    static JiraProject project(JsonObject o) {
        return new JiraProject(text(o, "id"), text(o, "key"), text(o, "name"));
    }
}
