package org.saleskpi.core.issue;

import org.saleskpi.core.validation.InvalidInputException;

/**
 * Where a gadget's or KPI request's issues come from, in the form Jira's own gadgets store it:
 * {@code filter-<id>} (a saved filter), {@code project-<id>} (a whole project), {@code jql-<query>},
 * or plain JQL. Hosts turn it into JQL through {@link IssueSource#jql(String, org.saleskpi.core.user.UserRef)}.
 */
public sealed interface JqlSource {
    /** The request field a source travels in, and the field a bad one is reported on. */
    String FIELD = "jql";

    /** JQL text, with any {@code jql-} prefix taken off. */
    record Text(String jql) implements JqlSource {
    }

    /** A saved filter by id: its JQL as the asking user may see it. */
    record Filter(long id) implements JqlSource {
    }

    /** A project by id: {@code project = KEY} if the asking user may browse it. */
    record Project(long id) implements JqlSource {
    }

    /** Reads a source; null stays blank text, and a prefix with no whole-number id is a 400 on {@code jql}. */
    static JqlSource parse(String source) {
        if (source == null) {
            return new Text("");
        }
        if (source.startsWith("jql-")) {
            return new Text(source.substring("jql-".length()));
        }
        if (source.startsWith("filter-")) {
            return new Filter(id(source, "filter-"));
        }
        if (source.startsWith("project-")) {
            return new Project(id(source, "project-"));
        }
        return new Text(source);
    }

    private static long id(String source, String prefix) {
        String digits = source.substring(prefix.length()).trim();
        try {
            long id = Long.parseLong(digits);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw InvalidInputException.of(FIELD, "saleskpi.jql.source",
                "'" + source + "' names no " + prefix.substring(0, prefix.length() - 1) + " id.");
    }
}
