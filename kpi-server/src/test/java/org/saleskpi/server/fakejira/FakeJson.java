package org.saleskpi.server.fakejira;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import org.saleskpi.server.jira.JiraKind;

/**
 * Renders the fake site's data in the shapes Jira's REST API answers, per kind. Shapes follow the public
 * fixtures in shared/data/jira-fixtures: Data Center issues and users as the jrjc search and changelog
 * fixtures (user: self, name, key, emailAddress, avatarUrls, displayName, active, timeZone), Cloud as
 * the digitalservicebund Cloud search fixture (user: accountId, accountType, no name/key; status with
 * statusCategory). Timestamps as Jira writes them: "2026-11-30T14:05:12.000+0100" in the site's zone.
 */
final class FakeJson {
    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private final FakeSite site;
    private final JiraKind kind;
    private final String base;

    FakeJson(FakeSite site, JiraKind kind, String base) {
        this.site = site;
        this.kind = kind;
        this.base = base;
    }

    String timestamp(Instant instant) {
        return TIMESTAMP.format(instant.atZone(site.zone()));
    }

    JsonObject user(String accountId) {
        FakeUser user = site.user(accountId);
        JsonObject json = new JsonObject();
        if (kind == JiraKind.CLOUD) {
            json.addProperty("self", base + "/rest/api/2/user?accountId=" + user.accountId());
            json.addProperty("accountId", user.accountId());
            json.addProperty("emailAddress", user.email());
        } else {
            json.addProperty("self", base + "/rest/api/2/user?username=" + user.name());
            json.addProperty("name", user.name());
            json.addProperty("key", user.key());
            json.addProperty("emailAddress", user.email());
        }
        json.add("avatarUrls", avatars(base + "/secure/useravatar?avatarId=10122"));
        json.addProperty("displayName", user.displayName());
        json.addProperty("active", true);
        json.addProperty("timeZone", site.zone().getId());
        if (kind == JiraKind.CLOUD) {
            json.addProperty("accountType", "atlassian");
        }
        return json;
    }

    /** Avatar links in the four sizes Cloud sends (Data Center fixtures show 16x16 and 48x48 of them). */
    private static JsonObject avatars(String url) {
        JsonObject avatars = new JsonObject();
        for (String size : List.of("48x48", "24x24", "16x16", "32x32")) {
            avatars.addProperty(size, url + "&size=" + size);
        }
        return avatars;
    }

    /** {@code GET /myself}: the user, plus the locale Jira adds there. */
    JsonObject myself(String accountId) {
        JsonObject json = user(accountId);
        json.addProperty("locale", "en_US");
        return json;
    }

    /** What identifies a user in changelog items and JQL on this kind: account id (Cloud) or key (DC). */
    String userRef(String accountId) {
        return accountId == null ? null : kind == JiraKind.CLOUD ? accountId : site.user(accountId).key();
    }

    /**
     * An issue with the requested fields ({@code null}: all). {@code changelogCut}: with the changelog
     * expanded, how many histories to embed (the newest ones; see {@link Faults#truncateChangelogAt}).
     */
    JsonObject issue(FakeIssue issue, Collection<String> fields, boolean changelog, int changelogCut, String apiVersion) {
        JsonObject json = new JsonObject();
        json.addProperty("expand", "renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations");
        json.addProperty("id", issue.id());
        json.addProperty("self", base + "/rest/api/" + apiVersion + "/issue/" + issue.id());
        json.addProperty("key", issue.key());
        JsonObject values = new JsonObject();
        for (FakeField field : site.fields()) {
            if (field.id().equals("issuekey") || fields != null && !fields.contains(field.id())) {
                continue;
            }
            values.add(field.id(), value(issue, field));
        }
        if (fields == null || !values.isEmpty()) {
            json.add("fields", values);
        }
        if (changelog) {
            json.add("changelog", embeddedChangelog(issue, changelogCut));
        }
        return json;
    }

    /**
     * {@code changelog:{startAt, maxResults, total, histories}} with at most {@code cut} histories: the
     * newest ones, oldest first (search's embedded changelog drops the OLDEST entries of long histories:
     * pycontribs/jira#712 and #911, airbytehq/airbyte#33040, bobmatnyc/trusty-tools#4084).
     */
    JsonObject embeddedChangelog(FakeIssue issue, int cut) {
        List<FakeChangeGroup> all = issue.changelog();
        List<FakeChangeGroup> shown = all.size() <= cut ? all : all.subList(all.size() - cut, all.size());
        JsonObject json = new JsonObject();
        json.addProperty("startAt", 0);
        json.addProperty("maxResults", shown.size());
        json.addProperty("total", all.size());
        JsonArray histories = new JsonArray();
        shown.forEach(group -> histories.add(history(group)));
        json.add("histories", histories);
        return json;
    }

    JsonObject history(FakeChangeGroup group) {
        JsonObject json = new JsonObject();
        json.addProperty("id", group.id());
        json.add("author", user(group.authorAccountId()));
        json.addProperty("created", timestamp(group.created()));
        JsonArray items = new JsonArray();
        for (FakeChangeItem item : group.items()) {
            items.add(item(item));
        }
        json.add("items", items);
        return json;
    }

    /**
     * Cloud items carry {@code fieldId} (Cloud changelog fixture); the jrjc Data Center 5.0 fixture has
     * none (UNVERIFIED whether later Data Center versions add it: the fake leaves it out, the harder case).
     */
    private JsonObject item(FakeChangeItem item) {
        JsonObject json = new JsonObject();
        json.addProperty("field", item.field());
        json.addProperty("fieldtype", item.custom() ? "custom" : "jira");
        if (kind == JiraKind.CLOUD) {
            json.addProperty("fieldId", item.fieldId());
        }
        boolean user = FakeSchema.field(item.fieldId()).map(f -> "user".equals(f.schemaType())).orElse(false);
        json.addProperty("from", user ? userRef(item.from()) : item.from());
        json.addProperty("fromString", item.fromString());
        json.addProperty("to", user ? userRef(item.to()) : item.to());
        json.addProperty("toString", item.toText());
        return json;
    }

    @SuppressWarnings("unchecked")
    private com.google.gson.JsonElement value(FakeIssue issue, FakeField field) {
        if (field.id().equals("security")) {
            return issue.securityLevel() == null ? JsonNull.INSTANCE : securityLevel(site.project(issue.project()));
        }
        Object value = issue.field(field.id());
        if (value == null) {
            return field.schemaType().equals("array") ? new JsonArray() : JsonNull.INSTANCE;
        }
        return switch (field.schemaType()) {
            case "status" -> status((String) value);
            case "resolution" -> named("resolution", FakeSchema.RESOLUTIONS.get(value), (String) value);
            case "priority" -> priority((String) value);
            case "issuetype" -> issueType((String) value);
            case "project" -> project(site.project((String) value));
            case "user" -> user((String) value);
            case "datetime" -> new com.google.gson.JsonPrimitive(timestamp((Instant) value));
            case "date" -> new com.google.gson.JsonPrimitive(((LocalDate) value).toString());
            case "number" -> new com.google.gson.JsonPrimitive((Double) value);
            case "option" -> option(field.id(), (String) value);
            case "array" -> {
                JsonArray labels = new JsonArray();
                ((List<String>) value).forEach(labels::add);
                yield labels;
            }
            default -> new com.google.gson.JsonPrimitive(value.toString());
        };
    }

    JsonObject status(String name) {
        FakeSchema.Status status = FakeSchema.status(name);
        JsonObject json = new JsonObject();
        json.addProperty("self", base + "/rest/api/2/status/" + status.id());
        json.addProperty("description", "");
        json.addProperty("iconUrl", base + "/images/icons/statuses/generic.png");
        json.addProperty("name", status.name());
        json.addProperty("id", status.id());
        JsonObject category = new JsonObject();
        int categoryId = switch (status.category()) {
            case "new" -> 2;
            case "done" -> 3;
            default -> 4;
        };
        category.addProperty("self", base + "/rest/api/2/statuscategory/" + categoryId);
        category.addProperty("id", categoryId);
        category.addProperty("key", status.category());
        category.addProperty("colorName", switch (status.category()) {
            case "new" -> "blue-gray";
            case "done" -> "green";
            default -> "yellow";
        });
        category.addProperty("name", switch (status.category()) {
            case "new" -> "To Do";
            case "done" -> "Done";
            default -> "In Progress";
        });
        json.add("statusCategory", category);
        return json;
    }

    private JsonObject named(String type, String id, String name) {
        JsonObject json = new JsonObject();
        json.addProperty("self", base + "/rest/api/2/" + type + "/" + id);
        json.addProperty("id", id);
        json.addProperty("description", name);
        json.addProperty("name", name);
        return json;
    }

    private JsonObject priority(String name) {
        String id = FakeSchema.PRIORITIES.get(name);
        JsonObject json = new JsonObject();
        json.addProperty("self", base + "/rest/api/2/priority/" + id);
        json.addProperty("iconUrl", base + "/images/icons/priorities/" + name.toLowerCase(java.util.Locale.ROOT) + ".svg");
        json.addProperty("name", name);
        json.addProperty("id", id);
        return json;
    }

    private JsonObject issueType(String name) {
        String id = FakeSchema.ISSUE_TYPES.get(name);
        JsonObject json = new JsonObject();
        json.addProperty("self", base + "/rest/api/2/issuetype/" + id);
        json.addProperty("id", id);
        json.addProperty("description", "A sales opportunity.");
        json.addProperty("iconUrl", base + "/images/icons/issuetypes/task.png");
        json.addProperty("name", name);
        json.addProperty("subtask", false);
        if (kind == JiraKind.CLOUD) {
            json.addProperty("avatarId", 10318);
            json.addProperty("entityId", java.util.UUID.nameUUIDFromBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString());
            json.addProperty("hierarchyLevel", 0);
        }
        return json;
    }

    JsonObject project(FakeProject project) {
        JsonObject json = new JsonObject();
        json.addProperty("self", base + "/rest/api/2/project/" + project.id());
        json.addProperty("id", project.id());
        json.addProperty("key", project.key());
        json.addProperty("name", project.name());
        json.add("avatarUrls", avatars(base + "/secure/projectavatar?pid=" + project.id() + "&avatarId=10011"));
        json.addProperty("projectTypeKey", "business");
        if (kind == JiraKind.CLOUD) {
            json.addProperty("simplified", false);
        }
        return json;
    }

    JsonObject securityLevel(FakeProject project) {
        JsonObject json = new JsonObject();
        json.addProperty("self", base + "/rest/api/2/securitylevel/" + project.securityLevelId());
        json.addProperty("id", String.valueOf(project.securityLevelId()));
        json.addProperty("description", "Only the board and the sync account");
        json.addProperty("name", "Board only");
        return json;
    }

    private JsonObject option(String fieldId, String value) {
        String id = FakeSchema.optionId(fieldId, value);
        JsonObject json = new JsonObject();
        json.addProperty("self", base + "/rest/api/2/customFieldOption/" + id);
        json.addProperty("value", value);
        json.addProperty("id", id);
        return json;
    }

    /** One entry of {@code GET /rest/api/2/field}. */
    JsonObject field(FakeField field) {
        JsonObject json = new JsonObject();
        json.addProperty("id", field.id());
        json.addProperty("key", field.id());
        json.addProperty("name", field.name());
        if (kind == JiraKind.CLOUD) {
            json.addProperty("untranslatedName", field.name());
        }
        json.addProperty("custom", field.custom());
        json.addProperty("orderable", field.custom() || !List.of("status", "created", "updated", "issuekey").contains(field.id()));
        json.addProperty("navigable", true);
        json.addProperty("searchable", true);
        JsonArray clauseNames = new JsonArray();
        if (field.custom()) {
            clauseNames.add("cf[" + field.id().substring("customfield_".length()) + "]");
            clauseNames.add(field.name());
        } else if (field.id().equals("issuekey")) {
            List.of("id", "issue", "issuekey", "key").forEach(clauseNames::add);
        } else {
            clauseNames.add(field.id());
        }
        json.add("clauseNames", clauseNames);
        if (field.schemaType() != null) {
            JsonObject schema = new JsonObject();
            schema.addProperty("type", field.schemaType());
            if (field.schemaType().equals("array")) {
                schema.addProperty("items", "string");
            }
            if (field.custom()) {
                schema.addProperty("custom", field.schemaCustom());
                schema.addProperty("customId", Long.parseLong(field.id().substring("customfield_".length())));
            } else {
                schema.addProperty("system", field.id());
            }
            json.add("schema", schema);
        }
        return json;
    }

    /** {@code expand=names}: field id -> name. */
    JsonObject names() {
        JsonObject names = new JsonObject();
        site.fields().stream().filter(f -> !f.id().equals("issuekey")).forEach(f -> names.addProperty(f.id(), f.name()));
        return names;
    }

    /** {@code expand=schema}: field id -> its schema. */
    JsonObject schemas() {
        JsonObject schemas = new JsonObject();
        site.fields().stream().filter(f -> f.schemaType() != null).forEach(f -> schemas.add(f.id(), field(f).get("schema")));
        return schemas;
    }

    static JsonObject errors(String... messages) {
        JsonObject json = new JsonObject();
        JsonArray list = new JsonArray();
        for (String message : messages) {
            list.add(message);
        }
        json.add("errorMessages", list);
        json.add("errors", new JsonObject());
        return json;
    }

    /**
     * A search refusing its JQL: {@code {errorMessages:[..], warningMessages:[]}}, as public reports of
     * real answers show it (tenable/integration-jira-cloud#25, spark1security/n0s1#20,
     * solidify/jira-azuredevops-migrator#781), not the {@code errors} map of other endpoints.
     */
    static JsonObject queryErrors(String message) {
        JsonObject json = new JsonObject();
        JsonArray list = new JsonArray();
        list.add(message);
        json.add("errorMessages", list);
        json.add("warningMessages", new JsonArray());
        return json;
    }
}
