package org.saleskpi.web.page;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.saleskpi.core.validation.InvalidInputException;

/**
 * {@code GET /texts?bundles=common,gadgets}: the texts of some of our bundles in the caller's language
 * ({@code Accept-Language}), as {@code {"locale":"ja","texts":{key:text}}}, for scripts on pages that do
 * not embed them (Jira's dashboards). Texts change only with a release, so browsers may keep them an hour.
 */
@Path("/texts")
@Produces(MediaType.APPLICATION_JSON)
public final class TextsResource {
    static final String CACHE_CONTROL = "private, max-age=3600";

    private final Messages.Cache loaded = new Messages.Cache(TextsResource.class.getClassLoader());

    @GET
    public Response texts(@QueryParam("bundles") String bundles, @Context HttpHeaders headers) {
        List<String> names = bundles == null ? List.of()
                : Arrays.stream(bundles.split(",")).map(String::trim).filter(name -> !name.isEmpty()).distinct().toList();
        List<String> unknown = names.stream().filter(name -> !Messages.BUNDLES.contains(name)).toList();
        if (names.isEmpty() || !unknown.isEmpty()) {
            throw InvalidInputException.of("bundles", "saleskpi.texts.bundles.invalid",
                    (names.isEmpty() ? "Name the bundles" : "Unknown bundles " + String.join(", ", unknown))
                            + "; the bundles are " + String.join(", ", Messages.BUNDLES) + ".",
                    String.join(", ", Messages.BUNDLES));
        }
        Locale language = Messages.language(headers.getAcceptableLanguages());
        Messages messages = loaded.get(language, names);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("locale", messages.locale().toLanguageTag());
        body.put("texts", messages.all());
        return Response.ok(body)
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .build();
    }
}
