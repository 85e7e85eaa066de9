package org.saleskpi.web.page;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * {@code $user} in templates: the signed-in user and what the navigation may offer them. Getters,
 * not record accessors, because Velocity reads {@code $user.displayNameHtml} through {@code getDisplayNameHtml()}.
 */
public final class PageUser {
    private static final Escaper ESCAPER = new Escaper();

    private final String key;
    private final String displayName;
    private final boolean globalAdmin;
    private final boolean canImport;

    /**
     * @param canImport whether the user may import issues (a project administrator somewhere, or a
     *     global administrator)
     */
    public PageUser(String key, String displayName, boolean globalAdmin, boolean canImport) {
        this.key = Objects.requireNonNull(key, "key");
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        this.globalAdmin = globalAdmin;
        this.canImport = canImport;
    }

    public String getKey() {
        return key;
    }

    public String getDisplayName() {
        return displayName;
    }

    /** The display name HTML-escaped, for the templates. */
    public String getDisplayNameHtml() {
        return ESCAPER.html(displayName);
    }

    public boolean isGlobalAdmin() {
        return globalAdmin;
    }

    public boolean isCanImport() {
        return canImport;
    }

    /** As the page config shows it to scripts: {@code {key, displayName, globalAdmin}}. */
    Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", key);
        json.put("displayName", displayName);
        json.put("globalAdmin", globalAdmin);
        json.put("canImport", canImport);
        return json;
    }
}
