package org.saleskpi.web.reference;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.saleskpi.web.page.Escaper;

/**
 * {@code GET /reference/{name}}: one of the user documents of the repository's {@code docs/}
 * folder as an HTML page, such as {@code /reference/kpis#win-rate}. The build copies the documents
 * into the jar (kpi-web's pom), so the page is the very text of {@code docs/}, not a second copy to
 * keep. It lives under the REST path because that path is the same in the standalone server and in
 * Jira; it holds no data of anyone, so the standalone server answers it without a user. In Jira it
 * carries no access annotation, so REST v2 admits licensed users only, the people who see the links
 * (https://developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints).
 * UNVERIFIED: that Jira 10.3 and 11.3 pass this text/html answer through unchanged; no real Jira ran it.
 */
@Path("/reference")
public final class ReferenceResource {
    /** Where the build puts the documents inside the jar. */
    static final String FOLDER = "saleskpi/reference/";
    private static final Pattern NAME = Pattern.compile("[a-z0-9-]{1,64}");
    private static final String STYLE = "body{font:14px/1.5 -apple-system,'Segoe UI',Roboto,'Noto Sans',"
            + "'Noto Sans JP',sans-serif;color:#172B4D;margin:0;background:#FFFFFF}"
            + "main{max-width:760px;margin:0 auto;padding:24px}h1,h2,h3{line-height:1.25}"
            + "h2{margin-top:40px;border-bottom:1px solid #DFE1E6;padding-bottom:4px}"
            + "table{border-collapse:collapse;margin:12px 0}th,td{border:1px solid #DFE1E6;padding:4px 8px;"
            + "text-align:left;vertical-align:top}code{background:#F4F5F7;padding:0 3px;border-radius:3px}"
            + "a{color:#0052CC}:target{background:#FFFAE6}";

    private final Map<String, String> pages = new ConcurrentHashMap<>();

    @GET
    @Path("{name}")
    @Produces("text/html; charset=UTF-8")
    public Response page(@PathParam("name") String name) {
        if (!NAME.matcher(name).matches()) {
            throw new NotFoundException("There is no document " + name + ".");
        }
        String html = pages.computeIfAbsent(name, ReferenceResource::render);
        if (html.isEmpty()) {
            throw new NotFoundException("There is no document " + name + ".");
        }
        // Documents change only with a release.
        return Response.ok(html).header(HttpHeaders.CACHE_CONTROL, "public, max-age=3600")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    /** The page of a bundled document, or the empty text when the jar holds none of that name. */
    static String render(String name) {
        String markdown = read(FOLDER + name + ".md");
        if (markdown == null) {
            return "";
        }
        String title = markdown.lines().filter(line -> line.startsWith("# ")).findFirst()
                .map(line -> line.substring(2).strip()).orElse(name);
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                // As the app's pages do: no icon of its own means no request for /favicon.ico and its 404.
                + "<link rel=\"icon\" href=\"data:,\">\n"
                + "<title>" + new Escaper().html(title) + " - Sales KPI</title>\n<style>" + STYLE + "</style>\n"
                + "</head>\n<body>\n<main>\n" + Markdown.toHtml(markdown) + "</main>\n</body>\n</html>\n";
    }

    private static String read(String resource) {
        try (InputStream in = ReferenceResource.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
