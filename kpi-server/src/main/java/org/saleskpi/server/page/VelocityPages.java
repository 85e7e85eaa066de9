package org.saleskpi.server.page;

import java.io.StringWriter;
import java.util.Map;
import java.util.Properties;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;
import org.saleskpi.web.page.PageRenderer;

/** Renders the page templates (kpi-web's shared ones and the server's own) with Velocity 2, from the classpath, cached after the first use. */
public final class VelocityPages implements PageRenderer {
    private final VelocityEngine engine;

    public VelocityPages() {
        Properties settings = new Properties();
        settings.setProperty(RuntimeConstants.RESOURCE_LOADERS, "classpath");
        settings.setProperty("resource.loader.classpath.class", ClasspathResourceLoader.class.getName());
        settings.setProperty("resource.loader.classpath.cache", "true");
        settings.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        engine = new VelocityEngine(settings);
        engine.init();
    }

    @Override
    public String render(String template, Map<String, Object> context) {
        Template page;
        try {
            page = engine.getTemplate(template, "UTF-8");
        } catch (ResourceNotFoundException e) {
            throw new MissingTemplateException(template, e);
        }
        StringWriter html = new StringWriter(16 * 1024);
        page.merge(new VelocityContext(new java.util.HashMap<>(context)), html);
        return html.toString();
    }
}
