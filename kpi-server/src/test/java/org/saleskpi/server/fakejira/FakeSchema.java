package org.saleskpi.server.fakejira;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What every fake site shares: its fields, the deal workflow's statuses, the options of the select
 * fields, resolutions and priorities, with the ids Jira would give them.
 */
final class FakeSchema {
    static final String AMOUNT = "customfield_10100";
    static final String CLOSE_DATE = "customfield_10101";
    static final String PROBABILITY = "customfield_10102";
    static final String FORECAST = "customfield_10103";
    static final String DEAL_STAGE = "customfield_10104";
    static final String LEAD_SOURCE = "customfield_10105";
    static final String REGION = "customfield_10106";
    static final String CUSTOMER = "customfield_10107";

    /** A status: its id, name and status category key ("new", "indeterminate", "done"). */
    record Status(String id, String name, String category) {
    }

    /** The deal workflow in its forward order; the last two are the closing ones. */
    static final List<Status> STATUSES = List.of(
            new Status("10000", "Lead", "new"),
            new Status("10001", "Qualified", "indeterminate"),
            new Status("10002", "Proposal", "indeterminate"),
            new Status("10003", "Negotiation", "indeterminate"),
            new Status("10004", "Won", "done"),
            new Status("10005", "Lost", "done"));

    /** Resolution name -> id. */
    static final Map<String, String> RESOLUTIONS = Map.of("Done", "10000", "Won't Do", "10001");

    /** Priority name -> id, as a fresh Jira has them. */
    static final Map<String, String> PRIORITIES = Map.of("Highest", "1", "High", "2", "Medium", "3", "Low", "4");

    /** Issue type name -> id. */
    static final Map<String, String> ISSUE_TYPES = Map.of("Deal", "10010", "Renewal", "10011");

    /** Option field id -> (option value -> option id), in display order. */
    static final Map<String, List<Map.Entry<String, String>>> OPTIONS = Map.of(
            FORECAST, List.of(Map.entry("Pipeline", "10200"), Map.entry("Best case", "10201"),
                    Map.entry("Commit", "10202"), Map.entry("Closed", "10203"), Map.entry("Omitted", "10204")),
            DEAL_STAGE, List.of(Map.entry("Discovery", "10210"), Map.entry("Solution", "10211"),
                    Map.entry("Proposal", "10212"), Map.entry("Commit", "10213"), Map.entry("Closed", "10214")),
            LEAD_SOURCE, List.of(Map.entry("Web", "10220"), Map.entry("Referral", "10221"),
                    Map.entry("Partner", "10222"), Map.entry("Event", "10223"), Map.entry("Outbound", "10224")),
            REGION, List.of(Map.entry("EMEA", "10230"), Map.entry("AMER", "10231"), Map.entry("APAC", "10232")));

    static final List<FakeField> FIELDS = List.of(
            new FakeField("issuekey", "Key", false, null),
            new FakeField("summary", "Summary", false, "string"),
            new FakeField("status", "Status", false, "status"),
            new FakeField("resolution", "Resolution", false, "resolution"),
            new FakeField("issuetype", "Issue Type", false, "issuetype"),
            new FakeField("project", "Project", false, "project"),
            new FakeField("priority", "Priority", false, "priority"),
            new FakeField("labels", "Labels", false, "array"),
            new FakeField("assignee", "Assignee", false, "user"),
            new FakeField("reporter", "Reporter", false, "user"),
            new FakeField("creator", "Creator", false, "user"),
            new FakeField("created", "Created", false, "datetime"),
            new FakeField("updated", "Updated", false, "datetime"),
            new FakeField("resolutiondate", "Resolved", false, "datetime"),
            new FakeField("security", "Security Level", false, "securitylevel"),
            new FakeField(AMOUNT, "Amount", true, "number"),
            new FakeField(CLOSE_DATE, "Close date", true, "date"),
            new FakeField(PROBABILITY, "Probability", true, "number"),
            new FakeField(FORECAST, "Forecast category", true, "option"),
            new FakeField(DEAL_STAGE, "Deal stage", true, "option"),
            new FakeField(LEAD_SOURCE, "Lead source", true, "option"),
            new FakeField(REGION, "Region", true, "option"),
            new FakeField(CUSTOMER, "Customer", true, "string"));

    private FakeSchema() {
    }

    private static final Map<String, Status> STATUS_BY_NAME = STATUSES.stream()
            .collect(Collectors.toMap(Status::name, s -> s));
    private static final Map<String, FakeField> FIELD_BY_ID = FIELDS.stream()
            .collect(Collectors.toMap(FakeField::id, f -> f));
    private static final Map<String, String> OPTION_IDS = OPTIONS.entrySet().stream()
            .flatMap(field -> field.getValue().stream().map(option -> Map.entry(field.getKey() + "/" + option.getKey(), option.getValue())))
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

    static Status status(String name) {
        Status status = STATUS_BY_NAME.get(name);
        if (status == null) {
            throw new IllegalArgumentException("no status " + name);
        }
        return status;
    }

    static Optional<FakeField> field(String id) {
        return Optional.ofNullable(FIELD_BY_ID.get(id));
    }

    static String optionId(String fieldId, String value) {
        String id = OPTION_IDS.get(fieldId + "/" + value);
        if (id == null) {
            throw new IllegalArgumentException("no option " + value + " of " + fieldId);
        }
        return id;
    }
}
