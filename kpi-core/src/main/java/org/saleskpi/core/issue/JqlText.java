package org.saleskpi.core.issue;

import java.util.Locale;

/** Small operations on JQL text that both hosts need before composing queries. */
public final class JqlText {
    private JqlText() {
    }

    /**
     * The query without its {@code ORDER BY} clause, which would break a composition such as
     * {@code (scope) AND (query)}; KPIs and counts do not depend on order. The clause is the last one,
     * found outside quoted text, so {@code summary ~ "order by phone"} keeps its text.
     */
    public static String withoutOrderBy(String jql) {
        String upper = jql.toUpperCase(Locale.ROOT);
        int at = upper.lastIndexOf("ORDER BY");
        while (at >= 0) {
            boolean startsClause = at == 0 || Character.isWhitespace(jql.charAt(at - 1));
            if (startsClause && !insideQuotes(jql, at)) {
                return jql.substring(0, at).trim();
            }
            at = upper.lastIndexOf("ORDER BY", at - 1);
        }
        return jql;
    }

    /**
     * {@code (first) AND (second)}, each without its order; a blank part is left out, so two blank parts
     * give an empty query.
     */
    public static String and(String first, String second) {
        String left = first == null ? "" : withoutOrderBy(first);
        String right = second == null ? "" : withoutOrderBy(second);
        if (left.isBlank()) {
            return right;
        }
        if (right.isBlank()) {
            return left;
        }
        return "(" + left + ") AND (" + right + ")";
    }

    private static boolean insideQuotes(String jql, int end) {
        char open = 0;
        for (int i = 0; i < end; i++) {
            char c = jql.charAt(i);
            if (c == '\\') {
                i++;
            } else if (open == 0 && (c == '"' || c == '\'')) {
                open = c;
            } else if (c == open) {
                open = 0;
            }
        }
        return open != 0;
    }
}
