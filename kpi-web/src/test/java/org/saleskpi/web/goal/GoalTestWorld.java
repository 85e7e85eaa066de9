package org.saleskpi.web.goal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.saleskpi.core.issue.FieldValue;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.StatusCategory;
import org.saleskpi.core.kpi.KpiProfile;
import org.saleskpi.core.kpi.SalesModel;
import org.saleskpi.core.period.SalesCalendar;
import org.saleskpi.web.ApiServer;
import org.saleskpi.web.TestAccess;

/**
 * The goal tests' world on 10 May 2024 (UTC): alice administers project A, bob only browses it,
 * carol administers project B. Project A has three deals: A-1 won 15 April for 100, A-2 won
 * 1 May for 300, A-3 open; project B has one resolved issue.
 */
public final class GoalTestWorld {
    static final Instant NOW = Instant.parse("2024-05-10T12:00:00Z");

    private GoalTestWorld() {
    }

    public static ApiServer start() throws Exception {
        TestAccess access = new TestAccess().administer("alice", "A").browse("bob", "A").administer("carol", "B");
        List<IssueRecord> issues = List.of(
                deal("A-1", "A", "Won", "2024-04-15T10:00:00Z", "100"),
                deal("A-2", "A", "Won", "2024-05-01T10:00:00Z", "300"),
                IssueRecord.builder("A-3", "A").type("Deal").status("Open", StatusCategory.TO_DO)
                        .created(Instant.parse("2024-03-01T10:00:00Z")).assignee("bob")
                        .field("customfield_1", FieldValue.number("50")).build(),
                deal("B-1", "B", "Won", "2024-05-02T10:00:00Z", "900"));
        Map<String, String> people = Map.of("alice", "Alice Admin", "bob", "Bob Viewer", "carol", "Carol Other");
        return ApiServer.start(access, issues, List.of(), people, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /** A stored KPI profile of project A whose scope is the project. */
    public static long profileOfA(ApiServer api) {
        SalesModel model = new SalesModel("project = A", Set.of("Lead"), Set.of("Deal"), Set.of(), Set.of(), Set.of(),
                Set.of("Won"), Set.of("Lost"), Set.of("Qualified"), Set.of(), "customfield_1", Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Currency.getInstance("EUR"), SalesCalendar.of(ZoneId.of("UTC")), 14);
        return api.services().profiles().create(new KpiProfile(0, "A", "Sales A", model, 0)).id();
    }

    private static IssueRecord deal(String key, String project, String status, String resolved, String amount) {
        return IssueRecord.builder(key, project).type("Deal").status(status, StatusCategory.DONE).resolution("Done")
                .created(Instant.parse("2024-03-01T10:00:00Z")).resolved(Instant.parse(resolved)).assignee("bob")
                .field("customfield_1", FieldValue.number(amount)).build();
    }
}
