package org.saleskpi.core.gadget;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.issue.FieldValue;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.issue.StatusCategory;
import org.saleskpi.core.kpi.SalesModel;
import org.saleskpi.core.period.SalesCalendar;

/**
 * A small sales pipeline for gadget tests: one sales model (deals won in "Won", lost in "Lost",
 * credited to the assignee, closed on the resolution date, amounts in EUR) and readable issue
 * drafts with dates written as {@code "2025-03-04"}.
 */
public final class Pipeline {
    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    public static final String AMOUNT = "customfield_10010";
    public static final String CUSTOMER = "customfield_10020";
    public static final Column AMOUNT_COLUMN = Column.custom(AMOUNT, FieldType.NUMBER);
    public static final Column CUSTOMER_COLUMN = Column.custom(CUSTOMER, FieldType.TEXT);
    /** A user field some teams credit deals to instead of the assignee (see {@link #modelCreditingRepField}). */
    public static final String REP = "customfield_10030";
    public static final Column REP_COLUMN = Column.custom(REP, FieldType.USER);
    public static final List<Column> COLUMNS = List.of(Column.KEY, Column.ISSUE_TYPE, Column.STATUS,
            Column.STATUS_CATEGORY, Column.ASSIGNEE, Column.CREATED, Column.UPDATED, Column.RESOLVED, Column.DUE,
            AMOUNT_COLUMN, CUSTOMER_COLUMN, REP_COLUMN);

    private Pipeline() {
    }

    public static SalesModel model() {
        return model(14);
    }

    public static SalesModel model(int staleDays) {
        return model(staleDays, Optional.empty());
    }

    /** The same model, but deals are credited to the {@link #REP} field rather than the assignee. */
    public static SalesModel modelCreditingRepField() {
        return model(14, Optional.of(REP));
    }

    /** The same model with a fiscal year starting in {@code startMonth} (1..12). */
    public static SalesModel fiscalModel(int startMonth) {
        return model(14, Optional.empty(), new SalesCalendar(ZONE, startMonth, java.time.DayOfWeek.MONDAY));
    }

    private static SalesModel model(int staleDays, Optional<String> repField) {
        return model(staleDays, repField, SalesCalendar.of(ZONE));
    }

    private static SalesModel model(int staleDays, Optional<String> repField, SalesCalendar calendar) {
        return new SalesModel("project = SALES", Set.of("Lead"), Set.of("Deal"), Set.of(), Set.of(), Set.of(),
                Set.of("Won"), Set.of("Lost"), Set.of("Qualified"), Set.of(), AMOUNT, Optional.empty(),
                Optional.of(CUSTOMER), Optional.empty(), Optional.empty(), Optional.empty(), repField,
                Currency.getInstance("EUR"), calendar, staleDays);
    }

    public static IssueTable table(Draft... issues) {
        return table(Arrays.asList(issues));
    }

    public static IssueTable table(List<Draft> issues) {
        return IssueTable.of(ZONE, COLUMNS, issues.stream().map(Draft::build).toList());
    }

    public static LocalDate date(String isoDate) {
        return LocalDate.parse(isoDate);
    }

    /** An open deal, created on 2025-01-01 unless told otherwise. */
    public static Draft deal(String key) {
        return new Draft(key, "Deal").status("Open", StatusCategory.IN_PROGRESS);
    }

    public static Draft lead(String key) {
        return new Draft(key, "Lead").status("New", StatusCategory.TO_DO);
    }

    public static Draft task(String key) {
        return new Draft(key, "Task").status("To Do", StatusCategory.TO_DO);
    }

    /** An issue being written in a test. */
    public static final class Draft {
        private final IssueRecord.Builder builder;

        private Draft(String key, String type) {
            builder = IssueRecord.builder(key, "S").type(type).created(instant("2025-01-01"));
        }

        public Draft rep(String userKey) {
            builder.assignee(userKey);
            return this;
        }

        public Draft status(String status, StatusCategory category) {
            builder.status(status, category);
            return this;
        }

        public Draft created(String isoDate) {
            builder.created(instant(isoDate));
            return this;
        }

        public Draft updated(String isoDate) {
            builder.updated(instant(isoDate));
            return this;
        }

        public Draft resolved(String isoDate) {
            builder.resolution("Done").resolved(instant(isoDate));
            return this;
        }

        /** Won on {@code isoDate}: status Won, resolved that day (the model's close date). */
        public Draft won(String isoDate) {
            return status("Won", StatusCategory.DONE).resolved(isoDate);
        }

        /** Won at a local time in {@link #ZONE}, e.g. {@code "2026-10-25T23:30"}: for day boundaries. */
        public Draft wonAt(String localDateTime) {
            builder.status("Won", StatusCategory.DONE).resolution("Done")
                    .resolved(java.time.LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant());
            return this;
        }

        public Draft lost(String isoDate) {
            return status("Lost", StatusCategory.DONE).resolved(isoDate);
        }

        public Draft done(String isoDate) {
            return status("Done", StatusCategory.DONE).resolved(isoDate);
        }

        public Draft due(String isoDate) {
            builder.due(date(isoDate));
            return this;
        }

        public Draft amount(String decimal) {
            builder.field(AMOUNT, FieldValue.number(decimal));
            return this;
        }

        /** Credits the deal to {@code userKey} in the {@link #REP} field. */
        public Draft creditTo(String userKey) {
            builder.field(REP, FieldValue.user(userKey));
            return this;
        }

        public Draft customer(String name) {
            builder.field(CUSTOMER, FieldValue.text(name));
            return this;
        }

        public IssueRecord build() {
            return builder.build();
        }

        /** Mid-morning local time, so that the local date is the one written whatever the offset. */
        private static java.time.Instant instant(String isoDate) {
            return date(isoDate).atTime(LocalTime.of(10, 0)).atZone(ZONE).toInstant();
        }
    }
}
