package org.saleskpi.jira.simulated;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.changehistory.ChangeHistory;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.user.ApplicationUser;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.saleskpi.core.history.Change;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.FieldType;

/**
 * Jira's change history of the simulated issues, written as Jira writes its change items (ChangeItemBean's stub
 * header): system fields under their id with the value's id in from/to and its name in the strings; custom fields
 * under their name, numbers in the strings only, dates as {@code yyyy-MM-dd} in from/to, options by id and value.
 * The changes one user made at one instant form one change group. Like Jira's batch read, it does not check the user.
 */
final class SimulatedChangeHistories implements ChangeHistoryManager {
    private final SimulatedJira jira;

    SimulatedChangeHistories(SimulatedJira jira) {
        this.jira = jira;
    }

    @Override
    public List<ChangeHistory> getChangeHistoriesForUser(Iterable<Issue> issues, ApplicationUser remoteUser) {
        List<ChangeHistory> groups = new ArrayList<>();
        int read = 0;
        for (Issue issue : issues) {
            read++;
            StoredIssue stored = jira.stored(issue.getId());
            if (stored != null) {
                groups.addAll(groups(stored));
            }
        }
        jira.work().histories(read);
        return groups;
    }

    private List<ChangeHistory> groups(StoredIssue stored) {
        List<ChangeHistory> groups = new ArrayList<>();
        Group open = null;
        for (Change change : stored.history().changes()) {
            if (open == null || !open.at.equals(change.at()) || !open.by.equals(change.by())) {
                open = new Group(stored.id(), change.at(), change.by());
                groups.add(open);
            }
            open.items.add(item(change));
        }
        return groups;
    }

    private ChangeItemBean item(Change change) {
        String field = change.field();
        Optional<Column.Custom> custom = jira.customColumn(field);
        if (custom.isEmpty()) {
            return system(field, change);
        }
        String name = jira.customField(field).getName();
        String from = change.from().orElse(null);
        String to = change.to().orElse(null);
        FieldType type = custom.get().type();
        if (type == FieldType.NUMBER || type == FieldType.TEXT) {
            return new ChangeItemBean(ChangeItemBean.CUSTOM_FIELD, name, null, from, null, to);
        }
        if (type == FieldType.OPTION) {
            return new ChangeItemBean(ChangeItemBean.CUSTOM_FIELD, name, optionId(field, from), from,
                    optionId(field, to), to);
        }
        // Dates and user pickers keep the value itself (a day, a user key) in from/to.
        return new ChangeItemBean(ChangeItemBean.CUSTOM_FIELD, name, from, from, to, to);
    }

    private ChangeItemBean system(String field, Change change) {
        String from = change.from().orElse(null);
        String to = change.to().orElse(null);
        switch (field) {
            case "status":
                return new ChangeItemBean(ChangeItemBean.STATIC_FIELD, field, statusId(from), from, statusId(to), to);
            case "resolution":
                return new ChangeItemBean(ChangeItemBean.STATIC_FIELD, field, resolutionId(from), from,
                        resolutionId(to), to);
            case "assignee":
            case "reporter":
                return new ChangeItemBean(ChangeItemBean.STATIC_FIELD, field, from, name(from), to, name(to));
            default:
                return new ChangeItemBean(ChangeItemBean.STATIC_FIELD, field, from, from, to, to);
        }
    }

    private String statusId(String name) {
        return name == null ? null : jira.status(name).getId();
    }

    private String resolutionId(String name) {
        return name == null ? null : jira.resolution(name).id();
    }

    private String name(String userKey) {
        return userKey == null ? null : jira.user(userKey).getDisplayName();
    }

    private String optionId(String fieldId, String value) {
        return value == null ? null : Long.toString(jira.option(fieldId, value).id());
    }

    /** One change group: the stub's getters overridden, so its compile-only bodies never run. */
    private static final class Group extends ChangeHistory {
        private final long issueId;
        private final Instant at;
        private final Optional<String> by;
        private final List<ChangeItemBean> items = new ArrayList<>();

        Group(long issueId, Instant at, Optional<String> by) {
            this.issueId = issueId;
            this.at = Objects.requireNonNull(at);
            this.by = by;
        }

        @Override
        public Long getIssueId() {
            return issueId;
        }

        @Override
        public Timestamp getTimePerformed() {
            return Timestamp.from(at);
        }

        @Override
        public String getAuthorKey() {
            return by.orElse(null);
        }

        @Override
        public List<ChangeItemBean> getChangeItemBeans() {
            return items;
        }
    }
}
