package org.saleskpi.core.index;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.issue.StandardField;

/**
 * The field table of the standalone index: every system field a query may name, under its Jira
 * names, with the index column behind it and, when the engine computes on it, core's
 * {@link StandardField}. Loading a table, filtering and ordering all read a field from here, so a
 * new system field is one entry (and its column in {@link IndexColumns}).
 */
public enum SystemField {
    PROJECT(StandardField.PROJECT, c -> new IndexField.Names(c.project(), false), "project"),
    ISSUE_TYPE(StandardField.ISSUE_TYPE, c -> new IndexField.Names(c.issueType(), false), "issuetype", "type"),
    STATUS(StandardField.STATUS, c -> new IndexField.Names(c.status(), false), "status"),
    STATUS_CATEGORY(StandardField.STATUS_CATEGORY, c -> new IndexField.Categories(c.statusCategory()),
            "statuscategory"),
    RESOLUTION(StandardField.RESOLUTION, c -> new IndexField.Names(c.resolution(), false), "resolution"),
    ASSIGNEE(StandardField.ASSIGNEE, c -> new IndexField.People(c.assignee()), "assignee"),
    REPORTER(StandardField.REPORTER, c -> new IndexField.People(c.reporter()), "reporter"),
    CREATED(StandardField.CREATED, c -> new IndexField.Instants(c.created()), "created", "createddate"),
    UPDATED(StandardField.UPDATED, c -> new IndexField.Instants(c.updated()), "updated", "updateddate"),
    RESOLVED(StandardField.RESOLVED, c -> new IndexField.Instants(c.resolved()), "resolved", "resolutiondate"),
    DUE(StandardField.DUE, c -> new IndexField.Days(c.due()), "duedate", "due"),
    /**
     * Jira's clause names of the issue key: {@code key}, {@code issue}, {@code issuekey} and {@code id} (IssueIdConstants
     * in the Jira 6 source copy turgaycelik/mysource@ee01e28); ids are not keys, so {@code id} is not here.
     */
    KEY(StandardField.KEY, IndexField.Keys::new, "key", "issuekey", "issue"),
    LABELS(null, c -> new IndexField.Labels(c.labels()), "labels"),
    SUMMARY(null, c -> new IndexField.Texts(List.of(c.summary()), List.of()), "summary"),
    DESCRIPTION(null, c -> new IndexField.Texts(List.of(c.description()), List.of()), "description"),
    /** Jira's {@code text ~ "…"}: summary, description and every text field at once. */
    TEXT(null, c -> new IndexField.Texts(List.of(c.summary(), c.description()), c.textFields()), "text");

    private static final Map<String, SystemField> BY_NAME = Stream.of(values())
            .flatMap(field -> field.names.stream().map(name -> Map.entry(name, field)))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    private static final Map<StandardField, SystemField> BY_ENGINE_FIELD = new EnumMap<>(StandardField.class);

    static {
        for (SystemField field : values()) {
            field.engine.ifPresent(standard -> BY_ENGINE_FIELD.put(standard, field));
        }
    }

    private final Optional<StandardField> engine;
    private final Function<IndexColumns, IndexField> column;
    private final List<String> names;

    SystemField(StandardField engine, Function<IndexColumns, IndexField> column, String... names) {
        this.engine = Optional.ofNullable(engine);
        this.column = column;
        this.names = List.of(names);
    }

    /** A system field by any of its Jira names, ignoring case; empty when the name is not one. */
    public static Optional<SystemField> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT)));
    }

    /** The entry of an engine field; every {@link StandardField} has one. */
    public static SystemField of(StandardField field) {
        SystemField entry = BY_ENGINE_FIELD.get(field);
        if (entry == null) {
            throw new IllegalStateException("the index has no column for the engine field " + field);
        }
        return entry;
    }

    /** Jira's names of the field, lower case, the canonical one first. */
    public List<String> names() {
        return names;
    }

    /** The engine field it loads as, when the engine computes on it. */
    public Optional<StandardField> engine() {
        return engine;
    }

    /** Whether its values are people, so that a query's names are looked up in the directory. */
    public boolean holdsUsers() {
        return engine.map(field -> field.type() == FieldType.USER).orElse(false);
    }

    /** Its column in the index. */
    public IndexField column(IndexColumns columns) {
        return column.apply(columns);
    }
}
