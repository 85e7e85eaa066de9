package org.saleskpi.jira.page;

import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.saleskpi.web.page.PageRenderer;

/**
 * kpi-web's page templates rendered by Jira's Atlassian Template Renderer (Velocity), which finds them on this
 * plugin's class path. A template that is not there is a {@link MissingTemplateException}, found through the
 * plugin's class loader rather than the renderer's {@code resolve}, which not every renderer version has; the
 * renderer's own failures (RenderingException, unchecked) pass through to the caller's 500.
 */
public final class TemplatePages implements PageRenderer {
    private final TemplateRenderer renderer;
    private final ClassLoader templates;

    /** @param templates the class loader the renderer finds the templates with: the plugin's own */
    public TemplatePages(TemplateRenderer renderer, ClassLoader templates) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.templates = Objects.requireNonNull(templates, "templates");
    }

    @Override
    public String render(String template, Map<String, Object> context) {
        if (templates.getResource(template) == null) {
            throw new MissingTemplateException(template, null);
        }
        StringWriter html = new StringWriter(16 * 1024);
        try {
            // A copy: the renderer adds its own entries (i18n resolver, web resource manager) to the map it gets.
            renderer.render(template, new HashMap<>(context), html);
        } catch (IOException e) {
            throw new UncheckedIOException("The page template " + template + " could not be rendered", e);
        }
        return html.toString();
    }
}
