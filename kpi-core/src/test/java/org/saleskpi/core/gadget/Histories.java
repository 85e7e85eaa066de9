package org.saleskpi.core.gadget;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.saleskpi.core.history.Change;
import org.saleskpi.core.history.IssueHistory;
import org.saleskpi.core.index.CustomField;
import org.saleskpi.core.index.IndexedIssue;
import org.saleskpi.core.index.IndexedIssueSource;
import org.saleskpi.core.index.IssueHistories;
import org.saleskpi.core.index.IssueIndex;
import org.saleskpi.core.index.Visibility;
import org.saleskpi.core.issue.ChangeTable;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.issue.FieldValue;
import org.saleskpi.core.issue.IssueQuery;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.IssueSource;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.issue.StatusCategory;
import org.saleskpi.core.jql.JqlPeople;
import org.saleskpi.core.jql.SavedKeys;
import org.saleskpi.core.jql.ValueHistory;
import org.saleskpi.core.kpi.PipelineSettings;
import org.saleskpi.core.kpi.SalesModel;
import org.saleskpi.core.kpi.Stage;
import org.saleskpi.core.period.SalesCalendar;
import org.saleskpi.core.user.UserRef;

/**
 * Deals told with their history, for the pipeline gadgets' tests: local times of Europe/Berlin, each change from
 * the value before it. The issue source builds the table a host would: the query's columns, and the changes of the
 * query's history columns (none when it asks for none), so a test also proves what the gadget asks to load.
 */
public final class Histories {
    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    public static final Column AMOUNT = Column.custom("customfield_10010", FieldType.NUMBER);
    public static final Column CLOSE = Column.custom("customfield_10050", FieldType.DATE);

    private Histories() {
    }

    /**
     * Deals of type Deal, leads of type Lead; stages Prospecting, Proposal, Negotiation; Won and Lost; amounts in
     * customfield_10010, close dates in customfield_10050; euros in Berlin.
     */
    public static SalesModel model() {
        return withoutStages().withPipeline(new PipelineSettings(List.of(
                new Stage("Prospecting", Optional.empty()), new Stage("Proposal", Optional.empty()),
                new Stage("Negotiation", Optional.empty())), Optional.empty(), Optional.empty(), Map.of()));
    }

    /** The same model before an administrator adds the stages. */
    public static SalesModel withoutStages() {
        return new SalesModel("project = SALES", Set.of("Lead"), Set.of("Deal"), Set.of(), Set.of(), Set.of(),
                Set.of("Won"), Set.of("Lost"), Set.of("Qualified"), Set.of(), AMOUNT.id(), Optional.of(CLOSE.id()),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Currency.getInstance("EUR"), SalesCalendar.of(ZONE), 14);
    }

    public static Instant at(String local) {
        return LocalDateTime.parse(local.replace(' ', 'T')).atZone(ZONE).toInstant();
    }

    public static Deal deal(String key, String createdLocal, String status) {
        return new Deal(key, createdLocal).with(Column.ISSUE_TYPE, "Deal").with(Column.STATUS, status);
    }

    /** An issue told from its creation, change by change, in time order. */
    public static final class Deal {
        private final String key;
        private final Instant created;
        private final Map<Column, String> values = new LinkedHashMap<>();
        private final List<Change> changes = new ArrayList<>();
        private boolean known = true;

        private Deal(String key, String createdLocal) {
            this.key = key;
            this.created = at(createdLocal);
        }

        /** The value a field had at creation. */
        public Deal with(Column column, String value) {
            values.put(column, value);
            return this;
        }

        /** A change of a field at a local time. */
        public Deal change(String local, Column column, String to) {
            changes.add(Change.of(at(local), column.id(), values.get(column), to, "ann"));
            values.put(column, to);
            return this;
        }

        /** A host that recorded no history for this issue (a CSV import). */
        public Deal unknown() {
            known = false;
            return this;
        }

        IssueRecord record() {
            String status = values.get(Column.STATUS);
            boolean closed = status.equals("Won") || status.equals("Lost");
            IssueRecord.Builder b = IssueRecord.builder(key, "SALES").type(values.get(Column.ISSUE_TYPE))
                    .status(status, closed ? StatusCategory.DONE : StatusCategory.IN_PROGRESS).created(created)
                    .updated(changes.isEmpty() ? created : changes.get(changes.size() - 1).at());
            Optional.ofNullable(values.get(Column.ASSIGNEE)).ifPresent(b::assignee);
            Optional.ofNullable(values.get(AMOUNT)).ifPresent(a -> b.field(AMOUNT.id(), FieldValue.number(a)));
            Optional.ofNullable(values.get(CLOSE))
                    .ifPresent(d -> b.field(CLOSE.id(), FieldValue.date(LocalDate.parse(d))));
            return b.build();
        }

        IssueHistory history() {
            return known ? IssueHistory.of(key, created, changes) : IssueHistory.unknown(key, created);
        }
    }

    /**
     * The deals in an issue index, read through the JQL subset as a host reads its issues, their recorded changes
     * answering the subset's WAS clauses: what a drill-down's query selects over these deals.
     */
    public static IndexedIssueSource indexed(List<Deal> deals, Instant now) {
        return indexed(deals, now, SavedKeys.NONE);
    }

    /** As {@link #indexed(List, Instant)}, its {@code saleskpiSelection()} answered by {@code saved}. */
    public static IndexedIssueSource indexed(List<Deal> deals, Instant now, SavedKeys saved) {
        IssueIndex index = index(Set.of());
        index.upsert(deals.stream().map(deal -> new IndexedIssue(deal.record(), "", "", Set.of())).toList());
        IssueHistories histories = store((fieldId, values, empty) -> {
            Set<String> keys = new java.util.HashSet<>();
            for (Deal deal : deals) {
                for (Change change : deal.history().changes()) {
                    if (change.field().equals(fieldId) && (had(change.from(), values, empty)
                            || had(change.to(), values, empty))) {
                        keys.add(deal.key);
                    }
                }
            }
            return keys;
        });
        return new IndexedIssueSource(index, (user, projects) -> new Visibility(Set.copyOf(projects), Set.of()),
                Clock.fixed(now, ZONE), ZONE, JqlPeople.NONE, histories, saved);
    }

    /**
     * The deals in an index that holds their changes beside its rows, as the standalone server's does (ADR 0042): its
     * change log answers the WAS clauses, and the store behind it fails the test if asked for changes.
     */
    public static IndexedIssueSource tracked(List<Deal> deals, Instant now) {
        IssueIndex index = index(Set.of(Column.STATUS, Column.ASSIGNEE, Column.REPORTER, Column.RESOLUTION, AMOUNT,
                CLOSE));
        index.upsert(deals.stream().map(deal -> new IndexedIssue(deal.record(), "", "", Set.of())).toList(),
                deals.stream().map(Deal::history).toList());
        IssueHistories store = store((fieldId, values, empty) -> {
            throw new AssertionError("the store was asked who had " + values + " in " + fieldId);
        });
        return new IndexedIssueSource(index, (user, projects) -> new Visibility(Set.copyOf(projects), Set.of()),
                Clock.fixed(now, ZONE), ZONE, JqlPeople.NONE, store);
    }

    /** A store of histories answering WAS clauses with {@code values}; asked for whole histories, it fails the test. */
    private static IssueHistories store(ValueHistory values) {
        return new IssueHistories() {
            @Override
            public Map<String, IssueHistory> histories(List<String> keys, Set<String> fieldIds) {
                throw new AssertionError("histories were asked");
            }

            @Override
            public Optional<ValueHistory> values() {
                return Optional.of(values);
            }
        };
    }

    /** An index with the amount and close date fields, holding the changes of {@code tracked} when there are some. */
    private static IssueIndex index(Set<Column> tracked) {
        IssueIndex index = new IssueIndex();
        index.defineField(new CustomField(AMOUNT.id(), "Amount", FieldType.NUMBER));
        index.defineField(new CustomField(CLOSE.id(), "Close date", FieldType.DATE));
        if (!tracked.isEmpty()) {
            index.trackChanges(tracked, ZONE);
        }
        return index;
    }

    private static boolean had(Optional<String> side, Set<String> values, boolean empty) {
        return side.map(value -> values.stream().anyMatch(value::equalsIgnoreCase)).orElse(empty);
    }

    /** Answers a load with the deals' table as the query asks for it, and adds the query to {@code loads}. */
    public static IssueSource source(List<Deal> deals, List<IssueQuery> loads) {
        return new IssueSource() {
            @Override
            public IssueTable load(IssueQuery query) {
                loads.add(query);
                IssueTable table = IssueTable.of(ZONE, query.columns(), deals.stream().map(Deal::record).toList());
                return query.wantsHistory() ? table.withHistory(ChangeTable.of(table, query.history(),
                        deals.stream().map(Deal::history).toList())) : table;
            }

            @Override
            public long count(String jql, UserRef user) {
                throw new AssertionError("count was asked");
            }
        };
    }
}
