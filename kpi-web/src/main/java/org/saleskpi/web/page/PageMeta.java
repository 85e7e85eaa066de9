package org.saleskpi.web.page;

import java.util.Objects;

/**
 * {@code $metas} in templates: a {@code <meta name content>} of the page's head that a host's decorator
 * reads (Jira: the project whose settings frame the page, the sidebar item to mark). The getters are for the
 * templates ({@code $meta.nameHtml} is {@code getNameHtml()}) and return the values HTML-escaped.
 */
public final class PageMeta {
    private static final Escaper ESCAPER = new Escaper();

    private final String name;
    private final String content;

    public PageMeta(String name, String content) {
        this.name = Objects.requireNonNull(name, "name");
        this.content = Objects.requireNonNull(content, "content");
    }

    public String getNameHtml() {
        return ESCAPER.html(name);
    }

    public String getContentHtml() {
        return ESCAPER.html(content);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PageMeta meta && meta.name.equals(name) && meta.content.equals(content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, content);
    }

    @Override
    public String toString() {
        return name + "=" + content;
    }
}
