package org.saleskpi.server.imports;

import java.util.List;
import java.util.Objects;

/**
 * A cell that keeps its row out of an import: the column it is in, the key of its text in the bundles with the
 * text's parameters, and the English sentence the import's report has always given. Thrown where the row is made
 * (an {@link IllegalArgumentException}, as before), so the real import skips the row as it did while the dry run
 * shows the row, the column and the reason in the reader's language.
 */
final class CellProblem extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String column;
    private final String messageKey;
    private final transient List<Object> params;

    CellProblem(String column, String messageKey, String message, Object... params) {
        super(message);
        this.column = Objects.requireNonNull(column, "column");
        this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
        this.params = List.of(params);
    }

    String column() {
        return column;
    }

    String messageKey() {
        return messageKey;
    }

    List<Object> params() {
        return params;
    }
}
