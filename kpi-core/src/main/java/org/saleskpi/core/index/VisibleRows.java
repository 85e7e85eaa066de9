package org.saleskpi.core.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The rows a {@link Visibility} allows: a browsable project, then no security level or one the user is in, over all
 * projects or in that row's project ({@link Visibility#projectLevels}), then in a project limited by key one of its
 * listed keys ({@link Visibility#allowedKeys}). Made inside the index lock; what a project allows is looked up once
 * per project code, not per row.
 */
final class VisibleRows {
    private final IndexColumns columns;
    private final Visibility sees;
    private final boolean[] browsable;
    /** The levels each project code may show. */
    private final List<Set<Long>> levelsByCode;
    /** The key list of each project code, null where the project is not limited by key. */
    private final List<Set<String>> keysByCode;

    VisibleRows(IndexColumns columns, Visibility sees) {
        this.columns = columns;
        this.sees = sees;
        IndexCodedColumn<String> projects = columns.project();
        browsable = projects.codesWhere(sees.projects()::contains);
        levelsByCode = new ArrayList<>(projects.cardinality());
        levelsByCode.add(Set.of());
        keysByCode = new ArrayList<>(projects.cardinality());
        keysByCode.add(null);
        for (int code = 1; code < projects.cardinality(); code++) {
            levelsByCode.add(sees.projectLevels().getOrDefault(projects.value(code), Set.of()));
            keysByCode.add(sees.allowedKeys().get(projects.value(code)));
        }
    }

    /** Every allowed row of the index. */
    RowSet all() {
        int rows = columns.rows();
        RowSet allowed = RowSet.none(rows);
        columns.project().select(browsable, rows, allowed);
        RowSet hidden = RowSet.none(rows);
        allowed.forEach(row -> {
            if (!shown(row)) {
                hidden.add(row);
            }
        });
        return allowed.and(hidden.not());
    }

    /** Whether the user may see {@code row}. */
    boolean test(int row) {
        return browsable[columns.project().code(row)] && shown(row);
    }

    /** Whether a row in a browsable project passes its security level and its project's key list. */
    private boolean shown(int row) {
        int project = columns.project().code(row);
        long level = columns.securityLevel().value(row);
        Set<String> keys = keysByCode.get(project);
        return (level == IndexLongColumn.NONE || sees.securityLevels().contains(level)
                || levelsByCode.get(project).contains(level))
                && (keys == null || keys.contains(columns.key(row)));
    }
}
