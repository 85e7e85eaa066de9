package org.saleskpi.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.saleskpi.core.goal.Goal;
import org.saleskpi.core.goal.GoalQuery;
import org.saleskpi.core.goal.PageRequest;
import org.saleskpi.core.goal.Target;
import org.saleskpi.core.goal.ValueChange;
import org.saleskpi.server.RunningServer;
import org.saleskpi.server.host.ServerOptions;
import org.saleskpi.web.RestServices;

/**
 * The demo a server loads on its first start lies wholly in the past of the server's clock: no
 * issue created, updated or resolved later, no finished issue due later, no goal or value change
 * dated later, and the goal is the current quarter's. Checked at instants of the server's zone
 * where a day's cut goes wrong most easily.
 */
class DemoStartsAtNowTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    static Stream<ZonedDateTime> awkwardMoments() {
        return Stream.of(
                LocalDateTime.of(2026, 12, 5, 0, 30).atZone(BERLIN),
                LocalDateTime.of(2026, 12, 4, 23, 59).atZone(BERLIN),
                // Spring forward (02:00 became 03:00) and fall back (02:30 came twice; the second one).
                LocalDateTime.of(2026, 3, 29, 3, 10).atZone(BERLIN),
                LocalDateTime.of(2026, 10, 25, 2, 30).atZone(BERLIN).withLaterOffsetAtOverlap());
    }

    @ParameterizedTest
    @MethodSource("awkwardMoments")
    void nothingTheDemoLoadsIsLaterThanTheServersNow(ZonedDateTime now) throws Exception {
        ServerOptions options = ServerOptions.parse(List.of("--port", "0", "--demo-issues", "3000",
                "--data-dir", Files.createTempDirectory("saleskpi-demo-now").toString()));

        try (RunningServer server = RunningServer.start(options, true, Clock.fixed(now.toInstant(), BERLIN))) {
            Instant latest;
            LocalDate latestDoneDue;
            try (Connection connection = server.server().database().dataSource().getConnection();
                    Statement sql = connection.createStatement()) {
                latest = latest(sql, "SELECT MAX(CREATED) FROM SK.ISSUE", "SELECT MAX(UPDATED) FROM SK.ISSUE",
                        "SELECT MAX(RESOLVED) FROM SK.ISSUE");
                try (ResultSet due = sql.executeQuery("SELECT MAX(DUE) FROM SK.ISSUE WHERE RESOLVED IS NOT NULL")) {
                    due.next();
                    latestDoneDue = due.getObject(1, LocalDate.class);
                }
            }

            assertThat(latest).isBefore(now.toInstant());
            // Something did happen on the day itself before now, unless the day had barely begun.
            assertThat(latest).isAfter(now.toInstant().minusSeconds(24 * 3600));
            assertThat(latestDoneDue).isBeforeOrEqualTo(now.toLocalDate());
            RestServices services = server.server().services();
            List<Goal> goals = services.goals().find(GoalQuery.activeIn("SALES"), PageRequest.first(10)).items();
            assertThat(goals).hasSize(1);
            Goal goal = goals.get(0);
            assertThat(goal.created()).isBeforeOrEqualTo(now.toInstant());
            assertThat(goal.updated()).isBeforeOrEqualTo(now.toInstant());
            assertThat(now.toLocalDate()).isBetween(goal.startDate(), goal.dueDate());
            for (Target target : goal.targets()) {
                for (ValueChange change : services.history().history(target.id(), PageRequest.first(100)).items()) {
                    assertThat(change.changedAt()).isBeforeOrEqualTo(now.toInstant());
                }
            }
        }
    }

    /** The latest of the instants these queries answer. */
    private static Instant latest(Statement sql, String... queries) throws SQLException {
        Instant latest = Instant.MIN;
        for (String query : queries) {
            try (ResultSet result = sql.executeQuery(query)) {
                result.next();
                Instant instant = result.getObject(1, OffsetDateTime.class).toInstant();
                latest = instant.isAfter(latest) ? instant : latest;
            }
        }
        return latest;
    }
}
