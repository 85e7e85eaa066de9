package org.saleskpi.jira.page;

import java.util.List;
import org.saleskpi.web.page.PageSite;
import org.saleskpi.web.page.Pages;

/**
 * Where kpi-web's pages find things inside Jira, below Jira's context path: the pages at
 * {@code /plugins/servlet/saleskpi} (the servlet module), the REST API at {@code /rest/saleskpi/1.0}, Jira's own
 * issue navigator for drill-downs, and the scripts and styles as the download resources of the web resource
 * {@value #STATIC_RESOURCES} (directories {@code js/}, {@code css/}, {@code webjars/}, {@code jira/}). Jira's
 * {@value #DECORATOR} decorator frames every page.
 */
public final class JiraPageSite {
    /** The plugin key of atlassian-plugin.xml (the bundle's Atlassian-Plugin-Key). */
    public static final String PLUGIN_KEY = "org.saleskpi.kpi-jira";
    /** The web resource whose directory download resources serve the pages' files. */
    public static final String STATIC_RESOURCES = "saleskpi-page-files";
    public static final String SERVLET_PATH = "/plugins/servlet/saleskpi";
    public static final String DECORATOR = "atl.admin";

    private JiraPageSite() {
    }

    /** The site below {@code contextPath} ({@code ""} or a path such as {@code /jira}). */
    public static PageSite at(String contextPath) {
        String files = contextPath + "/download/resources/" + PLUGIN_KEY + ":" + STATIC_RESOURCES;
        return new PageSite(contextPath + SERVLET_PATH, contextPath + "/rest/saleskpi/1.0", contextPath + "/issues/?jql=",
                files, List.of(files + "/jira/chart-amd-off.js", files + "/webjars/" + Pages.CHART_JS,
                        files + "/jira/chart-amd-on.js"),
                contextPath + "/", DECORATOR);
    }
}
