package org.saleskpi.web.page;

import java.util.Objects;

/**
 * {@code $metas} in templates: a {@code <meta name content>} of the page's head that a host's decorator
 * reads (Jira: the project whose settings frame the page, the sidebar item to mark). Getters, because
 * Velocity reads {@code $meta.name} through {@code getName()}.
 */
public final class PageMeta {
    private final String name;
    private final String content;

    public PageMeta(String name, String content) {
        this.name = Objects.requireNonNull(name, "name");
        this.content = Objects.requireNonNull(content, "content");
    }

    public String getName() {
        return name;
    }

    public String getContent() {
        return content;
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
