package org.saleskpi.bench;

import org.saleskpi.core.index.VisibilityPolicy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.issue.FieldValue;
import org.saleskpi.core.issue.IssueQuery;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.user.AccessPolicy;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.demo.DemoIssueType;
import org.saleskpi.demo.DemoSalesModel;
import org.saleskpi.demo.DemoSpec;
import org.saleskpi.demo.DemoStatus;
import org.saleskpi.server.demo.DemoLoader;
import org.saleskpi.core.index.CustomField;
import org.saleskpi.core.index.IndexCodedColumn;
import org.saleskpi.core.index.IndexColumns;
import org.saleskpi.core.index.IndexLongColumn;
import org.saleskpi.core.index.IssueIndex;
import org.saleskpi.core.index.IndexedIssue;
import org.saleskpi.core.index.IndexedIssueSource;
import org.saleskpi.core.index.RowSet;
import org.saleskpi.core.jql.JqlContext;
import org.saleskpi.core.jql.JqlFilter;
import org.saleskpi.core.jql.JqlParser;
import org.saleskpi.core.jql.JqlQuery;

/**
 * The bench's workload in the standalone server's issue index, with the won-or-lost deals filter
 * timed two ways: as JQL, and as a hand-written loop over the index's code arrays.
 */
public final class IndexedDemo {
    /** Deals closed won or lost in the last year: the demo's names for type and statuses. */
    public static final String FILTER = "project = " + DemoSpec.DEFAULT_PROJECT_KEY
            + " AND issuetype = " + DemoIssueType.OPPORTUNITY.jiraName() + " AND status in ("
            + DemoStatus.WON.jiraName() + ", " + DemoStatus.LOST.jiraName() + ") AND resolved >= -365d";
    private static final int BATCH = 10_000;
    private static final UserRef ADMIN = new UserRef("admin", "Admin");

    private final Workload workload;
    private final IssueIndex index = new IssueIndex();
    /** Keeps no loaded table, so that every load gathers the columns. */
    private final IndexedIssueSource source;
    private final IndexedIssueSource cachingSource;
    private final JqlContext context;

    private IndexedDemo(Workload workload) {
        this.workload = workload;
        // "Now" is the end of the generated window, so the last year holds closed deals.
        Instant now = workload.spec().window().end().atStartOfDay(workload.zone()).toInstant();
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        this.context = JqlContext.of(clock, workload.zone(), Optional.of(ADMIN.key()));
        this.source = new IndexedIssueSource(index, VisibilityPolicy.byProjects(new AdminOnly()), clock, workload.zone(), 0, 0);
        this.cachingSource = new IndexedIssueSource(index, VisibilityPolicy.byProjects(new AdminOnly()), clock, workload.zone());
        // The demo\'s fields as the demo loader defines them.
        DemoLoader.FIELDS.forEach(index::defineField);
    }

    /** Generates the workload's issues into a new index, in batches as an import would. */
    public static IndexedDemo build(Workload workload) {
        IndexedDemo demo = new IndexedDemo(workload);
        List<IndexedIssue> batch = new ArrayList<>(BATCH);
        workload.stream(record -> {
            batch.add(new IndexedIssue(record, "Deal " + record.key(), "", Set.of()));
            if (batch.size() == BATCH) {
                demo.index.upsert(batch);
                batch.clear();
            }
        });
        demo.index.upsert(batch);
        return demo;
    }

    public IssueIndex index() {
        return index;
    }

    /** How many issues the JQL filter selects: parsing and evaluation included. */
    public int filter() {
        return index.read(columns -> JqlFilter.select(JqlParser.parse(FILTER), columns, context).count());
    }

    /** The same selection as {@link #filter()}, written by hand over the code arrays. */
    public int baseline() {
        long since = context.now().atZone(context.zone()).minusDays(365).toInstant().toEpochMilli();
        return index.read(columns -> {
            int project = code(columns.project(), workload.spec().projectKey());
            int type = code(columns.issueType(), DemoIssueType.OPPORTUNITY.jiraName());
            int won = code(columns.status(), DemoStatus.WON.jiraName());
            int lost = code(columns.status(), DemoStatus.LOST.jiraName());
            int count = 0;
            for (int row = 0; row < columns.rows(); row++) {
                int status = columns.status().code(row);
                if (columns.project().code(row) == project && columns.issueType().code(row) == type
                        && (status == won || status == lost) && columns.resolved().value(row) >= since) {
                    count++;
                }
            }
            return count;
        });
    }

    /** The table the KPIs read, of every SALES issue, as the engine would ask for it. */
    public IssueTable load() {
        return source.load(loadQuery());
    }

    /** The same through a source that keeps loaded tables: after the first, the request of the next gadget. */
    public IssueTable loadCached() {
        return cachingSource.load(loadQuery());
    }

    /**
     * The same table built the way the issue source did before it gathered columns: one issue
     * record per selected row through the engine's row builder. The baseline of the load figure.
     */
    public IssueTable loadRowwise() {
        IssueQuery query = loadQuery();
        JqlQuery jql = JqlParser.parse(query.jql());
        return index.read(columns -> {
            RowSet rows = JqlFilter.select(jql, columns, context);
            RowSet browsable = RowSet.none(columns.rows());
            columns.project().select(columns.project().codesWhere(project -> true), columns.rows(), browsable);
            rows.and(browsable);
            List<CustomField> fields = new ArrayList<>();
            for (Column column : query.columns()) {
                if (column instanceof Column.Custom custom) {
                    fields.add(columns.field(custom.fieldId()).orElseThrow());
                }
            }
            IssueTable.Builder table = IssueTable.builder(query.zone(), query.columns());
            rows.forEach(row -> table.add(record(columns, row, fields)));
            return table.build();
        });
    }

    /** Whether two tables hold the same columns and the same value in every cell. */
    public static boolean sameCells(IssueTable a, IssueTable b) {
        if (a.size() != b.size() || !a.columns().equals(b.columns())) {
            return false;
        }
        for (Column column : a.columns()) {
            for (int row = 0; row < a.size(); row++) {
                if (!a.cell(column, row).equals(b.cell(column, row))) {
                    return false;
                }
            }
        }
        return true;
    }

    private IssueQuery loadQuery() {
        return new IssueQuery("project = " + workload.spec().projectKey(), ADMIN, workload.columns(),
                workload.zone());
    }

    /** The row as a record holding the system fields and only the asked custom fields. */
    private static IssueRecord record(IndexColumns c, int row, List<CustomField> fields) {
        Map<String, FieldValue> values = new HashMap<>();
        for (CustomField field : fields) {
            FieldValue value = c.fieldValue(field, row);
            if (value != null) {
                values.put(field.id(), value);
            }
        }
        long resolved = c.resolved().value(row);
        long due = c.due().value(row);
        return new IssueRecord(c.key(row), c.project().value(c.project().code(row)),
                c.issueType().value(c.issueType().code(row)), c.status().value(c.status().code(row)),
                c.statusCategory().value(c.statusCategory().code(row)),
                Optional.ofNullable(c.resolution().value(c.resolution().code(row))),
                Optional.ofNullable(c.assignee().value(c.assignee().code(row))),
                Optional.ofNullable(c.reporter().value(c.reporter().code(row))),
                Instant.ofEpochMilli(c.created().value(row)), Instant.ofEpochMilli(c.updated().value(row)),
                resolved == IndexLongColumn.NONE ? Optional.empty() : Optional.of(Instant.ofEpochMilli(resolved)),
                due == IndexLongColumn.NONE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(due)), values);
    }

    private static int code(IndexCodedColumn<String> column, String value) {
        for (int code = 1; code < column.cardinality(); code++) {
            if (value.equals(column.value(code))) {
                return code;
            }
        }
        return -1;
    }

    /** The bench reads as an administrator: every project is visible. */
    private static final class AdminOnly implements AccessPolicy {
        @Override
        public Optional<UserRef> currentUser() {
            return Optional.of(ADMIN);
        }

        @Override
        public boolean canBrowse(UserRef user, String projectKey) {
            return false;
        }

        @Override
        public boolean canAdminister(UserRef user, String projectKey) {
            return false;
        }

        @Override
        public boolean isSystemAdmin(UserRef user) {
            return user.equals(ADMIN);
        }
    }
}
