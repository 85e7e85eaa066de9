package org.saleskpi.server.e2e;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * JSON bodies built from a fuzzer's bytes: well-formed, with the member names our request bodies use, so the
 * fuzzer reaches the validation of each field instead of stopping at the JSON parser; values of every JSON type,
 * including the awkward ones (huge and tiny numbers, dates that are almost dates, deep nesting).
 */
final class FuzzedJson {
    /** Member names of the request bodies (goals, targets, dashboards, gadgets, profiles, issues, users...). */
    static final String[] NAMES = {"name", "project", "type", "column", "row", "height", "value", "note", "profileId",
        "profile", "repKey", "startDate", "endDate", "period", "username", "password", "displayName", "email",
        "role", "key", "fields", "summary", "status", "statusCategory", "assignee", "reporter", "created", "updated",
        "resolutiondate", "duedate", "labels", "jql", "kpi", "goalId", "folderId", "parentId", "targets", "target",
        "owner", "unit", "start", "end", "cadence", "options", "title", "columns", "gadgets", "layout", "version",
        "issueTypes", "statuses", "dealType", "wonStatuses", "lostStatuses", "amountField", "closeDateField",
        "customfield_10000", "label", "expiresInDays", "token", "url", "kind", "intervalMinutes", "lookBackMinutes",
        "enabled", "permissionMode", "description", "currency", "fiscalYearStart", "timeZone", "language"};

    private FuzzedJson() {
    }

    static String object(FuzzedDataProvider data) {
        StringWriter text = new StringWriter();
        try (JsonWriter json = new JsonWriter(text)) {
            json.setLenient(true);
            object(data, json, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static void object(FuzzedDataProvider data, JsonWriter json, int depth) throws IOException {
        json.beginObject();
        int members = data.consumeInt(0, 6);
        for (int i = 0; i < members; i++) {
            json.name(data.consumeBoolean() ? data.pickValue(NAMES) : data.consumeString(12));
            value(data, json, depth + 1);
        }
        json.endObject();
    }

    private static void value(FuzzedDataProvider data, JsonWriter json, int depth) throws IOException {
        switch (data.consumeInt(0, depth > 3 ? 6 : 8)) {
            case 0 -> json.nullValue();
            case 1 -> json.value(data.consumeBoolean());
            case 2 -> json.value(data.consumeLong());
            case 3 -> json.jsonValue(data.pickValue(new String[] {"1e400", "-0", "0.0000000000000000000001",
                "123456789012345678901234567890", "1.5", "-7", "1E-400", "9223372036854775808"}));
            case 4 -> json.value(data.pickValue(new String[] {"2024-02-30", "2024-13-01", "2026-03-29T02:30:00",
                "2024-03-10T10:00:00Z", "0000-01-01", "this-quarter", "month", "ACME", "ACME-1", "admin", "",
                " ", "<script>", "won-revenue", "win-rate", "quota", "PER_USER", "CLOUD", "https://localhost/"}));
            case 5, 6 -> json.value(data.consumeString(40));
            case 7 -> {
                json.beginArray();
                int items = data.consumeInt(0, 4);
                for (int i = 0; i < items; i++) {
                    value(data, json, depth + 1);
                }
                json.endArray();
            }
            default -> object(data, json, depth);
        }
    }
}
