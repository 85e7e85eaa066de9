package org.saleskpi.web.page;

import java.util.Map;
import java.util.Objects;

/**
 * The texts a template shows, read through one no-argument getter each, HTML-escaped, in one language. Jira 10 and
 * later run only the template methods an allowlist names (atlassian-plugin.xml); a getter per text keeps every entry
 * {@code Class#getX()}, the one form of entry public examples show. A subclass declares the getters and lists in
 * {@link #keys()} which i18n key each reads, so the bundle tests can check every key in English and Japanese.
 */
public abstract class TemplateTexts {
    private static final Escaper ESCAPER = new Escaper();

    private final Messages messages;

    protected TemplateTexts(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** Each getter's property ({@code productName} for {@code getProductName()}) and the i18n key it reads. */
    public abstract Map<String, String> keys();

    /** The text of {@code property}'s key, escaped for HTML text and quoted attributes. */
    protected final String html(String property) {
        String key = keys().get(property);
        if (key == null) {
            throw new IllegalStateException("no text key for the property " + property);
        }
        return ESCAPER.html(messages.getText(key));
    }
}
