package org.saleskpi.server.jira;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * Reads Jira Cloud in two phases per page, the way the enhanced search is meant to be used: ids first
 * through {@code POST /rest/api/3/search/jql}, then the issues' fields through {@code POST /rest/api/3/issue/bulkfetch}
 * and their complete changelogs through {@code POST /rest/api/3/changelog/bulkfetch}, in bounded parallel batches.
 * The old {@code /rest/api/3/search} answers 410 on Cloud: https://developer.atlassian.com/changelog/#CHANGE-2046
 * (the 410 text is quoted in https://github.com/dapplo/Dapplo.Jira/issues/79 ).
 */
final class CloudReader extends SiteReader {
    static final String SEARCH = "/rest/api/3/search/jql";
    static final String BULK_ISSUES = "/rest/api/3/issue/bulkfetch";
    static final String BULK_CHANGELOGS = "/rest/api/3/changelog/bulkfetch";
    /**
     * bulkfetch takes up to 100 issues when the changelog or many fields are asked for, 1000 only for narrow
     * requests: https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-bulkfetch-post
     * (text quoted in https://mrrefactoring.github.io/jira.js/api/functions/cloud.bulkFetchIssues ). 100 is always allowed.
     */
    static final int ISSUES_PER_BATCH = 100;
    /** changelog/bulkfetch takes up to 1000 issue ids per request (design16; UNVERIFIED against a live site). */
    static final int CHANGELOG_IDS_PER_REQUEST = 1000;
    /** search/jql returns at most 5000 issues a page when only ids are asked for (search/jql docs, maxResults). */
    static final int IDS_PER_SEARCH = 5000;

    CloudReader(JiraSite site, JiraHttpSettings settings) {
        super(site, settings);
    }

    /**
     * Ordered by created, then id: an issue created during the pass lands on a later page and an edit moves
     * nothing. Source for the body {jql, fields, maxResults, nextPageToken} and the answer {issues, nextPageToken, isLast}:
     * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-search/#api-rest-api-3-search-jql-post ;
     * the last page may omit nextPageToken entirely: https://jira.atlassian.com/browse/JRACLOUD-92184 .
     *
     * <p>The cursor holds Jira's nextPageToken and the (created, id) of the last issue handed out. Should the token be
     * an offset (UNVERIFIED what Cloud's tokens hold), an issue slipped in before it would repeat the page's first
     * issue: whatever sorts at or before the last one handed out is dropped, so no pass hands out an issue twice
     * (one slipped in behind the cursor is left to the next incremental pass, as on Data Center). UNVERIFIED how long
     * Cloud honours a token; a stale one fails the page with Jira's 400 and the caller starts the pass again.
     */
    @Override
    public IssuePage page(String jql, List<String> fieldIds, String cursor, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be at least 1");
        }
        Cursor after = cursor == null ? null : Cursor.parse(cursor);
        JsonObject body = new JsonObject();
        body.addProperty("jql", ordered(scoped(jql), "created ASC, id ASC"));
        body.add("fields", strings(List.of("id")));
        body.addProperty("maxResults", Math.min(pageSize, IDS_PER_SEARCH));
        if (after != null) {
            body.addProperty("nextPageToken", after.token());
        }
        JsonElement answer = http.post(SEARCH, body);
        SearchPage found = JiraJson.read(SEARCH, () -> SearchPage.of(JiraJson.object(answer)));
        List<JiraIssue> issues = new ArrayList<>();
        Cursor.Position last = after == null ? null : after.last();
        for (JiraIssue issue : details(found.ids(), fieldIds)) {
            Optional<Cursor.Position> at = Cursor.Position.of(issue);
            if (at.isPresent() && after != null && after.last() != null && at.get().compareTo(after.last()) <= 0) {
                continue;
            }
            issues.add(issue);
            if (at.isPresent() && (last == null || at.get().compareTo(last) > 0)) {
                last = at.get();
            }
        }
        return new IssuePage(issues, found.last() ? null : new Cursor(found.nextToken(), last).text(), found.last());
    }

    /** The census: ids only, no order, 5000 a page. */
    @Override
    public Set<String> ids(String jql) {
        Set<String> ids = new LinkedHashSet<>();
        String token = null;
        while (true) {
            JsonObject body = new JsonObject();
            body.addProperty("jql", scoped(jql));
            body.add("fields", strings(List.of("id")));
            body.addProperty("maxResults", IDS_PER_SEARCH);
            if (token != null) {
                body.addProperty("nextPageToken", token);
            }
            JsonElement answer = http.post(SEARCH, body);
            SearchPage page = JiraJson.read(SEARCH, () -> SearchPage.of(JiraJson.object(answer)));
            ids.addAll(page.ids());
            if (page.last()) {
                return ids;
            }
            token = page.nextToken();
        }
    }

    /** Phase two: fields and changelogs of the page's issues, in the search's order; issues gone meanwhile drop out. */
    private List<JiraIssue> details(List<String> ids, List<String> fieldIds) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Callable<Map<String, JsonObject>>> fieldBatches = new ArrayList<>();
        for (List<String> batch : chunks(ids, ISSUES_PER_BATCH)) {
            fieldBatches.add(() -> bulkIssues(batch, fieldIds));
        }
        Map<String, JsonObject> byIdOrKey = new HashMap<>();
        ParallelBatches.run(fieldBatches, settings.parallelBatches()).forEach(byIdOrKey::putAll);

        List<String> found = new ArrayList<>();
        for (String id : ids) {
            JsonObject issue = byIdOrKey.get(id);
            if (issue != null) {
                found.add(JiraJson.text(issue, "id") != null ? JiraJson.text(issue, "id") : id);
            }
        }
        Map<String, List<JiraChangeGroup>> changelogs = changelogs(found);

        List<JiraIssue> issues = new ArrayList<>();
        for (String id : ids) {
            JsonObject issue = byIdOrKey.get(id);
            if (issue == null) {
                continue;
            }
            String issueId = JiraJson.text(issue, "id");
            JsonElement fields = issue.get("fields");
            issues.add(new JiraIssue(issueId, JiraJson.text(issue, "key"),
                    fields != null && fields.isJsonObject() ? fields.getAsJsonObject() : new JsonObject(),
                    changeFieldIds.complete(changelogs.getOrDefault(issueId != null ? issueId : id, List.of()))));
        }
        return issues;
    }

    /**
     * One bulkfetch, by id or key. Issues Jira could not serve this time come back in issueErrors ("a
     * retriable error or payload constraint", BulkIssueResults in the Cloud REST docs): they are asked once
     * more, and a page whose issues still fail is failed rather than half-read. Issues deleted or hidden
     * meanwhile are simply absent (same docs), and drop out of the page.
     */
    private Map<String, JsonObject> bulkIssues(List<String> idsOrKeys, List<String> fieldIds) {
        Map<String, JsonObject> found = new HashMap<>();
        List<String> wanted = idsOrKeys;
        for (int round = 0; round < 2 && !wanted.isEmpty(); round++) {
            JsonObject body = new JsonObject();
            body.add("issueIdsOrKeys", strings(wanted));
            if (fieldIds != null && !fieldIds.isEmpty()) {
                // created places the issue for the cursor (see page); Jira's default field set holds it already.
                List<String> fields = new ArrayList<>(fieldIds);
                if (!fields.contains("created")) {
                    fields.add("created");
                }
                body.add("fields", strings(fields));
            }
            JsonElement answer = http.post(BULK_ISSUES, body);
            List<String> failed = JiraJson.read(BULK_ISSUES, () -> {
                JsonObject o = JiraJson.object(answer);
                for (JsonElement e : JiraJson.array(o, "issues")) {
                    JsonObject issue = e.getAsJsonObject();
                    String id = JiraJson.text(issue, "id");
                    String key = JiraJson.text(issue, "key");
                    if (id != null) {
                        found.put(id, issue);
                    }
                    if (key != null) {
                        found.put(key, issue);
                    }
                }
                List<String> errors = new ArrayList<>();
                for (JsonElement e : JiraJson.array(o, "issueErrors")) {
                    String id = JiraJson.text(e.getAsJsonObject(), "id");
                    if (id != null && !found.containsKey(id)) {
                        errors.add(id);
                    }
                }
                return errors;
            });
            wanted = failed;
        }
        if (!wanted.isEmpty()) {
            throw new JiraException(200, BULK_ISSUES, "Jira could not serve " + wanted.size()
                    + " issue(s) of a page twice in a row at " + BULK_ISSUES);
        }
        return found;
    }

    /**
     * Complete changelogs, keyed by issue id, oldest first. {@code POST /rest/api/3/changelog/bulkfetch}
     * (body {issueIdsOrKeys, maxResults, nextPageToken}, answer {issueChangeLogs:[{issueId, changeHistories}], nextPageToken}):
     * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-changelog-bulkfetch-post
     * (model BulkChangelogResponseBean in https://docs.rs/crate/jira_v3_openapi/latest/source/src/models/bulk_changelog_response_bean.rs ).
     * Where a site does not serve it (404), each issue's changelog is paged instead.
     */
    private Map<String, List<JiraChangeGroup>> changelogs(List<String> ids) {
        Map<String, List<JiraChangeGroup>> all = new HashMap<>();
        if (ids.isEmpty()) {
            return all;
        }
        for (List<String> chunk : chunks(ids, CHANGELOG_IDS_PER_REQUEST)) {
            Optional<Map<String, List<JiraChangeGroup>>> bulk = bulkChangelogs(chunk);
            if (bulk.isPresent()) {
                all.putAll(bulk.get());
            } else {
                List<Callable<Map.Entry<String, List<JiraChangeGroup>>>> perIssue = new ArrayList<>();
                for (String id : chunk) {
                    perIssue.add(() -> Map.entry(id, issueChangelog(id)));
                }
                ParallelBatches.run(perIssue, settings.parallelBatches()).forEach(e -> all.put(e.getKey(), e.getValue()));
            }
        }
        all.replaceAll((id, groups) -> JiraJson.oldestFirst(groups));
        return all;
    }

    private Optional<Map<String, List<JiraChangeGroup>>> bulkChangelogs(List<String> ids) {
        Map<String, List<JiraChangeGroup>> byIssue = new HashMap<>();
        String token = null;
        while (true) {
            JsonObject body = new JsonObject();
            body.add("issueIdsOrKeys", strings(ids));
            body.addProperty("maxResults", 1000);
            if (token != null) {
                body.addProperty("nextPageToken", token);
            }
            Optional<JsonElement> answer = http.postIfFound(BULK_CHANGELOGS, body);
            if (answer.isEmpty()) {
                return Optional.empty();
            }
            String next = JiraJson.read(BULK_CHANGELOGS, () -> {
                JsonObject o = JiraJson.object(answer.get());
                for (JsonElement e : JiraJson.array(o, "issueChangeLogs")) {
                    JsonObject log = e.getAsJsonObject();
                    byIssue.computeIfAbsent(JiraJson.text(log, "issueId"), k -> new ArrayList<>())
                            .addAll(JiraJson.changeGroups(JiraJson.array(log, "changeHistories")));
                }
                return JiraJson.text(o, "nextPageToken");
            });
            if (next == null || next.isBlank() || next.equals(token)) {
                return Optional.of(byIssue);
            }
            token = next;
        }
    }

    /**
     * One issue's changelog, paged from the oldest: {@code GET /rest/api/3/issue/{id}/changelog?startAt&maxResults}
     * answering {values, startAt, maxResults, total, isLast}, at most 100 a page:
     * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-changelog-get
     * (the digitalservicebund fixture in ../shared/data/jira-fixtures has this shape).
     */
    private List<JiraChangeGroup> issueChangelog(String id) {
        return ChangelogPages.read(http, "/rest/api/3/issue/" + id + "/changelog");
    }

    static JsonArray strings(List<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }

    static <T> List<List<T>> chunks(List<T> all, int size) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += size) {
            chunks.add(List.copyOf(all.subList(i, Math.min(all.size(), i + size))));
        }
        return chunks;
    }

    /**
     * Where a pass stands: Jira's token and the (created, id) of the last issue handed out, as
     * {@code cloud:<epoch millis>:<id>:<token>} (both empty before any issue).
     */
    record Cursor(String token, Position last) {
        private static final String PREFIX = "cloud:";

        record Position(Instant created, long id) implements Comparable<Position> {
            static Optional<Position> of(JiraIssue issue) {
                JsonElement created = issue.fields().get("created");
                if (created == null || created.isJsonNull() || issue.id() == null) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(new Position(JiraTimestamps.parse(created.getAsString()), Long.parseLong(issue.id())));
                } catch (IllegalArgumentException e) {
                    return Optional.empty();
                }
            }

            @Override
            public int compareTo(Position other) {
                int byTime = created.compareTo(other.created);
                return byTime != 0 ? byTime : Long.compare(id, other.id);
            }
        }

        String text() {
            return PREFIX + (last == null ? ":" : last.created().toEpochMilli() + ":" + last.id()) + ":" + token;
        }

        static Cursor parse(String text) {
            if (!text.startsWith(PREFIX)) {
                throw new IllegalArgumentException("not a cursor of a Cloud page");
            }
            String[] parts = text.substring(PREFIX.length()).split(":", 3);
            if (parts.length != 3) {
                throw new IllegalArgumentException("not a cursor of a Cloud page");
            }
            Position last = parts[0].isEmpty() ? null
                    : new Position(Instant.ofEpochMilli(Long.parseLong(parts[0])), Long.parseLong(parts[1]));
            return new Cursor(parts[2], last);
        }
    }

    /** One answer of search/jql: the ids (or keys, where a Jira leaves the id out) and where to go on. */
    private record SearchPage(List<String> ids, String nextToken, boolean last) {
        static SearchPage of(JsonObject o) {
            List<String> ids = new ArrayList<>();
            for (JsonElement e : JiraJson.array(o, "issues")) {
                JsonObject issue = e.getAsJsonObject();
                String id = JiraJson.text(issue, "id");
                ids.add(id != null ? id : JiraJson.text(issue, "key"));
            }
            String token = JiraJson.text(o, "nextPageToken");
            boolean noToken = token == null || token.isBlank();
            boolean last = JiraJson.flag(o, "isLast", noToken) || noToken;
            return new SearchPage(ids, token, last);
        }
    }
}
