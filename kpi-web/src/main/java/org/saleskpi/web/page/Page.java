package org.saleskpi.web.page;

import java.util.Objects;

/**
 * One page of the app.
 *
 * @param key names the template {@code saleskpi/templates/<key>.vm}, the script
 *     {@code js/pages/<key>.js} and the optional style sheet {@code css/<key>.css}
 * @param titleKey the i18n key of its title
 * @param anonymous whether it is shown without signing in (only the login page)
 * @param globalAdminOnly whether only global administrators may open it
 * @param section the navigation link it belongs to (marked as the current one)
 * @param showsGadgets whether it loads every gadget script
 */
public record Page(String key, String titleKey, boolean anonymous, boolean globalAdminOnly, String section,
        boolean showsGadgets) {
    public Page {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(titleKey, "titleKey");
        Objects.requireNonNull(section, "section");
    }

    /** The classpath path of its Velocity template. */
    public String template() {
        return "saleskpi/templates/" + key + ".vm";
    }
}
