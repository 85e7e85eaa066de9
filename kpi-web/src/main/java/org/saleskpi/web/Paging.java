package org.saleskpi.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.saleskpi.core.goal.Page;
import org.saleskpi.core.goal.PageRequest;
import org.saleskpi.core.validation.Validator;

/**
 * The {@code startAt} and {@code maxResults} query parameters of a list, as Jira's REST API names
 * them: defaults 0 and 50, and at most 200 a page (more is served as 200, as Jira does).
 */
public final class Paging {
    public static final int DEFAULT_MAX_RESULTS = 50;
    public static final int MAX_RESULTS = 200;

    private Paging() {
    }

    /** The page asked for; a 400 naming {@code startAt} or {@code maxResults} when either is not a fitting number. */
    public static PageRequest of(String startAt, String maxResults) {
        Validator v = new Validator();
        int offset = number(v, "startAt", startAt, 0, 0);
        int limit = number(v, "maxResults", maxResults, DEFAULT_MAX_RESULTS, 1);
        v.throwIfInvalid();
        return new PageRequest(offset, Math.min(limit, MAX_RESULTS));
    }

    /** {@code {"startAt","maxResults","total", name: [...]}}, as Jira pages its lists. */
    public static <T> Map<String, Object> json(Page<T> page, PageRequest request, String name,
            Function<T, Object> item) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("startAt", request.offset());
        json.put("maxResults", request.limit());
        json.put("total", page.total());
        json.put(name, page.items().stream().map(item).toList());
        return json;
    }

    private static int number(Validator v, String field, String text, int fallback, int min) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.strip());
            v.check(value >= min, field, "saleskpi.error.page." + field, field + " must be at least " + min + ".");
            return value;
        } catch (NumberFormatException e) {
            v.check(false, field, "saleskpi.error.page." + field, field + " must be a whole number.");
            return fallback;
        }
    }
}
