package org.saleskpi.web.json;

import java.util.LinkedHashMap;
import java.util.Map;
import org.saleskpi.core.user.Directory;

/** A person in JSON, {@code {"key","displayName"}}; someone the directory no longer knows shows their key. */
public final class PersonJson {
    private PersonJson() {
    }

    public static Map<String, Object> of(Directory directory, String key) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", key);
        json.put("displayName", directory.find(key).map(u -> u.displayName()).orElse(key));
        return json;
    }
}
