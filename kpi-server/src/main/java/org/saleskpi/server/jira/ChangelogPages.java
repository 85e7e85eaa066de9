package org.saleskpi.server.jira;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One issue's changelog read page by page from {@code .../issue/{id}/changelog?startAt&maxResults}, oldest
 * first. Cloud answers {values, startAt, maxResults, total, isLast}; a Data Center that serves the endpoint is
 * read the same way, and {histories} is accepted in place of {values} (UNVERIFIED which one DC sends).
 */
final class ChangelogPages {
    static final int PAGE = 100;

    private ChangelogPages() {
    }

    static List<JiraChangeGroup> read(JiraHttp http, String path) {
        return readIfServed(http, path).orElseThrow(() -> new JiraException(404, path, "Jira has no changelog at " + path));
    }

    /** Empty when the site answers 404 (no such endpoint, or the issue is gone). */
    static Optional<List<JiraChangeGroup>> readIfServed(JiraHttp http, String path) {
        List<JiraChangeGroup> all = new ArrayList<>();
        int startAt = 0;
        while (true) {
            Optional<JsonElement> answer = http.getIfFound(path,
                    Map.of("startAt", Integer.toString(startAt), "maxResults", Integer.toString(PAGE)));
            if (answer.isEmpty()) {
                return startAt == 0 ? Optional.empty() : Optional.of(all);
            }
            int from = startAt;
            Integer next = JiraJson.read(path, () -> {
                JsonObject o = JiraJson.object(answer.get());
                JsonArray values = o.has("values") ? JiraJson.array(o, "values") : JiraJson.array(o, "histories");
                all.addAll(JiraJson.changeGroups(values));
                int total = JiraJson.number(o, "total", -1);
                int after = from + values.size();
                boolean last = values.isEmpty() || JiraJson.flag(o, "isLast", total >= 0 && after >= total)
                        || (total >= 0 && after >= total);
                return last ? null : after;
            });
            if (next == null) {
                return Optional.of(JiraJson.oldestFirst(all));
            }
            startAt = next;
        }
    }
}
