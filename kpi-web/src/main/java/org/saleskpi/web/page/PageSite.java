package org.saleskpi.web.page;

import java.util.Objects;

/**
 * Where a host serves what pages link to.
 *
 * @param pagesBase the prefix of the page URLs ({@code ""}: {@code /goals} is the goals page)
 * @param restBase the REST API's base path, {@code /rest/saleskpi/1.0}
 * @param issuesUrl the issue list URL that a URL-encoded JQL is appended to ({@code /issues?jql=})
 * @param staticBase the base path of the files under {@code saleskpi/static/}
 * @param webjarsBase the base path of the WebJars' files ({@code META-INF/resources/webjars/})
 */
public record PageSite(String pagesBase, String restBase, String issuesUrl, String staticBase, String webjarsBase) {
    /** The standalone server's paths. */
    public static final PageSite STANDALONE = new PageSite("", "/rest/saleskpi/1.0", "/issues?jql=", "/static/saleskpi",
            "/static/webjars");

    public PageSite {
        Objects.requireNonNull(pagesBase, "pagesBase");
        Objects.requireNonNull(restBase, "restBase");
        Objects.requireNonNull(issuesUrl, "issuesUrl");
        Objects.requireNonNull(staticBase, "staticBase");
        Objects.requireNonNull(webjarsBase, "webjarsBase");
    }
}
