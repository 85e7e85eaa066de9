package org.saleskpi.server.fakejira;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One issue of the fake site as it is now. {@code fields} are keyed by Jira field id and hold plain
 * values the fake renders per kind: {@code summary}, {@code status} (status name), {@code resolution}
 * (name or absent), {@code issuetype} (name), {@code project} (key), {@code priority} (name),
 * {@code labels} (list of text), {@code assignee}/{@code reporter}/{@code creator} (account id or
 * absent), {@code created}/{@code updated}/{@code resolutiondate} ({@link Instant}), and the custom
 * fields of {@link FakeSite#fields()}: numbers as {@link Double}, dates as {@link java.time.LocalDate},
 * options and text as {@link String}. {@code changelog} is oldest first; {@code securityLevel} is the
 * issue security level's id or null.
 */
public record FakeIssue(String id, String key, String project, String issueType, Map<String, Object> fields,
        List<FakeChangeGroup> changelog, Long securityLevel) {

    public FakeIssue {
        fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
        changelog = List.copyOf(changelog);
    }

    public long numericId() {
        return Long.parseLong(id);
    }

    /** The number after the project key: 12 for {@code DEAL-12}. */
    public int keyNumber() {
        return Integer.parseInt(key.substring(key.indexOf('-') + 1));
    }

    public Instant created() {
        return (Instant) fields.get("created");
    }

    public Instant updated() {
        return (Instant) fields.get("updated");
    }

    public Object field(String fieldId) {
        return fields.get(fieldId);
    }
}
