package org.saleskpi.server.fakejira;

import java.time.LocalDate;
import java.util.List;

/**
 * Builds the changelog item Jira writes when a field goes from one value to another: ids in
 * {@code from}/{@code to} where the field has ids (status, resolution, options, users, priority, issue
 * type), the shown text in {@code fromString}/{@code toString}.
 * Status and user items as in the public Cloud changelog fixture
 * (shared/data/jira-fixtures/digitalservicebund/jira-changelog-response-fixture.derived.json) and the
 * jrjc 5.0 fixture (assignee from/to user names on Server). UNVERIFIED: numbers (from null, the number
 * as text) and date pickers (ISO date, text "yyyy-MM-dd 00:00:00.0" as jrjc shows for duedate).
 */
final class ChangeItems {
    private ChangeItems() {
    }

    static FakeChangeItem of(FakeSite site, String fieldId, Object from, Object to) {
        FakeField field = FakeSchema.field(fieldId).orElseThrow(() -> new IllegalArgumentException("no field " + fieldId));
        String name = field.custom() ? field.name() : fieldId;
        return switch (field.schemaType()) {
            case "status" -> new FakeChangeItem(name, fieldId, statusId(from), (String) from, statusId(to), (String) to);
            case "resolution" -> new FakeChangeItem(name, fieldId, id(FakeSchema.RESOLUTIONS, from), (String) from,
                    id(FakeSchema.RESOLUTIONS, to), (String) to);
            case "priority" -> new FakeChangeItem(name, fieldId, id(FakeSchema.PRIORITIES, from), (String) from,
                    id(FakeSchema.PRIORITIES, to), (String) to);
            case "issuetype" -> new FakeChangeItem(name, fieldId, id(FakeSchema.ISSUE_TYPES, from), (String) from,
                    id(FakeSchema.ISSUE_TYPES, to), (String) to);
            case "user" -> new FakeChangeItem(name, fieldId, (String) from, displayName(site, from), (String) to,
                    displayName(site, to));
            case "option" -> new FakeChangeItem(name, fieldId, from == null ? null : FakeSchema.optionId(fieldId, (String) from),
                    (String) from, to == null ? null : FakeSchema.optionId(fieldId, (String) to), (String) to);
            case "number" -> new FakeChangeItem(name, fieldId, null, number(from), null, number(to));
            case "date" -> new FakeChangeItem(name, fieldId, date(from), dateText(from), date(to), dateText(to));
            case "array" -> new FakeChangeItem(name, fieldId, null, labels(from), null, labels(to));
            default -> new FakeChangeItem(name, fieldId, null, (String) from, null, (String) to);
        };
    }

    private static String statusId(Object name) {
        return name == null ? null : FakeSchema.status((String) name).id();
    }

    private static String id(java.util.Map<String, String> ids, Object name) {
        return name == null ? null : ids.get(name);
    }

    private static String displayName(FakeSite site, Object accountId) {
        return accountId == null ? null : site.user((String) accountId).displayName();
    }

    /** 12500.0 -> "12500", 12.5 -> "12.5". */
    static String number(Object value) {
        if (value == null) {
            return null;
        }
        double d = ((Number) value).doubleValue();
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    private static String date(Object value) {
        return value == null ? null : value.toString();
    }

    private static String dateText(Object value) {
        return value == null ? null : ((LocalDate) value) + " 00:00:00.0";
    }

    @SuppressWarnings("unchecked")
    private static String labels(Object value) {
        return value == null || ((List<String>) value).isEmpty() ? null : String.join(" ", (List<String>) value);
    }
}
