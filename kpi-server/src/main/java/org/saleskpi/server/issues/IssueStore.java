package org.saleskpi.server.issues;

import org.saleskpi.core.index.CustomField;
import org.saleskpi.core.index.IndexedIssue;
import org.saleskpi.core.index.IssueHistories;
import org.saleskpi.core.index.IssueSink;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.saleskpi.core.history.Change;
import org.saleskpi.core.history.IssueHistory;
import org.saleskpi.core.jql.ValueHistory;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.StatusCategory;
import org.saleskpi.server.database.Transactions;
import org.saleskpi.server.progress.Progress;
import org.saleskpi.store.Netstrings;

/**
 * The server's issues in its own tables (plain JDBC, portable between H2 and PostgreSQL), with the
 * changes every write makes recorded in the same transaction ({@link IssueChanges}). Every write is
 * passed on to an {@link IssueSink} after it commits, so the index never runs ahead of the tables.
 */
public final class IssueStore implements IssueHistories {
    /** Rows per JDBC batch and per page when reading; larger batches gained nothing when measured. */
    static final int BATCH = 1000;
    /** Local field ids start where Jira's own custom field ids start. */
    static final int FIRST_FIELD_NUMBER = 10_000;
    private static final String FIELD_PREFIX = "customfield_";
    private static final Pattern LOCAL_FIELD_ID = Pattern.compile(FIELD_PREFIX + "(\\d+)");

    private static final String ISSUE_COLUMNS = "ISSUE_KEY, PROJECT, ISSUE_TYPE, STATUS, STATUS_CATEGORY,"
            + " RESOLUTION, ASSIGNEE, REPORTER, CREATED, UPDATED, RESOLVED, DUE, SUMMARY, DESCRIPTION, LABELS,"
            + " FIELD_VALUES";

    /** The columns of {@link #ISSUE_COLUMNS} after the key. */
    static final int COLUMNS_AFTER_KEY = 15;
    /** The longest label, in characters (Jira's limit). */
    public static final int MAX_LABEL = 255;

    /** The loaded table's primary key, which an import into an empty table adds after loading it. */
    private static final Map<String, String> LOADED_KEYS = Map.of("ISSUE", "ISSUE_KEY");

    private final DataSource dataSource;
    private final IssueSink sink;
    private final Journal journal;
    /** Asked before each batch of an import. */
    private volatile WriteRoom room = WriteRoom.UNLIMITED;
    /** Whether an import into empty issue tables adds their keys after loading them (ADR 0056). */
    private volatile boolean keysAfterLoad;

    /** Held from a write's transaction until the sink has it, and while other nodes' writes are re-read. */
    private final ReentrantLock writes = new ReentrantLock();
    /** Fields the sink was given: another node may define one that this node's writes then use. */
    private final Set<String> fieldsInSink = ConcurrentHashMap.newKeySet();

    /** A store whose writes tell no other node (H2, a command-line import). */
    public IssueStore(DataSource dataSource, IssueSink sink) {
        this(dataSource, sink, Journal.NONE);
    }

    /** A store that records the keys of every write in {@code journal}, in the write's own transaction. */
    public IssueStore(DataSource dataSource, IssueSink sink, Journal journal) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.journal = Objects.requireNonNull(journal, "journal");
    }

    /** Imports stop, keeping nothing, once {@code room} says the disk is nearly full (checked before each batch). */
    public void guardImports(WriteRoom guard) {
        this.room = Objects.requireNonNull(guard, "guard");
    }

    /**
     * An import into empty issue tables loads them without their primary keys and adds the keys after its commit:
     * H2 builds a key on a filled table from sorted buffers, writing each entry once, where a key kept during the load
     * takes a put under the transaction per row and another at the commit (ADR 0056). For a database this process
     * alone writes (H2): while the keys are off, nothing else may look issues up by key.
     */
    public void addKeysAfterLoadingEmptyTables() {
        this.keysAfterLoad = true;
    }

    /** Creates the tables that are missing; safe to run at every start. */
    public void createSchema() {
        // VARCHAR without a length is unbounded in PostgreSQL and H2's maximum (1,000,000) in H2.
        // A schema of their own: Active Objects reads every table of its schema when it migrates and
        // refuses column types it does not know (DATE, TIMESTAMP WITH TIME ZONE).
        List<String> ddl = List.of(
                "CREATE SCHEMA IF NOT EXISTS SK",
                "CREATE TABLE IF NOT EXISTS SK.ISSUE ("
                        + " ISSUE_KEY VARCHAR(255) NOT NULL PRIMARY KEY,"
                        + " PROJECT VARCHAR(255) NOT NULL,"
                        + " ISSUE_TYPE VARCHAR(255) NOT NULL,"
                        + " STATUS VARCHAR(255) NOT NULL,"
                        + " STATUS_CATEGORY VARCHAR(16) NOT NULL,"
                        + " RESOLUTION VARCHAR(255),"
                        + " ASSIGNEE VARCHAR(255),"
                        + " REPORTER VARCHAR(255),"
                        + " CREATED TIMESTAMP WITH TIME ZONE NOT NULL,"
                        + " UPDATED TIMESTAMP WITH TIME ZONE NOT NULL,"
                        + " RESOLVED TIMESTAMP WITH TIME ZONE,"
                        + " DUE DATE,"
                        + " SUMMARY VARCHAR NOT NULL,"
                        + " DESCRIPTION VARCHAR NOT NULL,"
                        // The labels and the custom field values, packed (Netstrings, ADR 0081).
                        + " LABELS VARCHAR,"
                        + " FIELD_VALUES VARCHAR)",
                // Data of format 2 or older has neither: its labels and values are in tables of their own.
                "ALTER TABLE SK.ISSUE ADD COLUMN IF NOT EXISTS LABELS VARCHAR",
                "ALTER TABLE SK.ISSUE ADD COLUMN IF NOT EXISTS FIELD_VALUES VARCHAR",
                "CREATE TABLE IF NOT EXISTS SK.FIELD ("
                        + " FIELD_ID VARCHAR(64) NOT NULL PRIMARY KEY,"
                        + " FIELD_NAME VARCHAR(255) NOT NULL UNIQUE,"
                        + " FIELD_TYPE VARCHAR(16) NOT NULL)");
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            for (String sql : ddl) {
                statement.execute(sql);
            }
            for (String sql : IssueChanges.DDL) {
                statement.execute(sql);
            }
            for (String sql : JiraIds.DDL) {
                statement.execute(sql);
            }
            FormatTwoTables.moveIntoIssues(dataSource);
            // An import killed while it loaded the tables without their keys left them empty (or, killed after its
            // commit, whole) and without keys.
            addMissingKeys(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the issue tables", e);
        }
    }

    /** Adds the primary key of every loaded table that has none. */
    private static void addMissingKeys(Connection connection) throws SQLException {
        for (Map.Entry<String, String> table : LOADED_KEYS.entrySet()) {
            if (!hasPrimaryKey(connection, table.getKey())) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("ALTER TABLE SK." + table.getKey() + " ADD PRIMARY KEY (" + table.getValue()
                            + ")");
                }
            }
        }
    }

    private static boolean hasPrimaryKey(Connection connection, String table) throws SQLException {
        // PostgreSQL names unquoted tables in lower case, H2 in upper case.
        try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM INFORMATION_SCHEMA."
                + "TABLE_CONSTRAINTS WHERE UPPER(TABLE_SCHEMA) = 'SK' AND UPPER(TABLE_NAME) = ?"
                + " AND CONSTRAINT_TYPE = 'PRIMARY KEY'")) {
            query.setString(1, table);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1) > 0;
            }
        }
    }

    /**
     * Drops the loaded tables' primary keys if {@link #addKeysAfterLoadingEmptyTables} was asked for and every
     * loaded table is empty; true when it did. Each statement commits on its own (H2 commits around DDL).
     */
    private boolean dropKeysOfEmptyTables() {
        if (!keysAfterLoad) {
            return false;
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : LOADED_KEYS.keySet()) {
                try (ResultSet rows = statement.executeQuery("SELECT 1 FROM SK." + table + " FETCH FIRST 1 ROW ONLY")) {
                    if (rows.next()) {
                        return false;
                    }
                }
            }
            for (String table : LOADED_KEYS.keySet()) {
                // A key that could not be added again after a failed import is already off.
                if (hasPrimaryKey(connection, table)) {
                    statement.execute("ALTER TABLE SK." + table + " DROP PRIMARY KEY");
                }
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the empty issue tables for an import", e);
        }
    }

    private void addKeys() {
        try (Connection connection = dataSource.getConnection()) {
            addMissingKeys(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot add the keys of the issue tables", e);
        }
    }

    /** Number of issues held. */
    public int count() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM SK.ISSUE")) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count issues", e);
        }
    }

    /** The defined custom fields, by id. */
    public List<CustomField> fields() {
        return List.copyOf(fieldsById().values());
    }

    /** The field named {@code name}, if one is defined. */
    public Optional<CustomField> field(String name) {
        return fieldsById().values().stream().filter(field -> field.name().equals(name)).findFirst();
    }

    /**
     * The field named {@code name}, defined with the next free local id ({@code customfield_NNNNN},
     * above every id in use and at least 10000) unless a field of that name exists; then that one is
     * returned as it is, whatever its type.
     */
    public synchronized CustomField defineField(String name, FieldType type) {
        Optional<CustomField> existing = field(name);
        if (existing.isPresent()) {
            return existing.get();
        }
        int next = FIRST_FIELD_NUMBER;
        for (String id : fieldsById().keySet()) {
            Matcher local = LOCAL_FIELD_ID.matcher(id);
            if (local.matches()) {
                next = Math.max(next, Integer.parseInt(local.group(1)) + 1);
            }
        }
        return insertField(new CustomField(FIELD_PREFIX + next, name, type));
    }

    /**
     * Defines a field under a given id, for data that must match ids fixed elsewhere (the demo's
     * sales model). Defining it again is a no-op; an id or name already used otherwise is refused.
     */
    public synchronized CustomField defineField(CustomField field) {
        Map<String, CustomField> fields = fieldsById();
        CustomField sameId = fields.get(field.id());
        if (sameId != null) {
            if (!sameId.equals(field)) {
                throw new IllegalStateException("field " + field.id() + " is already defined as '"
                        + sameId.name() + "' (" + sameId.type() + ")");
            }
            return sameId;
        }
        Optional<CustomField> sameName = field(field.name());
        if (sameName.isPresent()) {
            throw new IllegalStateException("a field named '" + field.name() + "' already exists as "
                    + sameName.get().id());
        }
        return insertField(field);
    }

    private CustomField insertField(CustomField field) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO SK.FIELD (FIELD_ID, FIELD_NAME, FIELD_TYPE) VALUES (?, ?, ?)")) {
            insert.setString(1, field.id());
            insert.setString(2, field.name());
            insert.setString(3, field.type().name());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot define field " + field.name(), e);
        }
        sink.defineField(field);
        fieldsInSink.add(field.id());
        return field;
    }

    private Map<String, CustomField> fieldsById() {
        Map<String, CustomField> fields = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT FIELD_ID, FIELD_NAME, FIELD_TYPE FROM SK.FIELD ORDER BY FIELD_ID")) {
            while (rows.next()) {
                fields.put(rows.getString(1),
                        new CustomField(rows.getString(1), rows.getString(2), FieldType.valueOf(rows.getString(3))));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the custom fields", e);
        }
        return fields;
    }

    /** Gives the sink the fields it has not had from this store. */
    private void defineInSink(Map<String, CustomField> fields) {
        for (CustomField field : fields.values()) {
            if (fieldsInSink.add(field.id())) {
                sink.defineField(field);
            }
        }
    }

    /**
     * Hands every field, then every issue page by page with its recorded history (one query of changes per page), to
     * {@code target}; progress counts issues.
     */
    public void loadInto(IssueSink target, Progress progress) {
        Map<String, CustomField> fields = fieldsById();
        fields.values().forEach(target::defineField);
        int total = count();
        int done = 0;
        String after = "";
        try (Connection connection = dataSource.getConnection()) {
            while (true) {
                List<String> keys = pageOfKeys(connection, after);
                if (keys.isEmpty()) {
                    break;
                }
                String last = keys.get(keys.size() - 1);
                String range = "ISSUE_KEY > ? AND ISSUE_KEY <= ?";
                List<IndexedIssue> page = finish(read(connection, fields, range, List.of(after, last)));
                target.upsert(page, recorded(connection, page, range, List.of(after, last)));
                done += page.size();
                progress.report(done, Math.max(total, done));
                after = last;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the issues", e);
        }
        if (done == 0) {
            progress.report(0, 0);
        }
    }

    private static List<String> pageOfKeys(Connection connection, String after) throws SQLException {
        List<String> keys = new ArrayList<>(BATCH);
        // "" sorts before every key, so the first page needs no query of its own.
        try (PreparedStatement query = connection.prepareStatement("SELECT ISSUE_KEY FROM SK.ISSUE"
                + " WHERE ISSUE_KEY > ? ORDER BY ISSUE_KEY FETCH FIRST " + BATCH + " ROWS ONLY")) {
            query.setString(1, after);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    keys.add(rows.getString(1));
                }
            }
        }
        return keys;
    }

    /** The stored issues with these keys; keys not held are absent from the map. */
    public Map<String, IndexedIssue> find(Collection<String> keys) {
        Map<String, CustomField> fields = fieldsById();
        Map<String, IndexedIssue> found = new HashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            for (IndexedIssue issue : readByKeys(connection, fields, new HashSet<>(keys), false, Map.of()).issues()) {
                found.put(issue.key(), issue);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read issues", e);
        }
        return found;
    }

    /** One stored issue, if held. */
    public Optional<IndexedIssue> find(String key) {
        return Optional.ofNullable(find(List.of(key)).get(key));
    }

    /**
     * Inserts the issues whose keys are new and replaces those already stored, all in one
     * transaction, then hands them to the sink. Every custom field they use must be defined. Each
     * stored issue that changes gets one change per changed field, at {@code write.at()} by
     * {@code write.by()}, in the same transaction; a new issue gets none, and its past is known or
     * not as {@code write.pastKnown()} says.
     */
    public void save(Collection<IndexedIssue> issues, IssueWrite write) {
        save(issues, write, Progress.NONE);
    }

    /** {@link #save(Collection, IssueWrite)}, reporting written issues after each batch. */
    public void save(Collection<IndexedIssue> issues, IssueWrite write, Progress progress) {
        Objects.requireNonNull(write, "write");
        List<Entry> entries = new ArrayList<>(issues.size());
        issues.forEach(issue -> entries.add(new Entry(issue, Optional.empty())));
        save(entries, write, progress);
    }

    /**
     * Writes issues together with their whole known history (the demo's), in one transaction: each
     * issue is stored as it is now and its changes as {@code histories} gives them, replacing any
     * recorded before. {@code histories} matches {@code issues} one to one, in the same order.
     */
    public void saveWithHistories(List<IndexedIssue> issues, List<IssueHistory> histories) {
        if (issues.size() != histories.size()) {
            throw new IllegalArgumentException(issues.size() + " issues but " + histories.size() + " histories");
        }
        List<Entry> entries = new ArrayList<>(issues.size());
        for (int i = 0; i < issues.size(); i++) {
            IssueHistory history = histories.get(i);
            if (!history.key().equals(issues.get(i).key()) || !history.known()) {
                throw new IllegalArgumentException("history " + i + " (" + history.key() + ") is not a known history of "
                        + issues.get(i).key());
            }
            entries.add(new Entry(issues.get(i), Optional.of(history)));
        }
        // The changes carry their own authors and instants; the write's own are never used.
        save(entries, IssueWrite.anonymous(Instant.EPOCH), Progress.NONE);
    }

    private void save(List<Entry> entries, IssueWrite write, Progress progress) {
        List<IndexedIssue> all = entries.stream().map(Entry::issue).toList();
        Map<String, CustomField> fields = fieldsById();
        checkSavable(all, fields);
        // One write at a time: a write reads the issues' old values and the next change numbers, so two at once
        // would take the same numbers (one failing whole) or record changes that do not chain.
        writes.lock();
        try {
            List<IssueHistory> histories = saveInOneTransaction(fields, entries, write, progress);
            defineInSink(fields);
            sink.upsert(all, histories);
        } finally {
            writes.unlock();
        }
    }

    /** Writes the entries and gives their histories as now recorded, in their order. */
    private List<IssueHistory> saveInOneTransaction(Map<String, CustomField> fields, List<Entry> entries,
            IssueWrite write, Progress progress) {
        List<IssueHistory> histories = new ArrayList<>(entries.size());
        inOneTransaction("cannot save " + entries.size() + " issues; none was saved", connection -> {
            journal.begin(connection);
            Set<String> replaced = write(connection, fields, entries, write, progress);
            histories.addAll(histories(connection, entries, replaced, write));
            journal.written(connection, entries.stream().map(entry -> entry.issue().key()).toList(), List.of());
        });
        return histories;
    }

    /**
     * The whole histories of written entries, in their order, for the sink: the one an entry came with, none (known
     * or not as the write says) for a new issue, and for a replaced one what the store now records, its new changes
     * after the old (read in the write's transaction, once per batch of keys).
     */
    private static List<IssueHistory> histories(Connection connection, List<Entry> entries, Set<String> replaced,
            IssueWrite write) throws SQLException {
        Map<String, IndexedIssue> again = new LinkedHashMap<>();
        entries.stream().map(Entry::issue).filter(issue -> replaced.contains(issue.key()))
                .forEach(issue -> again.put(issue.key(), issue));
        Map<String, IssueHistory> read = new HashMap<>();
        readByKeys(connection, Map.of(), again.keySet(), true, again).histories()
                .forEach(history -> read.put(history.key(), history));
        List<IssueHistory> histories = new ArrayList<>(entries.size());
        for (Entry entry : entries) {
            IndexedIssue issue = entry.issue();
            if (entry.history().isPresent()) {
                histories.add(entry.history().get());
            } else if (replaced.contains(issue.key())) {
                histories.add(read.get(issue.key()));
            } else if (write.pastKnown()) {
                histories.add(IssueHistory.of(issue.key(), issue.record().created(), List.of()));
            } else {
                histories.add(IssueHistory.unknown(issue.key(), issue.record().created()));
            }
        }
        return histories;
    }

    /**
     * Stored issues by key, {@link #BATCH} keys a query, and their recorded histories in the same order when
     * {@code withHistories}; keys not stored are left out, each batch in key order. A write that has just stored the
     * issues passes them as {@code written} (every key's issue): they are taken as they are, not read back.
     */
    private static Found readByKeys(Connection connection, Map<String, CustomField> fields, Collection<String> keys,
            boolean withHistories, Map<String, IndexedIssue> written) throws SQLException {
        List<String> all = List.copyOf(keys);
        Found found = new Found(new ArrayList<>(), new ArrayList<>());
        for (int from = 0; from < all.size(); from += BATCH) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + BATCH));
            String in = "ISSUE_KEY IN (" + IssueChanges.marks(chunk.size()) + ")";
            List<IndexedIssue> issues = written.isEmpty() ? finish(read(connection, fields, in, chunk))
                    : chunk.stream().map(written::get).toList();
            found.issues().addAll(issues);
            if (withHistories) {
                found.histories().addAll(recorded(connection, issues, in, chunk));
            }
        }
        return found;
    }

    /** Issues read by key, and their histories in the same order when they were asked for. */
    private record Found(List<IndexedIssue> issues, List<IssueHistory> histories) {
    }

    /**
     * The recorded histories of {@code issues}, in their order, which {@code where} (over ISSUE_KEY, with
     * {@code parameters}) selects among the stored ones: changes of the fields that are columns, one query for all;
     * an issue whose past the store does not know has an unknown one.
     */
    private static List<IssueHistory> recorded(Connection connection, List<IndexedIssue> issues, String where,
            List<String> parameters) throws SQLException {
        Set<String> known = new HashSet<>();
        try (PreparedStatement query = prepare(connection,
                "SELECT ISSUE_KEY FROM SK.ISSUE WHERE HISTORY_KNOWN = TRUE AND " + where, parameters);
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                known.add(rows.getString(1));
            }
        }
        Map<String, List<Change>> changes = known.isEmpty() ? Map.of()
                : IssueChanges.ofColumns(connection, where, parameters);
        List<IssueHistory> histories = new ArrayList<>(issues.size());
        for (IndexedIssue issue : issues) {
            histories.add(known.contains(issue.key())
                    ? IssueHistory.of(issue.key(), issue.record().created(), changes.getOrDefault(issue.key(), List.of()))
                    : IssueHistory.unknown(issue.key(), issue.record().created()));
        }
        return histories;
    }

    /**
     * Writes an import's issues batch by batch in ONE transaction, so a large file never sits whole in memory as
     * rows and a failure anywhere keeps nothing: {@code batches} is asked for its next batch after the previous one
     * was written, until it gives null; then the transaction commits and every written issue goes to the sink (the
     * index never runs ahead of the tables). Each batch is written as {@link #save(Collection, IssueWrite)} writes
     * its issues; keys must not repeat, within a batch or across batches. Other writes wait until the import is
     * through. Into empty tables, where {@link #addKeysAfterLoadingEmptyTables} was asked for, the tables are loaded
     * without their primary keys, which are added after the commit; {@code batches} is told so before its first ask,
     * and the rows go as multi-row inserts ({@link EmptyTablesLoad}, ADR 0069), the last of them just before the commit.
     *
     * @return how many issues were written
     * @throws IllegalStateException when the database refuses a batch; nothing of the import is kept
     * @throws WriteRoom.NoRoomLeft when the disk is nearly full before a batch; nothing of the import is kept
     */
    public int importBatches(ImportBatches batches, IssueWrite write) {
        Objects.requireNonNull(batches, "batches");
        Objects.requireNonNull(write, "write");
        Map<String, CustomField> fields = fieldsById();
        List<String> keys = new ArrayList<>();
        List<IndexedIssue> all = new ArrayList<>();
        List<IssueHistory> histories = new ArrayList<>();
        writes.lock();
        try {
            boolean intoEmpty = dropKeysOfEmptyTables();
            try {
                if (intoEmpty) {
                    batches.intoEmptyTables();
                }
                importInOneTransaction(batches, write, fields, intoEmpty, keys, all, histories);
            } catch (RuntimeException e) {
                if (intoEmpty) {
                    addKeysAfter(e);
                }
                throw e;
            }
            if (intoEmpty) {
                addKeys();
            }
            if (!all.isEmpty()) {
                defineInSink(fields);
                sink.upsert(all, histories);
            }
        } finally {
            writes.unlock();
        }
        return keys.size();
    }

    /**
     * Writes the batches, noting the written keys in {@code keys} and, for a sink that keeps issues, the issues and
     * their histories in {@code all} and {@code histories}: the command-line import's sink keeps none, and holding
     * every issue of a large file until the commit only gave the collector more to copy (ADR 0069).
     */
    private void importInOneTransaction(ImportBatches batches, IssueWrite write, Map<String, CustomField> fields,
            boolean intoEmpty, List<String> keys, List<IndexedIssue> all, List<IssueHistory> histories) {
        boolean keptForSink = sink != IssueSink.NONE;
        // Entries are for the ordinary write and the sink's histories; a load into empty tables for a sink that keeps
        // nothing (the command line) makes none (ADR 0079).
        boolean entriesRead = !intoEmpty || keptForSink;
        inOneTransaction("cannot import the issues; none was saved", connection -> {
            journal.begin(connection);
            Set<String> given = new HashSet<>();
            try (EmptyTablesLoad load = intoEmpty ? new EmptyTablesLoad(connection, ISSUE_COLUMNS, write.pastKnown())
                    : null) {
                for (List<IndexedIssue> batch = batches.next(); batch != null; batch = batches.next()) {
                    room.ensureRoom();
                    checkSavable(batch, fields);
                    List<Entry> entries = new ArrayList<>(entriesRead ? batch.size() : 0);
                    if (entriesRead) {
                        batch.forEach(issue -> entries.add(new Entry(issue, Optional.empty())));
                    }
                    Set<String> replaced = Set.of();
                    if (intoEmpty) {
                        for (IndexedIssue issue : batch) {
                            // Without the keys the tables would take a repeated key, and the keys added after would
                            // fail.
                            if (!given.add(issue.key())) {
                                throw new IllegalArgumentException("issue " + issue.key() + " is given twice");
                            }
                        }
                        load.add(batch);
                    } else {
                        replaced = write(connection, fields, entries, write, Progress.NONE);
                    }
                    batch.forEach(issue -> keys.add(issue.key()));
                    if (keptForSink) {
                        histories.addAll(histories(connection, entries, replaced, write));
                        all.addAll(batch);
                    }
                }
                if (load != null) {
                    load.finish();
                }
            }
            journal.written(connection, keys, List.of());
        });
    }

    /** Adds the keys again after an import that failed, rolled back, keeping {@code failure} the one thrown. */
    private void addKeysAfter(RuntimeException failure) {
        try {
            addKeys();
        } catch (RuntimeException again) {
            failure.addSuppressed(again);
        }
    }

    /** The batches of an import, read while the earlier ones are written. */
    @FunctionalInterface
    public interface ImportBatches {
        /** The next issues to write (possibly none), or null when there are no more. */
        List<IndexedIssue> next();

        /**
         * Told before the first batch is asked for when the import goes into empty tables, whose keys are off until
         * it is through: no issue is stored, and a look-up by key would read every row the import wrote so far.
         */
        default void intoEmptyTables() {
        }
    }

    /**
     * Writes a page of issues copied from Jira connection {@code connectionId}, each with its complete history,
     * and runs {@code checkpoint} (the sync's own record of how far it got), all in one transaction: after a crash
     * either the whole page and its checkpoint are stored or neither is. Each issue is found by its Jira id: a new
     * one is inserted, a known one replaced with its history; one whose key changed in Jira (a move) leaves its old
     * key. Applying the same page again stores the same rows. An issue given twice keeps its last copy. A key
     * another connection holds is refused, the whole page with it; a key held by a local issue (CSV, form) is
     * taken over by the copy.
     */
    public void applySyncPage(long connectionId, List<SyncedIssue> page, InTransaction checkpoint) {
        Objects.requireNonNull(checkpoint, "checkpoint");
        Map<String, SyncedIssue> byJiraId = new LinkedHashMap<>();
        page.forEach(synced -> byJiraId.put(synced.jiraId(), synced));
        List<Entry> entries = new ArrayList<>(byJiraId.size());
        byJiraId.values().forEach(synced -> entries.add(new Entry(synced.issue(), Optional.of(synced.history()))));
        List<IndexedIssue> all = entries.stream().map(Entry::issue).toList();
        Map<String, CustomField> fields = fieldsById();
        checkSavable(all, fields);
        Set<String> gone = new LinkedHashSet<>();
        writes.lock();
        try {
            inOneTransaction("cannot apply a page of " + byJiraId.size() + " synced issues; none was applied",
                    connection -> {
                        journal.begin(connection);
                        List<String> jiraIds = List.copyOf(byJiraId.keySet());
                        Map<String, String> before = new HashMap<>();
                        List<String> keys = all.stream().map(IndexedIssue::key).toList();
                        Map<String, JiraIds.Owner> owners = new HashMap<>();
                        for (int from = 0; from < jiraIds.size(); from += BATCH) {
                            int to = Math.min(jiraIds.size(), from + BATCH);
                            before.putAll(JiraIds.keysOf(connection, connectionId, jiraIds.subList(from, to)));
                            owners.putAll(JiraIds.owners(connection, keys.subList(from, to)));
                        }
                        for (SyncedIssue synced : byJiraId.values()) {
                            JiraIds.Owner owner = owners.get(synced.issue().key());
                            if (owner != null && owner.connectionId() != connectionId) {
                                throw new IllegalStateException("issue " + synced.issue().key()
                                        + " is already copied from connection " + owner.connectionId());
                            }
                            String old = before.get(synced.jiraId());
                            if (old != null && !old.equals(synced.issue().key())) {
                                gone.add(old); // the issue's key changed in Jira
                            }
                            if (owner != null && !owner.jiraId().equals(synced.jiraId())) {
                                gone.add(synced.issue().key()); // another Jira issue of this site held the key
                            }
                        }
                        deleteRows(connection, List.copyOf(gone));
                        Map<String, String> added = new LinkedHashMap<>();
                        byJiraId.values().stream()
                                // New, moved, or mapped to a key whose old mapping was just deleted.
                                .filter(synced -> !synced.issue().key().equals(before.get(synced.jiraId()))
                                        || gone.contains(synced.issue().key()))
                                .forEach(synced -> added.put(synced.jiraId(), synced.issue().key()));
                        // The history replaces the recorded one: the write's own author and instant are never used.
                        write(connection, fields, entries, IssueWrite.anonymous(Instant.EPOCH), Progress.NONE);
                        JiraIds.add(connection, connectionId, added);
                        checkpoint.run(connection);
                        journal.written(connection, keys, gone.stream().filter(key -> !keys.contains(key)).toList());
                    });
            defineInSink(fields);
            all.forEach(issue -> gone.remove(issue.key()));
            List<String> removed = List.copyOf(gone);
            if (!removed.isEmpty()) {
                sink.remove(removed);
            }
            // Each synced issue comes with its whole history, which the store now records as it is.
            sink.upsert(all, entries.stream().map(entry -> entry.history().orElseThrow()).toList());
        } finally {
            writes.unlock();
        }
    }

    /**
     * Deletes the issues with these keys (their labels, values, recorded changes and Jira ids too) in one
     * transaction, then tells the sink. Keys not held are ignored.
     *
     * @return how many issues were held and are now deleted
     */
    public int deleteIssues(Collection<String> keys) {
        List<String> all = List.copyOf(new LinkedHashSet<>(keys));
        int[] deleted = {0};
        writes.lock();
        try {
            inOneTransaction("cannot delete " + all.size() + " issues; none was deleted", connection -> {
                journal.begin(connection);
                deleted[0] = deleteRows(connection, all);
                journal.written(connection, List.of(), all);
            });
            if (!all.isEmpty()) {
                sink.remove(all);
            }
        } finally {
            writes.unlock();
        }
        return deleted[0];
    }

    /**
     * Reads these issues again as committed now and hands them to the sink: the ones held as upserts, the others as
     * removals. For writes another node made; it waits for a write of this store in flight, so the sink never gets
     * an older copy after a newer one. Every field defined by then reaches the sink first.
     */
    public void reload(Collection<String> keys) {
        List<String> all = List.copyOf(new LinkedHashSet<>(keys));
        if (all.isEmpty()) {
            return;
        }
        writes.lock();
        try {
            Map<String, CustomField> fields = fieldsById();
            defineInSink(fields);
            Found found;
            try (Connection connection = dataSource.getConnection()) {
                found = readByKeys(connection, fields, all, true, Map.of());
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read issues", e);
            }
            Set<String> held = new HashSet<>();
            found.issues().forEach(issue -> held.add(issue.key()));
            List<String> gone = all.stream().filter(key -> !held.contains(key)).toList();
            if (!gone.isEmpty()) {
                sink.remove(gone);
            }
            sink.upsert(found.issues(), found.histories());
        } finally {
            writes.unlock();
        }
    }

    /**
     * Reads every stored issue again and hands it to the sink, and has the sink forget the keys of {@code held} (what
     * it holds) that are no longer stored: for a node that can no longer learn which issues other nodes wrote. Like
     * {@link #reload}, it waits for a write of this store in flight and keeps the next one waiting until it is done.
     */
    public void reloadAll(Collection<String> held, Progress progress) {
        writes.lock();
        try {
            Set<String> gone = new HashSet<>(held);
            gone.removeAll(storedKeys());
            if (!gone.isEmpty()) {
                sink.remove(gone);
            }
            loadInto(sink, progress);
        } finally {
            writes.unlock();
        }
    }

    private Set<String> storedKeys() {
        Set<String> keys = new HashSet<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT ISSUE_KEY FROM SK.ISSUE")) {
            while (rows.next()) {
                keys.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the issues' keys", e);
        }
        return keys;
    }

    /** The issues copied from Jira connection {@code connectionId}: local key by Jira issue id. */
    public Map<String, String> jiraIds(long connectionId) {
        try (Connection connection = dataSource.getConnection()) {
            return JiraIds.all(connection, connectionId);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the Jira ids of connection " + connectionId, e);
        }
    }

    /** Deletes every row of these issues; returns how many issues there were. */
    private static int deleteRows(Connection connection, List<String> keys) throws SQLException {
        int deleted = 0;
        for (int from = 0; from < keys.size(); from += BATCH) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + BATCH));
            for (String table : List.of("SK.ISSUE_CHANGE", "SK.JIRA_ISSUE", "SK.ISSUE")) {
                try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table
                        + " WHERE ISSUE_KEY IN (" + IssueChanges.marks(chunk.size()) + ")")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        delete.setString(i + 1, chunk.get(i));
                    }
                    int rows = delete.executeUpdate();
                    if (table.equals("SK.ISSUE")) {
                        deleted += rows;
                    }
                }
            }
        }
        return deleted;
    }

    /** Runs {@code work} in one transaction, rolled back whole when any part fails. */
    private void inOneTransaction(String failure, InTransaction work) {
        inTransaction(failure, connection -> {
            work.run(connection);
            return null;
        });
    }

    /**
     * Runs {@code work} on a connection of the store's database in one transaction and returns what it gives: for
     * the tables of parts that live beside the issues (a sync's state), which need no write lock of the issues.
     */
    public <T> T inTransaction(Transactions.Work<T> work) {
        return inTransaction("cannot complete a transaction on the store's database", work);
    }

    private <T> T inTransaction(String failure, Transactions.Work<T> work) {
        try {
            return Transactions.inOne(dataSource, work);
        } catch (SQLException e) {
            throw new IllegalStateException(failure, e);
        }
    }

    /**
     * What a write leaves for other nodes. {@link #begin} is called first in each write's transaction and may wait
     * there for other nodes' writes, as the store's own lock makes writes of one node wait; {@link #written} is
     * called after the write's rows, with the keys it stored and those it deleted.
     */
    public interface Journal {
        Journal NONE = new Journal() {
            @Override
            public void begin(Connection connection) {
            }

            @Override
            public void written(Connection connection, List<String> stored, List<String> deleted) {
            }
        };

        void begin(Connection connection) throws SQLException;

        void written(Connection connection, List<String> stored, List<String> deleted) throws SQLException;
    }

    /** Work done on the connection and in the transaction of a store write, such as another table's checkpoint. */
    @FunctionalInterface
    public interface InTransaction {
        void run(Connection connection) throws SQLException;
    }

    /**
     * Page {@code startAt}/{@code maxResults} of the change groups of issue {@code key}, oldest first
     * (empty, total 0, for an issue without recorded changes or not held).
     */
    public Changelog changelog(String key, int startAt, int maxResults) {
        try (Connection connection = dataSource.getConnection()) {
            return IssueChanges.page(connection, key, startAt, maxResults);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the changes of " + key, e);
        }
    }

    /**
     * The histories of the stored issues with these keys, limited to changes of {@code fieldIds}: known
     * ones with their changes in the order they were made, {@linkplain IssueHistory#unknown unknown}
     * ones for issues whose past the store does not know. Keys not held are absent from the map.
     */
    @Override
    public Map<String, IssueHistory> histories(List<String> keys, Set<String> fieldIds) {
        Map<String, IssueHistory> histories = new HashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            for (int from = 0; from < keys.size(); from += BATCH) {
                List<String> chunk = keys.subList(from, Math.min(keys.size(), from + BATCH));
                Map<String, List<Change>> changes = IssueChanges.of(connection, chunk, fieldIds);
                try (PreparedStatement query = connection.prepareStatement("SELECT ISSUE_KEY, CREATED, HISTORY_KNOWN"
                        + " FROM SK.ISSUE WHERE ISSUE_KEY IN (" + IssueChanges.marks(chunk.size()) + ")")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        query.setString(i + 1, chunk.get(i));
                    }
                    try (ResultSet rows = query.executeQuery()) {
                        while (rows.next()) {
                            String key = rows.getString(1);
                            Instant created = rows.getObject(2, OffsetDateTime.class).toInstant();
                            histories.put(key, rows.getBoolean(3)
                                    ? IssueHistory.of(key, created, changes.getOrDefault(key, List.of()))
                                    : IssueHistory.unknown(key, created));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the issues' changes", e);
        }
        return histories;
    }

    /** JQL's WAS operators answered from the recorded changes ({@link IssueChanges#keysThatHad}). */
    @Override
    public Optional<ValueHistory> values() {
        return Optional.of(this::keysThatHad);
    }

    private Set<String> keysThatHad(String fieldId, Set<String> values, boolean empty) {
        try (Connection connection = dataSource.getConnection()) {
            return IssueChanges.keysThatHad(connection, fieldId, values, empty);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the changes of " + fieldId, e);
        }
    }

    private static void checkSavable(List<IndexedIssue> issues, Map<String, CustomField> fields) {
        Set<String> keys = new HashSet<>();
        for (IndexedIssue issue : issues) {
            if (!keys.add(issue.key())) {
                throw new IllegalArgumentException("issue " + issue.key() + " is given twice");
            }
            for (String label : issue.labels()) {
                // Jira's own limit, which a column of their own enforced before labels were packed (ADR 0081).
                if (label.length() > MAX_LABEL) {
                    throw new IllegalArgumentException("issue " + issue.key() + " has a label longer than "
                            + MAX_LABEL + " characters");
                }
            }
            issue.record().fields().forEach((id, value) -> {
                CustomField field = fields.get(id);
                if (field == null) {
                    throw new IllegalArgumentException(issue.key() + " uses undefined field " + id);
                }
                if (value.type() != field.type()) {
                    throw new IllegalArgumentException(issue.key() + " has a " + value.type()
                            + " value in " + field.type() + " field " + id);
                }
            });
        }
    }

    /**
     * Writes the entries in batches; gives the keys of the stored issues it replaced without a history given, whose
     * recorded changes it extended.
     */
    private static Set<String> write(Connection connection, Map<String, CustomField> fields, List<Entry> entries,
            IssueWrite write, Progress progress) throws SQLException {
        Set<String> extended = new HashSet<>();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO SK.ISSUE (" + ISSUE_COLUMNS
                        + ", HISTORY_KNOWN) VALUES (" + IssueChanges.marks(COLUMNS_AFTER_KEY + 2) + ")");
                PreparedStatement update = connection.prepareStatement("UPDATE SK.ISSUE SET PROJECT = ?,"
                        + " ISSUE_TYPE = ?, STATUS = ?, STATUS_CATEGORY = ?, RESOLUTION = ?, ASSIGNEE = ?,"
                        + " REPORTER = ?, CREATED = ?, UPDATED = ?, RESOLVED = ?, DUE = ?, SUMMARY = ?,"
                        + " DESCRIPTION = ?, LABELS = ?, FIELD_VALUES = ? WHERE ISSUE_KEY = ?");
                PreparedStatement dropChanges = connection.prepareStatement(
                        "DELETE FROM SK.ISSUE_CHANGE WHERE ISSUE_KEY = ?");
                PreparedStatement markKnown = connection.prepareStatement(
                        "UPDATE SK.ISSUE SET HISTORY_KNOWN = TRUE WHERE ISSUE_KEY = ?");
                PreparedStatement insertChange = IssueChanges.insert(connection)) {
            for (int from = 0; from < entries.size(); from += BATCH) {
                List<Entry> chunk = entries.subList(from, Math.min(entries.size(), from + BATCH));
                Set<String> stored = storedKeys(connection, chunk);
                // Only a replaced issue needs what it was before and where its changes go on.
                List<String> replaced = chunk.stream().filter(e -> e.history().isEmpty())
                        .map(e -> e.issue().key()).filter(stored::contains).toList();
                extended.addAll(replaced);
                Map<String, IssueRow> before = replaced.isEmpty() ? Map.of()
                        : read(connection, fields, "ISSUE_KEY IN (" + IssueChanges.marks(replaced.size()) + ")", replaced);
                Map<String, IssueChanges.Numbers> last = IssueChanges.last(connection, replaced);
                for (Entry entry : chunk) {
                    IndexedIssue issue = entry.issue();
                    boolean exists = stored.contains(issue.key());
                    if (exists) {
                        bindIssue(update, issue, 0);
                        update.setString(COLUMNS_AFTER_KEY + 1, issue.key());
                        update.addBatch();
                    } else {
                        insert.setString(1, issue.key());
                        bindIssue(insert, issue, 1);
                        insert.setBoolean(COLUMNS_AFTER_KEY + 2, entry.history().isPresent() || write.pastKnown());
                        insert.addBatch();
                    }
                    if (entry.history().isPresent()) {
                        if (exists) {
                            dropChanges.setString(1, issue.key());
                            dropChanges.addBatch();
                            markKnown.setString(1, issue.key());
                            markKnown.addBatch();
                        }
                        IssueChanges.add(insertChange, issue.key(), IssueChanges.Numbers.NONE,
                                entry.history().get().changes());
                    } else if (exists) {
                        IndexedIssue previous = finish(Map.of(issue.key(), before.get(issue.key()))).get(0);
                        IssueChanges.add(insertChange, issue.key(),
                                last.getOrDefault(issue.key(), IssueChanges.Numbers.NONE),
                                IssueDiff.between(previous, issue, write.at(), write.by()));
                    }
                }
                // Old changes go before the new ones arrive.
                for (PreparedStatement batch : List.of(insert, update, dropChanges, markKnown, insertChange)) {
                    batch.executeBatch();
                }
                progress.report(from + chunk.size(), entries.size());
            }
            if (entries.isEmpty()) {
                progress.report(0, 0);
            }
        }
        return extended;
    }

    private static Set<String> storedKeys(Connection connection, List<Entry> chunk) throws SQLException {
        Set<String> stored = new HashSet<>();
        String sql = "SELECT ISSUE_KEY FROM SK.ISSUE WHERE ISSUE_KEY IN ("
                + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < chunk.size(); i++) {
                query.setString(i + 1, chunk.get(i).issue().key());
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    stored.add(rows.getString(1));
                }
            }
        }
        return stored;
    }

    /** Binds the {@value #COLUMNS_AFTER_KEY} columns after the key, starting after parameter {@code offset}. */
    static void bindIssue(PreparedStatement statement, IndexedIssue issue, int offset) throws SQLException {
        IssueRecord record = issue.record();
        statement.setString(offset + 1, record.project());
        statement.setString(offset + 2, record.issueType());
        statement.setString(offset + 3, record.status());
        statement.setString(offset + 4, record.statusCategory().name());
        setText(statement, offset + 5, record.resolution());
        setText(statement, offset + 6, record.assignee());
        setText(statement, offset + 7, record.reporter());
        setInstant(statement, offset + 8, Optional.of(record.created()));
        setInstant(statement, offset + 9, Optional.of(record.updated()));
        setInstant(statement, offset + 10, record.resolved());
        if (record.due().isPresent()) {
            statement.setObject(offset + 11, record.due().get());
        } else {
            statement.setNull(offset + 11, Types.DATE);
        }
        statement.setString(offset + 12, issue.summary());
        statement.setString(offset + 13, issue.description());
        statement.setString(offset + 14, Netstrings.pack(issue.labels()));
        statement.setString(offset + 15, StoredValue.packed(record.fields()));
    }

    private static void setText(PreparedStatement statement, int index, Optional<String> value) throws SQLException {
        if (value.isPresent()) {
            statement.setString(index, value.get());
        } else {
            statement.setNull(index, Types.VARCHAR);
        }
    }

    private static void setInstant(PreparedStatement statement, int index, Optional<Instant> value)
            throws SQLException {
        if (value.isPresent()) {
            statement.setObject(index, utc(value.get()));
        } else {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        }
    }

    /**
     * The instant at offset zero. {@code OffsetDateTime.ofInstant} asks the offset for its rules, and
     * {@code ZoneOffset.getRules()} makes new ones at every call: an import binds three instants per issue, and that
     * was about a tenth of its writing thread (ADR 0079).
     */
    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.of(LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(),
                ZoneOffset.UTC), ZoneOffset.UTC);
    }

    /** Issues matching {@code where} (over ISSUE_KEY), by key. */
    private static Map<String, IssueRow> read(Connection connection, Map<String, CustomField> fields,
            String where, List<String> parameters) throws SQLException {
        Map<String, IssueRow> issues = new LinkedHashMap<>();
        try (PreparedStatement query = prepare(connection,
                "SELECT " + ISSUE_COLUMNS + " FROM SK.ISSUE WHERE " + where + " ORDER BY ISSUE_KEY", parameters);
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                IssueRow row = IssueRow.of(rows, fields);
                issues.put(row.key(), row);
            }
        }
        return issues;
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<String> parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.size(); i++) {
            statement.setString(i + 1, parameters.get(i));
        }
        return statement;
    }

    private static List<IndexedIssue> finish(Map<String, IssueRow> rows) {
        List<IndexedIssue> issues = new ArrayList<>(rows.size());
        for (IssueRow row : rows.values()) {
            issues.add(new IndexedIssue(row.record().build(), row.summary(), row.description(), row.labels()));
        }
        return issues;
    }

    /** An issue to write, with the whole history to store for it when it comes with one. */
    private record Entry(IndexedIssue issue, Optional<IssueHistory> history) {
    }

    /** An issue being read back: the record so far, its text fields and its labels. */
    private record IssueRow(String key, IssueRecord.Builder record, String summary, String description,
            Set<String> labels) {

        static IssueRow of(ResultSet rows, Map<String, CustomField> fields) throws SQLException {
            String key = rows.getString(1);
            IssueRecord.Builder record = IssueRecord.builder(key, rows.getString(2))
                    .type(rows.getString(3))
                    .status(rows.getString(4), StatusCategory.valueOf(rows.getString(5)))
                    .resolution(rows.getString(6))
                    .assignee(rows.getString(7))
                    .reporter(rows.getString(8))
                    .created(instant(rows, 9))
                    .updated(instant(rows, 10))
                    .resolved(instant(rows, 11))
                    .due(rows.getObject(12, LocalDate.class));
            StoredValue.unpack(rows.getString(16), fields, record::field);
            return new IssueRow(key, record, rows.getString(13), rows.getString(14),
                    new HashSet<>(Netstrings.unpack(rows.getString(15))));
        }

        private static Instant instant(ResultSet rows, int index) throws SQLException {
            OffsetDateTime value = rows.getObject(index, OffsetDateTime.class);
            return value == null ? null : value.toInstant();
        }
    }
}
