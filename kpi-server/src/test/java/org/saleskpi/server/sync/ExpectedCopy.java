package org.saleskpi.server.sync;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.saleskpi.core.history.Change;
import org.saleskpi.core.history.IssueHistory;
import org.saleskpi.core.index.CustomField;
import org.saleskpi.core.index.IndexedIssue;
import org.saleskpi.core.issue.FieldValue;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.StatusCategory;
import org.saleskpi.server.fakejira.FakeChangeGroup;
import org.saleskpi.server.fakejira.FakeChangeItem;
import org.saleskpi.server.fakejira.FakeField;
import org.saleskpi.server.fakejira.FakeIssue;
import org.saleskpi.server.fakejira.FakeSite;
import org.saleskpi.server.issues.IssueStore;
import org.saleskpi.server.jira.JiraKind;

/**
 * What the store must hold after a sync, worked out from the fake site's own data (its plain values, not its JSON)
 * without the mapper: the test's independent reading of "the same issues and changes".
 */
final class ExpectedCopy {
    /** The fake's deal workflow and the status category Jira gives each status. */
    private static final Map<String, StatusCategory> CATEGORIES = Map.of("Lead", StatusCategory.TO_DO,
            "Qualified", StatusCategory.IN_PROGRESS, "Proposal", StatusCategory.IN_PROGRESS,
            "Negotiation", StatusCategory.IN_PROGRESS, "Won", StatusCategory.DONE, "Lost", StatusCategory.DONE);

    private final FakeSite site;
    private final JiraKind kind;
    /** The local field of each copied Jira custom field, found by name as an admin would. */
    private final Map<String, CustomField> local = new LinkedHashMap<>();

    ExpectedCopy(FakeSite site, JiraKind kind, IssueStore store, List<String> copiedNames) {
        this.site = site;
        this.kind = kind;
        for (FakeField field : site.fields()) {
            if (field.custom() && copiedNames.contains(field.name())) {
                local.put(field.id(), store.field(field.name()).orElseThrow());
            }
        }
    }

    /** The local custom field a fake field id is copied to. */
    CustomField local(String jiraFieldId) {
        return local.get(jiraFieldId);
    }

    /** The local key of a Jira user: their id on this kind, lower-cased, ':' made '_'. */
    String person(String accountId) {
        String id = kind == JiraKind.CLOUD ? accountId : site.user(accountId).key();
        return id.replace(':', '_').toLowerCase(Locale.ROOT);
    }

    IndexedIssue issue(FakeIssue issue) {
        Map<String, Object> f = issue.fields();
        String status = (String) f.get("status");
        IssueRecord.Builder record = IssueRecord.builder(issue.key(), issue.project())
                .type(issue.issueType())
                .status(status, CATEGORIES.get(status))
                .resolution((String) f.get("resolution"))
                .assignee(f.get("assignee") == null ? null : person((String) f.get("assignee")))
                .reporter(f.get("reporter") == null ? null : person((String) f.get("reporter")))
                .created(issue.created())
                .updated(issue.updated())
                .resolved((Instant) f.get("resolutiondate"));
        local.forEach((jiraId, field) -> {
            Object value = f.get(jiraId);
            if (value != null) {
                record.field(field.id(), switch (field.type()) {
                    case NUMBER -> FieldValue.number(plain(BigDecimal.valueOf(((Number) value).doubleValue())));
                    case DATE -> FieldValue.date((LocalDate) value);
                    case OPTION -> FieldValue.option((String) value);
                    case TEXT -> FieldValue.text((String) value);
                    case USER -> FieldValue.user(person((String) value));
                });
            }
        });
        @SuppressWarnings("unchecked")
        List<String> labels = (List<String>) f.getOrDefault("labels", List.of());
        return new IndexedIssue(record.build(), (String) f.get("summary"), "", Set.copyOf(labels));
    }

    /** Every item of a kept field, one change each, in the fake's order. */
    IssueHistory history(FakeIssue issue) {
        List<Change> changes = new ArrayList<>();
        for (FakeChangeGroup group : issue.changelog()) {
            String by = person(group.authorAccountId());
            for (FakeChangeItem item : group.items()) {
                String field = item.fieldId();
                if (local.containsKey(field)) {
                    CustomField target = local.get(field);
                    changes.add(switch (target.type()) {
                        case NUMBER -> Change.of(group.created(), target.id(), number(item.fromString()),
                                number(item.toText()), by);
                        case DATE -> Change.of(group.created(), target.id(), item.from(), item.to(), by);
                        default -> Change.of(group.created(), target.id(), item.fromString(), item.toText(), by);
                    });
                } else if (field.equals("status") || field.equals("resolution")) {
                    changes.add(Change.of(group.created(), field, item.fromString(), item.toText(), by));
                } else if (field.equals("issuetype")) {
                    changes.add(Change.of(group.created(), "issue_type", item.fromString(), item.toText(), by));
                } else if (field.equals("assignee") || field.equals("reporter")) {
                    changes.add(Change.of(group.created(), field, item.from() == null ? null : person(item.from()),
                            item.to() == null ? null : person(item.to()), by));
                } else if (field.equals("labels")) {
                    changes.add(Change.of(group.created(), field, sorted(item.fromString()), sorted(item.toText()), by));
                }
            }
        }
        return IssueHistory.of(issue.key(), issue.created(), changes);
    }

    /** The fields a history of the store is read back for. */
    Set<String> historyFields() {
        Set<String> fields = new TreeSet<>(List.of("status", "resolution", "issue_type", "assignee", "reporter",
                "labels", "summary", "description", "due", "project"));
        local.values().forEach(field -> fields.add(field.id()));
        return fields;
    }

    private static String number(String text) {
        return text == null ? null : plain(new BigDecimal(text)).toPlainString();
    }

    private static BigDecimal plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static String sorted(String labels) {
        return labels == null ? null : String.join(" ", new TreeSet<>(List.of(labels.split(" "))));
    }
}
