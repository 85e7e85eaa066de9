package org.saleskpi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.saleskpi.core.history.Change;
import org.saleskpi.core.history.IssueHistory;
import org.saleskpi.core.issue.FieldValue;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.StatusCategory;

/**
 * Replays a generated history from the issue's creation state and checks it ends in the issue's
 * present state, in time order, between creation and the data set's present moment, with every
 * field's changes chained and the issue's state sound after each instant.
 */
final class DemoHistoryReplay {
    private static final Set<String> DEAL_TYPES = Set.of("Opportunity", "Deal");
    private static final Map<String, String> FIRST_STATUS = Map.of("Lead", "Open", "Opportunity", "Prospecting",
            "Deal", "Prospecting", "Customer", "Active", "Campaign", "Scheduled", "Expense", "Submitted", "Task", "To Do");

    private DemoHistoryReplay() {
    }

    static void check(DemoSpec spec, IssueRecord issue, IssueHistory history) {
        String key = issue.key();
        assertThat(history.key()).isEqualTo(key);
        assertThat(history.created()).isEqualTo(issue.created());
        assertThat(history.known()).isTrue();
        boolean deal = DEAL_TYPES.contains(issue.issueType());
        // The value each field has reached; a field seen for the first time starts from its change's "from".
        Map<String, Optional<String>> state = new HashMap<>();
        state.put("status", Optional.of(FIRST_STATUS.get(issue.issueType())));
        state.put("resolution", Optional.empty());
        Instant previous = issue.created();
        Instant lastResolutionSet = null;
        List<Change> changes = history.changes();
        for (int i = 0; i < changes.size(); i++) {
            Change change = changes.get(i);
            String what = key + " change " + i + " " + change;
            assertThat(change.at()).as(what).isAfterOrEqualTo(previous).isBeforeOrEqualTo(issue.updated())
                    .isBefore(spec.end());
            previous = change.at();
            Optional<String> before = state.containsKey(change.field()) ? state.get(change.field()) : change.from();
            assertThat(change.from()).as(what + " starts where the field was").isEqualTo(before);
            assertThat(change.to()).as(what + " changes something").isNotEqualTo(change.from());
            state.put(change.field(), change.to());
            if (change.field().equals("resolution") && change.to().isPresent()) {
                lastResolutionSet = change.at();
            }
            boolean instantEnds = i == changes.size() - 1 || !changes.get(i + 1).at().equals(change.at());
            if (instantEnds) {
                checkState(key + " at " + change.at(), deal, state, LocalDate.ofInstant(change.at(), spec.zone()));
            }
        }
        for (Map.Entry<String, Optional<String>> field : state.entrySet()) {
            assertThat(field.getValue()).as(key + " " + field.getKey() + " ends as it is now")
                    .isEqualTo(current(issue, field.getKey()));
        }
        assertThat(Optional.ofNullable(lastResolutionSet)).as(key + " resolved when its resolution was last set")
                .isEqualTo(issue.resolved());
    }

    /** Resolved exactly in a done status; an open deal has a close date and a forecast category, a closed one no category. */
    private static void checkState(String what, boolean deal, Map<String, Optional<String>> state, LocalDate day) {
        String name = state.get("status").orElseThrow();
        boolean done = java.util.Arrays.stream(DemoStatus.values()).filter(s -> s.jiraName().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError(what + " unknown status " + name))
                .category() == StatusCategory.DONE;
        assertThat(state.get("resolution").isPresent()).as(what + " resolved iff done").isEqualTo(done);
        if (deal && state.containsKey("customfield_10060")) {
            assertThat(state.get("customfield_10060").isPresent()).as(what + " category iff open").isEqualTo(!done);
        }
        if (deal && done && state.containsKey("customfield_10050")) {
            assertThat(state.get("customfield_10050")).as(what + " closed on its close date").contains(day.toString());
        }
    }

    /** The issue's present value of a field, as canonical text. */
    static Optional<String> current(IssueRecord issue, String field) {
        return switch (field) {
            case "status" -> Optional.of(issue.status());
            case "resolution" -> issue.resolution();
            case "assignee" -> issue.assignee();
            default -> issue.field(field).map(DemoHistoryReplay::text);
        };
    }

    private static String text(FieldValue value) {
        if (value instanceof FieldValue.NumberValue number) {
            return number.value().toPlainString();
        }
        if (value instanceof FieldValue.DateValue date) {
            return date.value().toString();
        }
        if (value instanceof FieldValue.OptionValue option) {
            return option.value();
        }
        throw new IllegalArgumentException("no history is written for " + value);
    }
}
