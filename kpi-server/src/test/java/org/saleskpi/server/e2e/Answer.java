package org.saleskpi.server.e2e;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.math.BigDecimal;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the server answered: status, headers and body, with the JSON read on demand. */
record Answer(int status, HttpHeaders headers, String body) {

    static Answer of(HttpResponse<String> response) {
        return new Answer(response.statusCode(), response.headers(), response.body());
    }

    Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    JsonElement json() {
        return JsonParser.parseString(body);
    }

    JsonObject object() {
        return json().getAsJsonObject();
    }

    JsonArray array() {
        return json().getAsJsonArray();
    }

    /** A number at a dotted path ({@code "report.created"}). */
    BigDecimal number(String path) {
        return at(path).getAsBigDecimal();
    }

    String text(String path) {
        return at(path).getAsString();
    }

    JsonElement at(String path) {
        JsonElement current = json();
        for (String name : path.split("\\.")) {
            current = current.getAsJsonObject().get(name);
        }
        return current;
    }

    /** The {@code field} of every entry of {@code {"errors":[...]}}, empty when the body has none. */
    List<String> errorFields() {
        List<String> fields = new ArrayList<>();
        JsonElement json = json();
        if (json.isJsonObject() && json.getAsJsonObject().has("errors")) {
            json.getAsJsonObject().getAsJsonArray("errors").forEach(error -> {
                JsonElement field = error.getAsJsonObject().get("field");
                if (field != null && !field.isJsonNull()) {
                    fields.add(field.getAsString());
                }
            });
        }
        return fields;
    }

    /** The {@code message} of every entry of {@code {"errors":[...]}}. */
    List<String> errorMessages() {
        List<String> messages = new ArrayList<>();
        JsonElement json = json();
        if (json.isJsonObject() && json.getAsJsonObject().has("errors")) {
            json.getAsJsonObject().getAsJsonArray("errors")
                    .forEach(error -> messages.add(error.getAsJsonObject().get("message").getAsString()));
        }
        return messages;
    }

    @Override
    public String toString() {
        return status + " " + body;
    }
}
