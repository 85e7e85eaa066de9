package org.saleskpi.server.imports;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import org.saleskpi.core.validation.InvalidInputException;

/**
 * How to read a Jira CSV export: the date pattern and zone the Jira instance was configured with
 * (English month and AM/PM names), and optionally a project key. A given project is set on every
 * imported issue and issue keys stay as exported, but a row whose key is an issue of another
 * project is skipped; without one, the {@code Project key} column is used, and failing that the
 * prefix of the issue key. Numbers are read in the file's {@link NumberStyle}.
 */
public record ImportSettings(Optional<String> project, String dateFormat, ZoneId zone, NumberStyle numbers) {
    /** Jira's default "complete date/time format", e.g. {@code 12/Mar/24 3:45 PM}. */
    public static final String JIRA_DATE_FORMAT = "dd/MMM/yy h:mm a";

    public ImportSettings {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(dateFormat, "dateFormat");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(numbers, "numbers");
        if (project.isPresent() && !project.get().matches("[A-Z][A-Z0-9_]{1,9}")) {
            throw InvalidInputException.of("project", "saleskpi.import.project.invalid",
                    "project must be a Jira project key (2 to 10 upper-case letters, digits or _,"
                            + " starting with a letter), was: " + project.get());
        }
        try {
            DateTimeFormatter.ofPattern(dateFormat);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("dateFormat", "saleskpi.import.dateFormat.invalid",
                    "date format is not a valid pattern: " + dateFormat + " (" + e.getMessage() + ")", dateFormat);
        }
    }

    /** Numbers as Jira writes a Number field's value ({@link NumberStyle#PLAIN}). */
    public ImportSettings(Optional<String> project, String dateFormat, ZoneId zone) {
        this(project, dateFormat, zone, NumberStyle.PLAIN);
    }

    /** The style of a tag the API or the command line was given; empty or absent means plain. */
    public static NumberStyle numbers(String tag) {
        if (tag == null || tag.isBlank()) {
            return NumberStyle.PLAIN;
        }
        return NumberStyle.of(tag).orElseThrow(() -> InvalidInputException.of("numberFormat",
                "saleskpi.import.numberFormat.invalid", "numberFormat must be one of " + NumberStyle.tags()
                        + ", was: " + tag, tag));
    }

    /** Jira's default format in the given zone, project from the file. */
    public static ImportSettings defaults(ZoneId zone) {
        return new ImportSettings(Optional.empty(), JIRA_DATE_FORMAT, zone);
    }
}
