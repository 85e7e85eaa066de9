package org.saleskpi.server.jira;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads Jira Data Center through {@code GET /rest/api/2/search} with {@code expand=changelog}. Source for
 * the parameters (jql, startAt, maxResults, fields, expand) and the answer {startAt, maxResults, total, issues}:
 * https://docs.atlassian.com/software/jira/docs/api/REST/9.12.0/#api/2/search-search ; shape as in the jrjc
 * fixtures of ../shared/data/jira-fixtures.
 *
 * <p>Paging is by key ranges, never by a growing startAt: every page asks for {@code (jql) AND id > last ORDER BY id ASC}
 * from startAt 0. Sorted on the unique id, a page never shifts when issues are created, edited or deleted between
 * pages (a startAt offset would skip one issue for each deletion before it), and no request reaches past the
 * 10 000-result window ({@code jira.search.views.default.max}; beyond it Jira refuses the search:
 * https://support.atlassian.com/jira/kb/handling-jql-rest-api-searching-exceeding-max_result_window-in-jira ).
 * UNVERIFIED against a live site: that {@code id > N} and {@code ORDER BY id} use the numeric issue id.
 */
final class DataCenterReader extends SiteReader {
    private static final Logger LOG = LoggerFactory.getLogger(DataCenterReader.class);
    static final String SEARCH = "/rest/api/2/search";
    /** jira.search.views.default.max: no page asks for more (the KB above). */
    static final int LARGEST_PAGE = 1000;
    private static final String CURSOR = "dc-after-id:";

    DataCenterReader(JiraSite site, JiraHttpSettings settings) {
        super(site, settings);
    }

    @Override
    public IssuePage page(String jql, List<String> fieldIds, String cursor, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be at least 1");
        }
        long after = -1;
        if (cursor != null) {
            if (!cursor.startsWith(CURSOR)) {
                throw new IllegalArgumentException("not a cursor of a Data Center page");
            }
            after = Long.parseLong(cursor.substring(CURSOR.length()));
        }
        String query = ordered(after < 0 ? scoped(jql) : and(jql, "id > " + after), "id ASC");
        Map<String, String> params = new LinkedHashMap<>();
        params.put("jql", query);
        params.put("startAt", "0");
        params.put("maxResults", Integer.toString(Math.min(pageSize, LARGEST_PAGE)));
        params.put("fields", fieldIds == null || fieldIds.isEmpty() ? "*navigable" : String.join(",", fieldIds));
        params.put("expand", "changelog");
        JsonElement answer = http.get(SEARCH, params);
        Found found = JiraJson.read(SEARCH, () -> Found.of(JiraJson.object(answer)));

        Map<String, List<JiraChangeGroup>> completed = completeChangelogs(found.cutOff());
        List<JiraIssue> issues = new ArrayList<>();
        long last = after;
        for (Found.Row row : found.rows()) {
            List<JiraChangeGroup> changelog = completed.getOrDefault(row.id(), row.changelog());
            issues.add(new JiraIssue(row.id(), row.key(), row.fields(),
                    changeFieldIds.complete(JiraJson.oldestFirst(changelog))));
            last = Math.max(last, Long.parseLong(row.id()));
        }
        boolean done = found.rows().isEmpty() || found.rows().size() >= found.total();
        return new IssuePage(issues, done ? null : CURSOR + last, done);
    }

    /** The census: ids only, by the same id ranges. */
    @Override
    public Set<String> ids(String jql) {
        Set<String> ids = new LinkedHashSet<>();
        long after = -1;
        while (true) {
            Map<String, String> params = new LinkedHashMap<>();
            params.put("jql", ordered(after < 0 ? scoped(jql) : and(jql, "id > " + after), "id ASC"));
            params.put("startAt", "0");
            params.put("maxResults", Integer.toString(LARGEST_PAGE));
            params.put("fields", "id");
            JsonElement answer = http.get(SEARCH, params);
            Found found = JiraJson.read(SEARCH, () -> Found.of(JiraJson.object(answer)));
            for (Found.Row row : found.rows()) {
                ids.add(row.id());
                after = Math.max(after, Long.parseLong(row.id()));
            }
            if (found.rows().isEmpty() || found.rows().size() >= found.total()) {
                return ids;
            }
        }
    }

    /**
     * The embedded changelog stops at 100 histories ({@code total > histories.size()}): those issues' changelogs
     * are paged through {@code GET /rest/api/2/issue/{id}/changelog}, which Cloud documents
     * (https://developer.atlassian.com/cloud/jira/platform/rest/v2/api-group-issues/#api-rest-api-2-issue-issueidorkey-changelog-get)
     * but Data Center's REST reference up to 8.7 does not list (https://github.com/pycontribs/jira/issues/911):
     * UNVERIFIED from which DC version it exists. Where it answers 404, the single issue is read with
     * {@code GET /rest/api/2/issue/{id}?expand=changelog} (UNVERIFIED whether DC cuts that one too; a changelog
     * still short is kept and logged, never padded).
     */
    private Map<String, List<JiraChangeGroup>> completeChangelogs(List<String> ids) {
        Map<String, List<JiraChangeGroup>> complete = new HashMap<>();
        if (ids.isEmpty()) {
            return complete;
        }
        List<Callable<Map.Entry<String, List<JiraChangeGroup>>>> reads = new ArrayList<>();
        for (String id : ids) {
            reads.add(() -> Map.entry(id, wholeChangelog(id)));
        }
        ParallelBatches.run(reads, settings.parallelBatches()).forEach(e -> complete.put(e.getKey(), e.getValue()));
        return complete;
    }

    private List<JiraChangeGroup> wholeChangelog(String id) {
        Optional<List<JiraChangeGroup>> paged = ChangelogPages.readIfServed(http, "/rest/api/2/issue/" + id + "/changelog");
        if (paged.isPresent()) {
            return paged.get();
        }
        String path = "/rest/api/2/issue/" + id;
        JsonElement answer = http.get(path, Map.of("expand", "changelog", "fields", "id"));
        return JiraJson.read(path, () -> {
            JsonObject changelog = JiraJson.object(JiraJson.object(answer).get("changelog"));
            List<JiraChangeGroup> groups = JiraJson.changeGroups(JiraJson.array(changelog, "histories"));
            int total = JiraJson.number(changelog, "total", groups.size());
            if (total > groups.size()) {
                LOG.warn("Jira sent {} of {} changelog entries of issue {}; the rest is not readable here",
                        groups.size(), total, id);
            }
            return groups;
        });
    }

    /** One search answer: rows with their embedded changelogs, which of them are cut off, and the total. */
    private record Found(List<Row> rows, List<String> cutOff, int total) {
        record Row(String id, String key, JsonObject fields, List<JiraChangeGroup> changelog) {}

        static Found of(JsonObject o) {
            List<Row> rows = new ArrayList<>();
            List<String> cutOff = new ArrayList<>();
            for (JsonElement e : JiraJson.array(o, "issues")) {
                JsonObject issue = e.getAsJsonObject();
                String id = JiraJson.text(issue, "id");
                Long.parseLong(id); // an issue without a numeric id cannot be paged by id ranges
                JsonElement fields = issue.get("fields");
                List<JiraChangeGroup> changelog = List.of();
                JsonElement embedded = issue.get("changelog");
                if (embedded != null && embedded.isJsonObject()) {
                    JsonObject log = embedded.getAsJsonObject();
                    changelog = JiraJson.changeGroups(JiraJson.array(log, "histories"));
                    if (JiraJson.number(log, "total", changelog.size()) > changelog.size()) {
                        cutOff.add(id);
                    }
                }
                rows.add(new Row(id, JiraJson.text(issue, "key"),
                        fields != null && fields.isJsonObject() ? fields.getAsJsonObject() : new JsonObject(), changelog));
            }
            return new Found(rows, cutOff, o.get("total").getAsInt());
        }
    }
}
