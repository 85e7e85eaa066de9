package org.saleskpi.web.json;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.saleskpi.core.validation.FieldError;
import org.saleskpi.core.validation.InvalidInputException;

/**
 * Reads a JSON request body field by field, collecting an error for every field that is missing,
 * of the wrong type or too long, so one 400 names all of them. Call {@link #done()} before using
 * what was read: it throws when anything was wrong, so nothing half-read is ever written.
 */
public final class JsonInput {
    /** Names, keys and labels; longer text is refused rather than cut. */
    public static final int MAX_TEXT = 255;
    /** Descriptions and notes. */
    public static final int MAX_LONG_TEXT = 4000;

    private final JsonObject body;
    private final String prefix;
    private final List<FieldError> errors;

    private JsonInput(JsonObject body, String prefix, List<FieldError> errors) {
        this.body = body;
        this.prefix = prefix;
        this.errors = errors;
    }

    /** The body as an object; a 400 on {@code body} when it is an array or a scalar. */
    public static JsonInput of(JsonElement body) {
        if (body == null || !body.isJsonObject()) {
            throw InvalidInputException.of("body", "saleskpi.error.body.object", "The request body must be a JSON object.");
        }
        return new JsonInput(body.getAsJsonObject(), "", new ArrayList<>());
    }

    public boolean has(String field) {
        return body.has(field) && !body.get(field).isJsonNull();
    }

    public Optional<String> text(String field, int maxLength) {
        JsonElement value = value(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!isString(value)) {
            return error(field, "saleskpi.error.type.text", "must be text");
        }
        String text = value.getAsString();
        if (text.length() > maxLength) {
            return error(field, "saleskpi.error.tooLong", "must be at most " + maxLength + " characters", maxLength);
        }
        return Optional.of(text);
    }

    public String requiredText(String field, int maxLength) {
        Optional<String> text = text(field, maxLength);
        if (text.isEmpty() && !failed(field)) {
            error(field, "saleskpi.error.required", "is required");
        } else if (text.isPresent() && text.get().isBlank()) {
            error(field, "saleskpi.error.required", "must not be blank");
        }
        return text.orElse("");
    }

    public Optional<BigDecimal> decimal(String field) {
        JsonElement value = value(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
            return error(field, "saleskpi.error.type.number", "must be a number");
        }
        try {
            return Optional.of(value.getAsBigDecimal());
        } catch (NumberFormatException e) {
            // Gson refuses exponents beyond its limits (1E-1000000) rather than build a number that size.
            return error(field, "saleskpi.error.type.number", "must be a number of ordinary size");
        }
    }

    public Optional<Long> whole(String field) {
        Optional<BigDecimal> number = decimal(field);
        if (number.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(number.get().longValueExact());
        } catch (ArithmeticException e) {
            return error(field, "saleskpi.error.type.whole", "must be a whole number");
        }
    }

    public Optional<Boolean> bool(String field) {
        JsonElement value = value(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isBoolean()) {
            return error(field, "saleskpi.error.type.boolean", "must be true or false");
        }
        return Optional.of(value.getAsBoolean());
    }

    /** A date written {@code YYYY-MM-DD}. */
    public Optional<LocalDate> date(String field) {
        Optional<String> text = text(field, 10);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.get()));
        } catch (DateTimeParseException e) {
            return error(field, "saleskpi.error.type.date", "must be a date written YYYY-MM-DD");
        }
    }

    /** A list of texts; absent or null reads as empty. */
    public List<String> texts(String field, int maxLength) {
        JsonElement value = value(field);
        if (value == null) {
            return List.of();
        }
        if (!value.isJsonArray()) {
            error(field, "saleskpi.error.type.list", "must be a list of texts");
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        JsonArray array = value.getAsJsonArray();
        for (int i = 0; i < array.size(); i++) {
            JsonElement item = array.get(i);
            String name = field + "[" + i + "]";
            if (!isString(item)) {
                error(name, "saleskpi.error.type.text", "must be text");
            } else if (item.getAsString().length() > maxLength) {
                error(name, "saleskpi.error.tooLong", "must be at most " + maxLength + " characters", maxLength);
            } else {
                texts.add(item.getAsString());
            }
        }
        return texts;
    }

    /** True when the body names the field at all, even as {@code null} ("clear this"). */
    public boolean sent(String field) {
        return body.has(field);
    }

    /** A text that must be one of {@code allowed}, such as a kind or a layout key. */
    public Optional<String> oneOf(String field, Collection<String> allowed) {
        Optional<String> text = text(field, MAX_TEXT);
        if (text.isPresent() && !allowed.contains(text.get())) {
            return error(field, "saleskpi.error.oneOf", "must be one of " + String.join(", ", allowed),
                    String.join(", ", allowed));
        }
        return text;
    }

    /** The {@code version} the client read, which every versioned write requires; -1 when missing or bad. */
    public long version() {
        Optional<Long> version = whole("version");
        if (version.isEmpty() && !failed("version")) {
            error("version", "saleskpi.error.required", "is required: send the version you read");
        }
        return version.orElse(-1L);
    }

    /** An id: a whole number above 0. */
    public Optional<Long> id(String field) {
        Optional<Long> id = whole(field);
        if (id.isPresent() && id.get() <= 0) {
            return error(field, "saleskpi.error.id", "must be an id above 0");
        }
        return id;
    }

    /**
     * An object of text values, such as a gadget's preferences, bounded in keys and lengths; absent
     * or null reads as empty. Errors name the key ({@code preferences.period}).
     */
    public Map<String, String> textMap(String field, int maxKeys, int maxValueLength) {
        JsonElement value = value(field);
        if (value == null) {
            return Map.of();
        }
        if (!value.isJsonObject()) {
            error(field, "saleskpi.error.type.object", "must be an object of texts");
            return Map.of();
        }
        JsonObject object = value.getAsJsonObject();
        if (object.size() > maxKeys) {
            error(field, "saleskpi.error.tooMany", "must have at most " + maxKeys + " keys", maxKeys);
            return Map.of();
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> entry : object.entrySet()) {
            String name = field + "." + entry.getKey();
            if (entry.getKey().isEmpty() || entry.getKey().length() > MAX_TEXT) {
                error(name, "saleskpi.error.key", "must be a key of 1 to " + MAX_TEXT + " characters", MAX_TEXT);
            } else if (!isString(entry.getValue())) {
                error(name, "saleskpi.error.type.text", "must be text");
            } else if (entry.getValue().getAsString().length() > maxValueLength) {
                error(name, "saleskpi.error.tooLong", "must be at most " + maxValueLength + " characters");
            } else {
                texts.put(entry.getKey(), entry.getValue().getAsString());
            }
        }
        return texts;
    }

    /** A nested object, read with the same error list and its field names prefixed ({@code fields.amount}). */
    public Optional<JsonInput> object(String field) {
        JsonElement value = value(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isJsonObject()) {
            return error(field, "saleskpi.error.type.object", "must be an object");
        }
        return Optional.of(new JsonInput(value.getAsJsonObject(), prefix + field + ".", errors));
    }

    /** The items of a list of objects, each read with its index in its field names ({@code targets[2].name}). */
    public List<JsonInput> objects(String field) {
        JsonElement value = value(field);
        if (value == null) {
            return List.of();
        }
        if (!value.isJsonArray()) {
            error(field, "saleskpi.error.type.list", "must be a list of objects");
            return List.of();
        }
        List<JsonInput> items = new ArrayList<>();
        JsonArray array = value.getAsJsonArray();
        for (int i = 0; i < array.size(); i++) {
            String name = field + "[" + i + "]";
            if (!array.get(i).isJsonObject()) {
                error(name, "saleskpi.error.type.object", "must be an object");
            } else {
                items.add(new JsonInput(array.get(i).getAsJsonObject(), prefix + name + ".", errors));
            }
        }
        return items;
    }

    /** Records an error found by the resource itself (a rule across fields, an unknown id). */
    public void reject(String field, String messageKey, String message, Object... params) {
        error(field, messageKey, message, params);
    }

    /** Records the errors a core type found in what this input read, under this input's prefix. */
    public void reject(InvalidInputException rejected) {
        rejected.errors().forEach(e -> errors.add(e.at(prefix + e.field())));
    }

    /** Throws the collected errors, if any. */
    public void done() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private JsonElement value(String field) {
        JsonElement value = body.get(field);
        return value == null || value.isJsonNull() ? null : value;
    }

    private boolean failed(String field) {
        String name = prefix + field;
        return errors.stream().anyMatch(e -> e.field().equals(name));
    }

    private static boolean isString(JsonElement value) {
        return value.isJsonPrimitive() && ((JsonPrimitive) value).isString();
    }

    private <T> Optional<T> error(String field, String messageKey, String message, Object... params) {
        String name = prefix + field;
        errors.add(new FieldError(name, messageKey, name + " " + message + ".", params));
        return Optional.empty();
    }
}
