/*
 * Compile-only stub of com.atlassian.templaterenderer.TemplateRenderer (interface) as Jira 11.3 provides it
 * through the Atlassian Template Renderer plugin (an OSGi service the app imports); never packaged.
 * Member: void render(String, Map<String, Object>, Writer), one of the four methods of JIRA-PLATFORM.md 1.11 [P],
 * checked against the interface's public source text in
 * the code index (atlassian-template-renderer-api, undated copy; javadoc: "Renders the template to the writer,
 * using the given context and adding an I18nResolver and WebResourceManager"). Its throws clauses,
 * RenderingException and IOException on both render methods and RenderingException on renderFragment, are from
 * that copy; an older copy declares renderFragment "throws IOException" and has no resolve. Which of the two
 * Jira 11.3's ATR has is UNVERIFIED, so kpi-jira calls only render(String, Map, Writer), which both copies
 * declare alike, and finds its templates through its own class loader instead of resolve.
 */
package com.atlassian.templaterenderer;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

public interface TemplateRenderer {
    void render(String templateName, Map<String, Object> context, Writer writer) throws RenderingException, IOException;
}
