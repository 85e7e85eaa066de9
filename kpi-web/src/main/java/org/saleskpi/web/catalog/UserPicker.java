package org.saleskpi.web.catalog;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.saleskpi.core.user.Directory;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.core.validation.InvalidInputException;

/**
 * The people picker's answer, {@code [{"key","displayName"}]} for {@code ?query=&limit=}: shared by
 * {@code GET /users} of the picker resource and of the server's user administration.
 */
public final class UserPicker {
    static final int DEFAULT_USERS = 20;
    static final int MAX_USERS = 100;

    private UserPicker() {
    }

    /** People whose key or name contains {@code query}; a 400 naming {@code limit} or {@code query} when bad. */
    public static JsonArray find(Directory directory, String query, String limit) {
        int max = DEFAULT_USERS;
        if (limit != null && !limit.isBlank()) {
            try {
                max = Integer.parseInt(limit.trim());
            } catch (NumberFormatException e) {
                max = -1;
            }
            if (max < 1 || max > MAX_USERS) {
                throw InvalidInputException.of("limit", "saleskpi.users.limit.invalid",
                        "limit must be a whole number from 1 to " + MAX_USERS + ".", MAX_USERS);
            }
        }
        String text = query == null ? "" : query.trim();
        if (text.length() > 255) {
            throw InvalidInputException.of("query", "saleskpi.error.tooLong", "query must be at most 255 characters.", 255);
        }
        JsonArray users = new JsonArray();
        for (UserRef user : directory.search(text, max)) {
            JsonObject json = new JsonObject();
            json.addProperty("key", user.key());
            json.addProperty("displayName", user.displayName());
            users.add(json);
        }
        return users;
    }
}
