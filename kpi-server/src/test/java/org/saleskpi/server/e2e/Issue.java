package org.saleskpi.server.e2e;

import com.google.gson.Gson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /issues} for one issue, built the way the tests' books read: key, type
 * and status first, then who and when. A resolved issue is in the done category with resolution
 * Done; an open one is in progress. Days are at 10:00 UTC, resolutions at 15:00 UTC.
 */
final class Issue {
    private final String key;
    private final String type;
    private final String status;
    private String assignee;
    private String created;
    private String resolved;
    private final List<String> labels = new ArrayList<>();
    private final Map<String, Object> custom = new LinkedHashMap<>();

    private Issue(String key, String type, String status) {
        this.key = key;
        this.type = type;
        this.status = status;
    }

    static Issue issue(String key, String type, String status) {
        return new Issue(key, type, status);
    }

    String key() {
        return key;
    }

    Issue by(String rep) {
        assignee = rep;
        return this;
    }

    /** Created on this day (YYYY-MM-DD). */
    Issue created(String day) {
        created = day + "T10:00:00Z";
        return this;
    }

    /** Resolved on this day (YYYY-MM-DD). */
    Issue resolved(String day) {
        resolved = day + "T15:00:00Z";
        return this;
    }

    Issue label(String label) {
        labels.add(label);
        return this;
    }

    /** A custom field's value by its id: a number or a text. */
    Issue field(String id, Object value) {
        custom.put(id, value);
        return this;
    }

    String json() {
        List<Object> fields = new ArrayList<>(List.of("project", key.substring(0, key.indexOf('-')),
                "issuetype", type, "status", status, "statusCategory", resolved == null ? "indeterminate" : "done",
                "summary", type + " " + key));
        if (assignee != null) {
            fields.addAll(List.of("assignee", assignee));
        }
        fields.addAll(List.of("created", created));
        if (resolved != null) {
            fields.addAll(List.of("resolution", "Done", "resolutiondate", resolved));
        }
        if (!labels.isEmpty()) {
            fields.addAll(List.of("labels", new Api.Raw(new Gson().toJson(labels))));
        }
        custom.forEach((id, value) -> fields.addAll(List.of(id, value)));
        return Api.json("key", key, "fields", new Api.Raw(Api.json(fields.toArray())));
    }
}
