package org.saleskpi.core.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A table built column by column from a host's arrays equals, cell by cell and array by array,
 * the table the row builder makes from the same issues as records.
 */
class IssueTableFromColumnsTest {
    private static final long EMPTY = IssueTable.ColumnBuilder.EMPTY;
    private static final Column CUSTOMER = Column.custom("customfield_10020", FieldType.TEXT);
    private static final Column STAGE = Column.custom("customfield_10030", FieldType.OPTION);
    private static final Column OWNER = Column.custom("customfield_10040", FieldType.USER);
    private static final Column SIGNED = Column.custom("customfield_10050", FieldType.DATE);
    /** Number columns, one per host scale; 12 is beyond the table's 9 decimals and gets rounded. */
    private static final int[] SCALES = {0, 2, 4, 9, 12};

    static Stream<Arguments> randomTables() {
        List<Arguments> cases = new ArrayList<>();
        String[] zones = {"UTC", "Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata"};
        int[] sizes = {0, 1, 2, 17, 1_000, 5_000};
        long seed = 1;
        for (String zone : zones) {
            for (int size : sizes) {
                // Few distinct values (byte codes) or many (short codes) in the user columns.
                cases.add(Arguments.of(seed++, ZoneId.of(zone), size, size > 2_000 ? 3_000 : 40));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "seed {0}, {1}, {2} rows, {3} users")
    @MethodSource("randomTables")
    void equalsTheRowBuiltTableCellByCell(long seed, ZoneId zone, int size, int users) {
        Host host = Host.random(new Random(seed), zone, size, users);
        assertSameTable(host.columnBuilt(zone), IssueTable.of(zone, host.columns(), host.records()));
    }

    @Test
    void intCodesWhenMoreThanShortCodesCanHold() {
        int size = 70_000;
        String[] users = new String[size + 1];
        int[] codes = new int[size];
        List<IssueRecord> records = new ArrayList<>();
        for (int row = 0; row < size; row++) {
            users[row + 1] = "user" + row;
        }
        for (int row = 0; row < size; row++) {
            codes[row] = size - row;
            records.add(IssueRecord.builder("SALES-" + row, "SALES").type("Deal").status("Open", StatusCategory.TO_DO)
                    .assignee(users[codes[row]]).created(Instant.EPOCH).build());
        }
        IssueTable built = IssueTable.fromColumns(ZoneId.of("UTC"), size).codes(Column.ASSIGNEE, users, codes).build();
        assertThat(built.codes(Column.ASSIGNEE).cardinality()).isGreaterThan(65_536);
        assertSameTable(built, IssueTable.of(ZoneId.of("UTC"), List.of(Column.ASSIGNEE), records));
    }

    @Test
    void instantsAroundEveryTransitionGetTheDateLocalDateGives() {
        for (String id : List.of("Europe/London", "America/Sao_Paulo", "Australia/Lord_Howe", "Pacific/Apia")) {
            ZoneId zone = ZoneId.of(id);
            List<Long> seconds = new ArrayList<>();
            ZoneOffsetTransition next = zone.getRules().nextTransition(Instant.parse("1990-01-01T00:00:00Z"));
            while (next != null && next.getInstant().isBefore(Instant.parse("2030-01-01T00:00:00Z"))) {
                long t = next.toEpochSecond();
                for (long delta : new long[] {-86_400, -3_601, -1, 0, 1, 3_599, 86_399}) {
                    seconds.add(t + delta);
                }
                next = zone.getRules().nextTransition(next.getInstant());
            }
            // Out of order, as rows need not come in time order; before 1970 too.
            seconds.add(-1L);
            seconds.add(-86_401L);
            seconds.add(seconds.get(seconds.size() / 2));
            long[] asSeconds = seconds.stream().mapToLong(Long::longValue).toArray();
            long[] asMillis = seconds.stream().mapToLong(s -> s * 1_000 - 1).toArray();
            IssueTable table = IssueTable.fromColumns(zone, asSeconds.length)
                    .epochSeconds(Column.CREATED, asSeconds).epochMillis(Column.UPDATED, asMillis).build();
            for (int row = 0; row < asSeconds.length; row++) {
                assertThat(table.dates(Column.CREATED).date(row)).as("%s at %d s", id, asSeconds[row])
                        .contains(LocalDate.ofInstant(Instant.ofEpochSecond(asSeconds[row]), zone));
                assertThat(table.dates(Column.UPDATED).date(row)).as("%s at %d ms", id, asMillis[row])
                        .contains(LocalDate.ofInstant(Instant.ofEpochMilli(asMillis[row]), zone));
            }
        }
    }

    @Test
    void numbersKeepTheWidestScaleTheirValuesNeed() {
        // 12.50, 3.00 and empty at scale 2: the row builder keeps one decimal, 125 and 30.
        IssueTable table = IssueTable.fromColumns(ZoneId.of("UTC"), 3)
                .numbers(Column.custom("customfield_1", FieldType.NUMBER), new long[] {1250, 300, EMPTY}, 2).build();
        NumberColumn numbers = table.numbers(Column.custom("customfield_1", FieldType.NUMBER));
        assertThat(numbers.scale()).isEqualTo(1);
        assertThat(numbers.unscaled(0)).isEqualTo(125);
        assertThat(numbers.value(1)).contains(new BigDecimal("3.0"));
        assertThat(numbers.value(2)).isEmpty();
    }

    @Test
    void dictionaryHoldsOnlyValuesInUseInFirstSeenOrder() {
        String[] hostDictionary = {null, "Won", "unused", "Lost", "", "Won"};
        IssueTable table = IssueTable.fromColumns(ZoneId.of("UTC"), 5)
                .codes(Column.STATUS, hostDictionary, new int[] {3, 5, 1, 0, 4}).build();
        CodeColumn status = table.codes(Column.STATUS);
        assertThat(status.dictionary()).containsExactly("", "Lost", "Won");
        assertThat(new int[] {status.code(0), status.code(1), status.code(2), status.code(3), status.code(4)})
                .containsExactly(1, 2, 2, 0, 0);
    }

    @Test
    void rejectsWhatTheTableCannotHold() {
        Column amount = Column.custom("customfield_1", FieldType.NUMBER);
        assertThatThrownBy(() -> IssueTable.fromColumns(ZoneId.of("UTC"), 2).numbers(amount, new long[1], 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 cells");
        assertThatThrownBy(() -> IssueTable.fromColumns(ZoneId.of("UTC"), 1).epochDays(amount, new long[1]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a date column");
        assertThatThrownBy(() -> IssueTable.fromColumns(ZoneId.of("UTC"), 1).codes(Column.KEY, new String[1],
                new int[1])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IssueTable.fromColumns(ZoneId.of("UTC"), 1).numbers(amount, new long[1], 0)
                .numbers(amount, new long[1], 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> IssueTable.fromColumns(ZoneId.of("UTC"), 1)
                .keys(new String[] {null, ""}, new int[] {1}, new int[] {7}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static void assertSameTable(IssueTable actual, IssueTable expected) {
        assertThat(actual.zone()).isEqualTo(expected.zone());
        assertThat(actual.size()).isEqualTo(expected.size());
        assertThat(actual.columns()).isEqualTo(expected.columns());
        // Same array widths: byte, short or int codes; int or long numbers.
        assertThat(actual.rowBytes()).isEqualTo(expected.rowBytes());
        assertThat(actual.dictionaryBytes()).isEqualTo(expected.dictionaryBytes());
        for (Column column : expected.columns()) {
            for (int row = 0; row < expected.size(); row++) {
                assertThat(cell(actual, column, row)).as("%s of row %d", column.id(), row)
                        .isEqualTo(cell(expected, column, row));
            }
            if (!column.equals(Column.KEY) && column.type().isCoded()) {
                assertThat(actual.codes(column).dictionary()).isEqualTo(expected.codes(column).dictionary());
            }
            if (column.type() == FieldType.NUMBER) {
                assertThat(actual.numbers(column).scale()).isEqualTo(expected.numbers(column).scale());
            }
        }
    }

    private static Object cell(IssueTable table, Column column, int row) {
        if (column.equals(Column.KEY)) {
            return table.keys().key(row);
        }
        switch (column.type()) {
            case DATE:
                return table.dates(column).day(row);
            case NUMBER:
                return table.numbers(column).unscaled(row);
            default:
                // The code too: same dictionary order, same codes.
                return table.codes(column).code(row) + ":" + table.codes(column).value(table.codes(column).code(row));
        }
    }

    /** Issues as a columnar host keeps them, with what the row builder would get for the same issues. */
    private static final class Host {
        private final int size;
        private final String[] prefixes = {null, "SALES", "CRM", "SALES", "UNUSED"};
        private final int[] prefixCodes;
        private final int[] numbers;
        private final String[] projects = {null, "SALES", "CRM"};
        private final int[] projectCodes;
        private final String[] types = {null, "Opportunity", "Lead", "Opportunity"};
        private final int[] typeCodes;
        private final String[] statuses = {null, "Won", "Lost", "Open"};
        private final int[] statusCodes;
        private final String[] categories = {null, "new", "indeterminate", "done"};
        private final int[] categoryCodes;
        private final String[] resolutions = {null, "Done", "", "Won't do", "Done"};
        private final int[] resolutionCodes;
        private final String[] users;
        private final int[] assigneeCodes;
        private final int[] reporterCodes;
        private final int[] customerCodes;
        private final int[] stageCodes;
        private final int[] ownerCodes;
        private final long[] created;
        private final long[] updated;
        private final long[] resolved;
        private final long[] due;
        private final long[] signed;
        private final long[][] amounts = new long[SCALES.length][];

        private Host(Random random, ZoneId zone, int size, int userCount) {
            this.size = size;
            users = new String[userCount + 3];
            for (int i = 1; i < userCount; i++) {
                // Every tenth name repeats an earlier one: a host dictionary may hold a value twice.
                users[i] = "user" + (i % 10 == 0 ? i / 2 : i);
            }
            users[userCount] = "";
            users[userCount + 1] = "ünïcödé 株式会社";
            prefixCodes = codes(random, 1, 4);
            numbers = new int[size];
            for (int row = 0; row < size; row++) {
                numbers[row] = random.nextInt(10) == 0 ? Integer.MAX_VALUE - random.nextInt(3)
                        : random.nextInt(1 << 20);
            }
            projectCodes = codes(random, 1, 3);
            typeCodes = codes(random, 1, 4);
            statusCodes = codes(random, 1, 4);
            categoryCodes = codes(random, 1, 4);
            resolutionCodes = codes(random, 0, resolutions.length);
            assigneeCodes = codes(random, 0, users.length);
            reporterCodes = codes(random, 0, users.length);
            customerCodes = codes(random, 0, users.length);
            stageCodes = codes(random, 0, 4);
            ownerCodes = codes(random, 0, users.length);
            List<Long> transitions = transitionsMillis(zone);
            created = instants(random, transitions, false);
            updated = instants(random, transitions, false);
            resolved = instants(random, transitions, true);
            due = days(random);
            signed = days(random);
            for (int i = 0; i < SCALES.length; i++) {
                amounts[i] = amounts(random, SCALES[i]);
            }
        }

        static Host random(Random random, ZoneId zone, int size, int users) {
            return new Host(random, zone, size, users);
        }

        List<Column> columns() {
            List<Column> columns = new ArrayList<>(List.of(Column.KEY, Column.PROJECT, Column.ISSUE_TYPE,
                    Column.STATUS, Column.STATUS_CATEGORY, Column.RESOLUTION, Column.ASSIGNEE, Column.REPORTER,
                    Column.CREATED, Column.UPDATED, Column.RESOLVED, Column.DUE, CUSTOMER, STAGE, OWNER, SIGNED));
            for (int scale : SCALES) {
                columns.add(amount(scale));
            }
            return columns;
        }

        IssueTable columnBuilt(ZoneId zone) {
            IssueTable.ColumnBuilder table = IssueTable.fromColumns(zone, size)
                    .keys(prefixes, prefixCodes, numbers)
                    .codes(Column.PROJECT, projects, projectCodes)
                    .codes(Column.ISSUE_TYPE, types, typeCodes)
                    .codes(Column.STATUS, statuses, statusCodes)
                    .codes(Column.STATUS_CATEGORY, categories, categoryCodes)
                    .codes(Column.RESOLUTION, resolutions, resolutionCodes)
                    .codes(Column.ASSIGNEE, users, assigneeCodes)
                    .codes(Column.REPORTER, users, reporterCodes)
                    .codes(CUSTOMER, users, customerCodes)
                    .codes(STAGE, types, stageCodes)
                    .codes(OWNER, users, ownerCodes)
                    .epochMillis(Column.CREATED, created)
                    .epochMillis(Column.UPDATED, updated)
                    .epochMillis(Column.RESOLVED, resolved)
                    .epochDays(Column.DUE, due)
                    .epochDays(SIGNED, signed);
            for (int i = 0; i < SCALES.length; i++) {
                table.numbers(amount(SCALES[i]), amounts[i], SCALES[i]);
            }
            return table.build();
        }

        List<IssueRecord> records() {
            List<IssueRecord> records = new ArrayList<>();
            for (int row = 0; row < size; row++) {
                StatusCategory category = StatusCategory.values()[categoryCodes[row] - 1];
                IssueRecord.Builder record = IssueRecord.builder(prefixes[prefixCodes[row]] + "-" + numbers[row],
                                projects[projectCodes[row]])
                        .type(types[typeCodes[row]]).status(statuses[statusCodes[row]], category)
                        .resolution(resolutions[resolutionCodes[row]])
                        .assignee(users[assigneeCodes[row]]).reporter(users[reporterCodes[row]])
                        .created(Instant.ofEpochMilli(created[row])).updated(Instant.ofEpochMilli(updated[row]));
                if (resolved[row] != EMPTY) {
                    record.resolved(Instant.ofEpochMilli(resolved[row]));
                }
                if (due[row] != EMPTY) {
                    record.due(LocalDate.ofEpochDay(due[row]));
                }
                if (signed[row] != EMPTY) {
                    record.field(SIGNED.id(), FieldValue.date(LocalDate.ofEpochDay(signed[row])));
                }
                // A null cell is an absent field; "" is a present but empty one.
                String customer = users[customerCodes[row]];
                record.field(CUSTOMER.id(), customer == null ? null : FieldValue.text(customer));
                String stage = types[stageCodes[row]];
                record.field(STAGE.id(), stage == null ? null : FieldValue.option(stage));
                String owner = users[ownerCodes[row]];
                record.field(OWNER.id(), owner == null ? null : FieldValue.user(owner));
                for (int i = 0; i < SCALES.length; i++) {
                    long v = amounts[i][row];
                    if (v != EMPTY) {
                        record.field(amount(SCALES[i]).id(), FieldValue.number(BigDecimal.valueOf(v, SCALES[i])));
                    }
                }
                records.add(record.build());
            }
            return records;
        }

        private static Column amount(int scale) {
            return Column.custom("customfield_2" + scale, FieldType.NUMBER);
        }

        private int[] codes(Random random, int from, int to) {
            int[] codes = new int[size];
            for (int row = 0; row < size; row++) {
                codes[row] = from + random.nextInt(to - from);
            }
            return codes;
        }

        /** Mostly near the zone's transitions, some to the millisecond before or after one, some before 1970. */
        private long[] instants(Random random, List<Long> transitions, boolean optional) {
            long[] millis = new long[size];
            for (int row = 0; row < size; row++) {
                int kind = random.nextInt(10);
                if (optional && kind == 0) {
                    millis[row] = EMPTY;
                } else if (kind < 4 && !transitions.isEmpty()) {
                    long t = transitions.get(random.nextInt(transitions.size()));
                    millis[row] = t + (random.nextInt(7) - 3) * (random.nextBoolean() ? 1L : 3_600_000L);
                } else if (kind == 4) {
                    millis[row] = -random.nextInt(1_000_000_000) * 1_000L - random.nextInt(1_000);
                } else {
                    millis[row] = 1_500_000_000_000L + (long) (random.nextDouble() * 300_000_000_000L);
                }
            }
            return millis;
        }

        private long[] days(Random random) {
            long[] days = new long[size];
            for (int row = 0; row < size; row++) {
                days[row] = random.nextInt(4) == 0 ? EMPTY : random.nextInt(40_000) - 10_000;
            }
            return days;
        }

        /** Negative, zero, huge and round values, so that trailing zeros and the long/int width both vary. */
        private long[] amounts(Random random, int scale) {
            long[] values = new long[size];
            boolean roundOnly = random.nextInt(3) == 0;
            for (int row = 0; row < size; row++) {
                int kind = random.nextInt(8);
                long v;
                if (kind == 0) {
                    v = EMPTY;
                } else if (kind == 1) {
                    v = 0;
                } else if (kind == 2 && scale <= 9) {
                    v = random.nextBoolean() ? Long.MAX_VALUE - random.nextInt(1_000)
                            : Long.MIN_VALUE + 1 + random.nextInt(1_000);
                } else if (kind == 3 || roundOnly) {
                    v = (random.nextInt(2_000_001) - 1_000_000) * (long) Math.pow(10, random.nextInt(scale + 1));
                } else {
                    v = random.nextInt() - (long) random.nextInt(1_000);
                }
                values[row] = v;
            }
            return values;
        }

        private static List<Long> transitionsMillis(ZoneId zone) {
            List<Long> millis = new ArrayList<>();
            ZoneOffsetTransition next = zone.getRules().nextTransition(Instant.parse("2015-01-01T00:00:00Z"));
            while (next != null && next.getInstant().isBefore(Instant.parse("2026-01-01T00:00:00Z"))) {
                millis.add(next.getInstant().toEpochMilli());
                next = zone.getRules().nextTransition(next.getInstant());
            }
            return millis;
        }
    }
}
