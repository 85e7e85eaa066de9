package org.saleskpi.server.imports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What an import of a file would do, found by a dry run that writes nothing: how many rows it would create, update,
 * leave unchanged and skip, its first rows as they would be stored, every problem (up to {@value #MOST_PROBLEMS},
 * with their total), the custom columns and the field each becomes, and the projects of the file with their KPI
 * profiles, or an offer of one for a project without.
 */
public record ImportPreview(int read, int created, int updated, int unchanged, int skipped, List<Row> firstRows,
        List<Problem> problems, int problemCount, List<Column> columns, List<ProjectFound> projects) {
    /** The first rows a preview shows. */
    public static final int FIRST_ROWS = 20;
    /** The problems a preview lists; the count says how many there are in all. */
    public static final int MOST_PROBLEMS = 500;

    public ImportPreview {
        firstRows = List.copyOf(firstRows);
        problems = List.copyOf(problems);
        columns = List.copyOf(columns);
        projects = List.copyOf(projects);
    }

    /**
     * A row as it would be stored, with what the KPIs read from it: its kind (deal, lead, customer, campaign, cost or
     * empty) and amount, customer and close date as the project's profile (or the offered one) maps them.
     */
    public record Row(long line, String key, String project, String type, String kind, String status,
            String statusCategory, Optional<BigDecimal> amount, Optional<String> currency, Optional<String> customer,
            Optional<LocalDate> closeDate, Optional<String> owner, boolean ownerIsNew, Instant created) {
    }

    /** How bad a problem is: the row is left out of the import, or imported with what the problem says. */
    public enum Severity {
        ERROR,
        WARNING
    }

    /**
     * A problem of a row: its line in the file, the column (empty for the row as a whole), the issue key, and the
     * reason as the key of its text in the bundles with its parameters, and in English.
     */
    public record Problem(long line, Optional<String> column, String key, Severity severity, String messageKey,
            List<String> params, String message) {
        public Problem {
            params = List.copyOf(params);
        }
    }

    /** A {@code Custom field (Name)} column: the field it fills, its type, and whether the import defines it. */
    public record Column(String header, String field, String type, boolean isNew) {
    }

    /** A project of the file, its rows, the names of its KPI profiles, and an offer when it has none. */
    public record ProjectFound(String key, int rows, List<String> profiles, Optional<ProfileOffer> offer) {
        public ProjectFound {
            profiles = List.copyOf(profiles);
        }
    }

    /**
     * A KPI profile guessed from the file for a project without one: its issue types with their statuses, each
     * with the role its name suggests (deal, lead, customer, campaign, cost; won, lost, converted, churned), the
     * columns of each type to choose the amount, customer and close date from, and the guess among them.
     */
    public record ProfileOffer(List<TypeFound> types, List<String> numberColumns, List<String> textColumns,
            List<String> dateColumns, Optional<String> amount, Optional<String> customer,
            Optional<String> closeDate) {
        public ProfileOffer {
            types = List.copyOf(types);
            numberColumns = List.copyOf(numberColumns);
            textColumns = List.copyOf(textColumns);
            dateColumns = List.copyOf(dateColumns);
        }
    }

    /** An issue type of the file: its rows, the kind its name suggests (or empty), and its statuses. */
    public record TypeFound(String name, int rows, String kind, List<StatusFound> statuses) {
        public TypeFound {
            statuses = List.copyOf(statuses);
        }
    }

    /** A status of one issue type: its category, rows, and the role its name suggests (won, lost...) or empty. */
    public record StatusFound(String name, String category, int rows, String role) {
    }
}
