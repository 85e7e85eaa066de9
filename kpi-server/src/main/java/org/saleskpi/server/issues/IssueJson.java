package org.saleskpi.server.issues;

import org.saleskpi.core.index.CustomField;
import org.saleskpi.core.index.IndexedIssue;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.saleskpi.core.issue.FieldValue;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.StatusCategory;
import org.saleskpi.core.user.Directory;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.core.validation.FieldError;
import org.saleskpi.core.validation.InvalidInputException;
import org.saleskpi.web.json.JsonInput;

/**
 * An issue in the shape of Jira's REST API ({@code {"key","fields":{...}}}): written for the
 * issue list and read back from {@code POST /issues}, where a name may also be sent bare
 * ({@code "issuetype":"Opportunity"}) and custom fields go by their stable id.
 */
final class IssueJson {
    /** Numbers are kept exact as scaled longs: below 10^14 with at most 4 decimals always fits. */
    private static final BigDecimal LARGEST = new BigDecimal("99999999999999.9999");
    private static final int MAX_DECIMALS = 4;
    private static final String KEY_PATTERN = "[A-Z][A-Z0-9_]{1,9}-[1-9][0-9]{0,9}";

    private IssueJson() {
    }

    static Map<String, Object> write(IndexedIssue issue, Function<String, UserRef> people) {
        IssueRecord record = issue.record();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("project", Map.of("key", record.project()));
        fields.put("issuetype", Map.of("name", record.issueType()));
        fields.put("status", Map.of("name", record.status(),
                "statusCategory", Map.of("key", record.statusCategory().jiraKey())));
        fields.put("resolution", record.resolution().map(name -> Map.of("name", name)).orElse(null));
        fields.put("assignee", record.assignee().map(key -> user(people.apply(key))).orElse(null));
        fields.put("reporter", record.reporter().map(key -> user(people.apply(key))).orElse(null));
        fields.put("created", record.created().toString());
        fields.put("updated", record.updated().toString());
        fields.put("resolutiondate", record.resolved().map(Instant::toString).orElse(null));
        fields.put("duedate", record.due().map(LocalDate::toString).orElse(null));
        fields.put("summary", issue.summary());
        fields.put("description", issue.description());
        fields.put("labels", issue.labels().stream().sorted().toList());
        record.fields().forEach((id, value) -> fields.put(id, value(value, people)));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", record.key());
        json.put("fields", fields);
        return json;
    }

    private static Map<String, String> user(UserRef user) {
        return Map.of("key", user.key(), "displayName", user.displayName());
    }

    private static Object value(FieldValue value, Function<String, UserRef> people) {
        if (value instanceof FieldValue.NumberValue number) {
            return number.value();
        }
        if (value instanceof FieldValue.DateValue date) {
            return date.value().toString();
        }
        if (value instanceof FieldValue.TextValue text) {
            return text.value();
        }
        if (value instanceof FieldValue.OptionValue option) {
            return Map.of("value", option.value());
        }
        return user(people.apply(((FieldValue.UserValue) value).userKey()));
    }

    /**
     * The issue a request body describes. {@code created} defaults to {@code now} (or the stored
     * issue's), {@code updated} is always {@code now}; every error names its JSON field.
     */
    static IndexedIssue read(JsonElement body, Optional<IndexedIssue> stored, Map<String, CustomField> customFields,
            Directory directory, Instant now) {
        JsonInput in = JsonInput.of(body);
        String key = in.requiredText("key", 32);
        if (!key.isEmpty() && !key.matches(KEY_PATTERN)) {
            in.reject("key", "saleskpi.issue.key.invalid", "must look like a Jira issue key, e.g. SALES-12");
        }
        JsonObject fields = body.getAsJsonObject().has("fields") && body.getAsJsonObject().get("fields").isJsonObject()
                ? body.getAsJsonObject().getAsJsonObject("fields")
                : new JsonObject();
        if (!body.getAsJsonObject().has("fields") || !body.getAsJsonObject().get("fields").isJsonObject()) {
            in.reject("fields", "saleskpi.error.type.object", "must be an object");
            in.done();
        }
        List<FieldError> errors = new ArrayList<>();
        Reader reader = new Reader(fields, errors);
        String project = reader.name("project", true).orElse("");
        if (!project.isEmpty() && !key.isEmpty() && !key.startsWith(project + "-")) {
            errors.add(new FieldError("fields.project", "saleskpi.issue.project.key",
                    "fields.project must be the project of the key (" + key.replaceAll("-.*", "") + ").",
                    key.replaceAll("-.*", "")));
        }
        IssueRecord.Builder builder = IssueRecord.builder(key.isEmpty() ? "X-1" : key, project.isEmpty() ? "X" : project);
        builder.type(reader.name("issuetype", true).orElse("Task"));
        String status = reader.name("status", true).orElse("To Do");
        Optional<String> resolution = reader.name("resolution", false);
        builder.status(status, reader.category(resolution.isPresent()));
        resolution.ifPresent(builder::resolution);
        reader.user("assignee", directory).ifPresent(builder::assignee);
        reader.user("reporter", directory).ifPresent(builder::reporter);
        Instant created = reader.instant("created").orElse(stored.map(s -> s.record().created()).orElse(now));
        builder.created(created).updated(now.isBefore(created) ? created : now);
        Optional<Instant> resolved = reader.instant("resolutiondate");
        if (resolved.isPresent() && resolved.get().isBefore(created)) {
            // A negative time to close would drag down every sales cycle and time-to-convert mean.
            errors.add(new FieldError("fields.resolutiondate", "saleskpi.issue.resolutiondate.beforeCreated",
                    "fields.resolutiondate must not be before fields.created (" + created + ")."));
        }
        resolved.ifPresent(builder::resolved);
        reader.date("duedate").ifPresent(builder::due);
        String summary = reader.text("summary", JsonInput.MAX_TEXT, true).orElse("");
        String description = reader.text("description", 32_000, false).orElse("");
        LinkedHashSet<String> labels = new LinkedHashSet<>(reader.labels());
        for (String name : fields.keySet()) {
            if (name.startsWith("customfield_")) {
                CustomField field = customFields.get(name);
                if (field == null) {
                    errors.add(new FieldError("fields." + name, "saleskpi.issue.field.unknown",
                            "fields." + name + " is not a custom field of this server."));
                } else {
                    reader.custom(field, directory).ifPresent(value -> builder.field(name, value));
                }
            } else if (!Reader.SYSTEM.contains(name)) {
                errors.add(new FieldError("fields." + name, "saleskpi.issue.field.unknown",
                        "fields." + name + " is not a field an issue can have here."));
            }
        }
        in.done();
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new IndexedIssue(builder.build(), summary, description, labels);
    }

    /** Reads the {@code fields} object, collecting errors named {@code fields.<name>}. */
    private static final class Reader {
        static final List<String> SYSTEM = List.of("project", "issuetype", "status", "statusCategory", "resolution",
                "assignee", "reporter", "created", "updated", "resolutiondate", "duedate", "summary",
                "description", "labels");

        private final JsonObject fields;
        private final List<FieldError> errors;

        Reader(JsonObject fields, List<FieldError> errors) {
            this.fields = fields;
            this.errors = errors;
        }

        /** A name sent bare or as {@code {"name":..}} / {@code {"key":..}}. */
        Optional<String> name(String field, boolean required) {
            JsonElement value = fields.get(field);
            if (value != null && value.isJsonObject()) {
                JsonObject object = value.getAsJsonObject();
                value = object.has("key") ? object.get("key") : object.has("name") ? object.get("name") : object.get("value");
            }
            if (value == null || value.isJsonNull()) {
                if (required) {
                    error(field, "saleskpi.error.required", "is required");
                }
                return Optional.empty();
            }
            if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString() || value.getAsString().isBlank()
                    || value.getAsString().length() > JsonInput.MAX_TEXT) {
                error(field, "saleskpi.error.type.text", "must be a name of at most " + JsonInput.MAX_TEXT + " characters");
                return Optional.empty();
            }
            return Optional.of(value.getAsString());
        }

        StatusCategory category(boolean resolved) {
            Optional<String> key = name("statusCategory", false);
            if (key.isEmpty()) {
                return resolved ? StatusCategory.DONE : StatusCategory.TO_DO;
            }
            for (StatusCategory category : StatusCategory.values()) {
                if (category.jiraKey().equalsIgnoreCase(key.get()) || category.name().equalsIgnoreCase(key.get())) {
                    return category;
                }
            }
            error("statusCategory", "saleskpi.issue.statusCategory.invalid", "must be new, indeterminate or done");
            return StatusCategory.TO_DO;
        }

        Optional<String> user(String field, Directory directory) {
            Optional<String> key = name(field, false);
            if (key.isPresent() && directory.find(key.get().toLowerCase(Locale.ROOT)).isEmpty()) {
                error(field, "saleskpi.issue.user.unknown", "is not a person of this server");
                return Optional.empty();
            }
            return key.map(k -> k.toLowerCase(Locale.ROOT));
        }

        Optional<Instant> instant(String field) {
            Optional<String> text = text(field, 40, false);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(Instant.parse(text.get()));
            } catch (DateTimeParseException e) {
                error(field, "saleskpi.error.type.instant", "must be a time written like 2024-03-01T09:30:00Z");
                return Optional.empty();
            }
        }

        Optional<LocalDate> date(String field) {
            Optional<String> text = text(field, 10, false);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(LocalDate.parse(text.get()));
            } catch (DateTimeParseException e) {
                error(field, "saleskpi.error.type.date", "must be a date written YYYY-MM-DD");
                return Optional.empty();
            }
        }

        Optional<String> text(String field, int maxLength, boolean required) {
            JsonElement value = fields.get(field);
            if (value == null || value.isJsonNull()) {
                if (required) {
                    error(field, "saleskpi.error.required", "is required");
                }
                return Optional.empty();
            }
            if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
                error(field, "saleskpi.error.type.text", "must be text");
                return Optional.empty();
            }
            if (value.getAsString().length() > maxLength) {
                error(field, "saleskpi.error.tooLong", "must be at most " + maxLength + " characters", maxLength);
                return Optional.empty();
            }
            if (required && value.getAsString().isBlank()) {
                error(field, "saleskpi.error.required", "must not be blank");
                return Optional.empty();
            }
            return Optional.of(value.getAsString());
        }

        List<String> labels() {
            JsonElement value = fields.get("labels");
            if (value == null || value.isJsonNull()) {
                return List.of();
            }
            List<String> labels = new ArrayList<>();
            if (!value.isJsonArray()) {
                error("labels", "saleskpi.error.type.list", "must be a list of labels");
                return labels;
            }
            JsonArray array = value.getAsJsonArray();
            for (int i = 0; i < array.size(); i++) {
                JsonElement label = array.get(i);
                if (!label.isJsonPrimitive() || !label.getAsJsonPrimitive().isString()
                        || !label.getAsString().matches("[^\\s]{1," + IssueStore.MAX_LABEL + "}")) {
                    error("labels[" + i + "]", "saleskpi.issue.label.invalid",
                            "must be a label: up to " + IssueStore.MAX_LABEL + " characters without spaces");
                } else {
                    labels.add(label.getAsString());
                }
            }
            return labels;
        }

        Optional<FieldValue> custom(CustomField field, Directory directory) {
            String id = field.id();
            JsonElement value = fields.get(id);
            if (value == null || value.isJsonNull()) {
                return Optional.empty();
            }
            switch (field.type()) {
                case NUMBER:
                    if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
                        error(id, "saleskpi.error.type.number", "must be a number");
                        return Optional.empty();
                    }
                    BigDecimal number = value.getAsBigDecimal().stripTrailingZeros();
                    if (number.scale() > MAX_DECIMALS || number.abs().compareTo(LARGEST) > 0) {
                        error(id, "saleskpi.issue.number.range",
                                "must be below 10^14 with at most 4 decimal places");
                        return Optional.empty();
                    }
                    return Optional.of(FieldValue.number(number));
                case DATE:
                    return date(id).map(FieldValue::date);
                case USER:
                    return user(id, directory).map(FieldValue::user);
                case OPTION:
                    return name(id, false).map(FieldValue::option);
                default:
                    return text(id, 32_000, false).map(FieldValue::text);
            }
        }

        private void error(String field, String messageKey, String message, Object... params) {
            String name = "fields." + field;
            errors.add(new FieldError(name, messageKey, name + " " + message + ".", params));
        }
    }
}
