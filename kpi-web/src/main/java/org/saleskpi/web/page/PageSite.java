package org.saleskpi.web.page;

import java.util.List;
import java.util.Objects;

/**
 * Where a host serves what pages link to, and whether it draws the page's frame itself.
 *
 * @param pagesBase the prefix of the page URLs ({@code ""}: {@code /goals} is the goals page)
 * @param restBase the REST API's base path, {@code /rest/saleskpi/1.0}
 * @param issuesUrl the issue list URL that a URL-encoded JQL is appended to ({@code /issues?jql=})
 * @param staticBase the base path of the files under {@code saleskpi/static/}
 * @param chartScripts the scripts, in order, after which {@code window.Chart} exists (Chart.js, and in
 *     Jira the two that hide its AMD loader while Chart.js loads)
 * @param homeUrl where an error page sends the visitor
 * @param decorator empty when the page draws its own top bar and navigation (the standalone server);
 *     otherwise the name of the host's decorator that frames the page (Jira: {@code atl.admin}), and the
 *     templates draw no header, navigation or sign-out of their own
 */
public record PageSite(String pagesBase, String restBase, String issuesUrl, String staticBase,
        List<String> chartScripts, String homeUrl, String decorator) {
    /** The standalone server's paths; it frames its pages itself. */
    public static final PageSite STANDALONE = new PageSite("", "/rest/saleskpi/1.0", "/issues?jql=", "/static/saleskpi",
            List.of("/static/webjars/" + Pages.CHART_JS), "/", "");

    public PageSite {
        Objects.requireNonNull(pagesBase, "pagesBase");
        Objects.requireNonNull(restBase, "restBase");
        Objects.requireNonNull(issuesUrl, "issuesUrl");
        Objects.requireNonNull(staticBase, "staticBase");
        chartScripts = List.copyOf(chartScripts);
        Objects.requireNonNull(homeUrl, "homeUrl");
        Objects.requireNonNull(decorator, "decorator");
    }

    /** Whether the host's decorator frames the pages (no top bar of our own). */
    public boolean hostDecorated() {
        return !decorator.isEmpty();
    }
}
