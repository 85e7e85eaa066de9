package org.saleskpi.server.issues;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.saleskpi.core.history.Change;

/**
 * The issues' recorded changes in {@code SK.ISSUE_CHANGE}: one row per changed field, numbered per
 * issue ({@code SEQ}) and grouped by the write that made them ({@code GROUP_NO}, from 1 without gaps,
 * so a changelog page is a range of group numbers). Written in the batches of the issue write it
 * belongs to, on that write's connection and transaction.
 */
final class IssueChanges {
    static final List<String> DDL = List.of(
            "CREATE TABLE IF NOT EXISTS SK.ISSUE_CHANGE ("
                    + " ISSUE_KEY VARCHAR(255) NOT NULL,"
                    + " SEQ INT NOT NULL,"
                    + " GROUP_NO INT NOT NULL,"
                    + " CHANGED_AT TIMESTAMP WITH TIME ZONE NOT NULL,"
                    + " AUTHOR VARCHAR(255),"
                    + " FIELD_ID VARCHAR(64) NOT NULL,"
                    + " FROM_VALUE VARCHAR,"
                    + " TO_VALUE VARCHAR,"
                    + " PRIMARY KEY (ISSUE_KEY, SEQ))",
            // Issues stored before changes were recorded have no known past: FALSE for them.
            "ALTER TABLE SK.ISSUE ADD COLUMN IF NOT EXISTS HISTORY_KNOWN BOOLEAN DEFAULT FALSE NOT NULL");

    private static final String COLUMNS = "ISSUE_KEY, SEQ, GROUP_NO, CHANGED_AT, AUTHOR, FIELD_ID, FROM_VALUE, TO_VALUE";

    private IssueChanges() {
    }

    /** The last change and group numbers of each of {@code keys} that has recorded changes. */
    static Map<String, Numbers> last(Connection connection, Collection<String> keys) throws SQLException {
        Map<String, Numbers> last = new HashMap<>();
        if (keys.isEmpty()) {
            return last;
        }
        try (PreparedStatement query = connection.prepareStatement("SELECT ISSUE_KEY, MAX(SEQ), MAX(GROUP_NO)"
                + " FROM SK.ISSUE_CHANGE WHERE ISSUE_KEY IN (" + marks(keys.size()) + ") GROUP BY ISSUE_KEY")) {
            bind(query, 0, keys);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    last.put(rows.getString(1), new Numbers(rows.getInt(2), rows.getInt(3)));
                }
            }
        }
        return last;
    }

    /** The statement {@link #add} fills; executed with the other batches of the write. */
    static PreparedStatement insert(Connection connection) throws SQLException {
        return connection.prepareStatement("INSERT INTO SK.ISSUE_CHANGE (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    }

    /**
     * Adds {@code changes} of issue {@code key} to the batch after {@code last}; consecutive changes at
     * the same instant by the same person form one group. Returns the numbers now last.
     */
    static Numbers add(PreparedStatement insert, String key, Numbers last, List<Change> changes) throws SQLException {
        int seq = last.seq();
        int group = last.group();
        Change previous = null;
        for (Change change : changes) {
            if (previous == null || !previous.at().equals(change.at()) || !previous.by().equals(change.by())) {
                group++;
            }
            insert.setString(1, key);
            insert.setInt(2, ++seq);
            insert.setInt(3, group);
            insert.setObject(4, IssueStore.utc(change.at()));
            setText(insert, 5, change.by());
            insert.setString(6, change.field());
            setText(insert, 7, change.from());
            setText(insert, 8, change.to());
            insert.addBatch();
            previous = change;
        }
        return new Numbers(seq, group);
    }

    /** Groups {@code startAt + 1} to {@code startAt + maxResults} of issue {@code key}, and how many it has. */
    static Changelog page(Connection connection, String key, int startAt, int maxResults) throws SQLException {
        int total = last(connection, List.of(key)).getOrDefault(key, Numbers.NONE).group();
        Map<Integer, List<Change>> items = new LinkedHashMap<>();
        Map<Integer, Change> firsts = new HashMap<>();
        long to = Math.min((long) startAt + maxResults, total);
        if (startAt < to) {
            try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + " FROM SK.ISSUE_CHANGE"
                    + " WHERE ISSUE_KEY = ? AND GROUP_NO > ? AND GROUP_NO <= ? ORDER BY SEQ")) {
                query.setString(1, key);
                query.setInt(2, startAt);
                query.setInt(3, (int) to);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        int group = rows.getInt(3);
                        Change change = change(rows);
                        items.computeIfAbsent(group, g -> new ArrayList<>()).add(change);
                        firsts.putIfAbsent(group, change);
                    }
                }
            }
        }
        List<ChangeGroup> groups = new ArrayList<>();
        items.forEach((number, changes) -> groups.add(
                new ChangeGroup(number, firsts.get(number).at(), firsts.get(number).by(), changes)));
        return new Changelog(total, groups);
    }

    /**
     * The recorded changes of {@code keys} to the fields {@code fieldIds}, per key in the order they
     * were made; keys without any are absent.
     */
    static Map<String, List<Change>> of(Connection connection, List<String> keys, Set<String> fieldIds)
            throws SQLException {
        Map<String, List<Change>> changes = new HashMap<>();
        if (keys.isEmpty() || fieldIds.isEmpty()) {
            return changes;
        }
        List<String> fields = List.copyOf(fieldIds);
        try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + " FROM SK.ISSUE_CHANGE"
                + " WHERE ISSUE_KEY IN (" + marks(keys.size()) + ") AND FIELD_ID IN (" + marks(fields.size()) + ")"
                + " ORDER BY ISSUE_KEY, SEQ")) {
            bind(query, 0, keys);
            bind(query, keys.size(), fields);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    changes.computeIfAbsent(rows.getString(1), k -> new ArrayList<>()).add(change(rows));
                }
            }
        }
        return changes;
    }

    /**
     * The recorded changes of the issues matching {@code where} (a condition over {@code ISSUE_KEY} with
     * {@code parameters}), per key in the order they were made, of every field but the texts no column holds
     * (summary, description, labels: long, and no figure reads their past). One query, for an index's change log.
     */
    static Map<String, List<Change>> ofColumns(Connection connection, String where, List<String> parameters)
            throws SQLException {
        Map<String, List<Change>> changes = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + " FROM SK.ISSUE_CHANGE"
                + " WHERE " + where + " AND FIELD_ID NOT IN (?, ?, ?) ORDER BY ISSUE_KEY, SEQ")) {
            bind(query, 0, parameters);
            bind(query, parameters.size(), List.of(IssueDiff.SUMMARY, IssueDiff.DESCRIPTION, IssueDiff.LABELS));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    changes.computeIfAbsent(rows.getString(1), k -> new ArrayList<>()).add(change(rows));
                }
            }
        }
        return changes;
    }

    /**
     * The keys of issues with a change of {@code fieldId} from or to one of {@code values} (ignoring case), or from
     * or to no value when {@code empty}: every value an issue had before its current one is a change's "from". An
     * issue whose past is unknown (a CSV import) is judged on its current value alone, as its figures and the index's
     * change log take it: the changes recorded after its import are not its whole past.
     */
    static Set<String> keysThatHad(Connection connection, String fieldId, Set<String> values, boolean empty)
            throws SQLException {
        Set<String> keys = new HashSet<>();
        List<String> lower = values.stream().map(value -> value.toLowerCase(Locale.ROOT)).distinct().toList();
        List<String> conditions = new ArrayList<>();
        if (!lower.isEmpty()) {
            conditions.add("LOWER(FROM_VALUE) IN (" + marks(lower.size()) + ")");
            conditions.add("LOWER(TO_VALUE) IN (" + marks(lower.size()) + ")");
        }
        if (empty) {
            conditions.add("FROM_VALUE IS NULL");
            conditions.add("TO_VALUE IS NULL");
        }
        if (conditions.isEmpty()) {
            return keys;
        }
        try (PreparedStatement query = connection.prepareStatement("SELECT DISTINCT ISSUE_KEY FROM SK.ISSUE_CHANGE"
                + " WHERE FIELD_ID = ? AND (" + String.join(" OR ", conditions) + ")"
                + " AND ISSUE_KEY IN (SELECT ISSUE_KEY FROM SK.ISSUE WHERE HISTORY_KNOWN = TRUE)")) {
            query.setString(1, fieldId);
            if (!lower.isEmpty()) {
                bind(query, 1, lower);
                bind(query, 1 + lower.size(), lower);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    keys.add(rows.getString(1));
                }
            }
        }
        return keys;
    }

    private static Change change(ResultSet rows) throws SQLException {
        Instant at = rows.getObject(4, OffsetDateTime.class).toInstant();
        return Change.of(at, rows.getString(6), rows.getString(7), rows.getString(8), rows.getString(5));
    }

    static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private static void bind(PreparedStatement statement, int after, Collection<String> values) throws SQLException {
        int index = after;
        for (String value : values) {
            statement.setString(++index, value);
        }
    }

    private static void setText(PreparedStatement statement, int index, Optional<String> value) throws SQLException {
        if (value.isPresent()) {
            statement.setString(index, value.get());
        } else {
            statement.setNull(index, Types.VARCHAR);
        }
    }

    /** The last change number and group number of an issue; both 0 before its first change. */
    record Numbers(int seq, int group) {
        static final Numbers NONE = new Numbers(0, 0);
    }
}
