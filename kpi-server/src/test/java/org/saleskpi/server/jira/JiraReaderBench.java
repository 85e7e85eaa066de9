package org.saleskpi.server.jira;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.saleskpi.server.fakejira.FakeJira;
import org.saleskpi.server.fakejira.FakeSite;
import org.saleskpi.server.fakejira.FakeUser;

/**
 * How fast one reader copies a whole fake site, issues and changelogs, per kind (the reader alone, no store).
 * Not a unit test (surefire runs *Test classes only); run it with
 * {@code mvn -o -B -q -pl kpi-server -am verify -Dtest=JiraReaderBench -Dsaleskpi.reader.bench=true
 * -Dsaleskpi.reader.bench.issues=10000 -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class JiraReaderBench {

    @ParameterizedTest
    @EnumSource(JiraKind.class)
    @EnabledIfSystemProperty(named = "saleskpi.reader.bench", matches = "true")
    void readsAWholeSite(JiraKind kind) {
        int size = Integer.getInteger("saleskpi.reader.bench.issues", 10_000);
        FakeSite site = FakeSite.generate(2026, size, ZoneId.of("Europe/Berlin"), Instant.parse("2026-11-30T12:00:00Z"));
        FakeUser sync = site.users().get(0);
        try (FakeJira jira = FakeJira.start(site, kind)) {
            String token = site.token(sync.accountId());
            JiraCredentials credentials = kind == JiraKind.CLOUD
                    ? new JiraCredentials.Basic(sync.email(), token) : new JiraCredentials.Bearer(token);
            JiraReader reader = JiraReader.open(new JiraSite(jira.uri(), kind, credentials),
                    new JiraHttpSettings(4, Duration.ofSeconds(30), 3, Sleeper.real(), Clock.systemUTC(), new Random(1)));
            List<String> fields = List.of("summary", "status", "assignee", "created", "updated", "customfield_10100");
            long start = System.nanoTime();
            Set<String> ids = new HashSet<>();
            long changes = 0;
            int pages = 0;
            String cursor = null;
            IssuePage page;
            do {
                page = reader.page("project in (DEAL, ENT, SMB, PART)", fields, cursor, 500);
                for (JiraIssue issue : page.issues()) {
                    ids.add(issue.id());
                    changes += issue.changelog().size();
                }
                cursor = page.nextCursor();
                pages++;
            } while (!page.last());
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("%s: %d issues, %d change groups, %d pages, %d requests in %.1f s = %.0f issues/s%n",
                    kind, ids.size(), changes, pages, reader.traffic().requests(), seconds, ids.size() / seconds);
            assertThat(ids).hasSize(size);
        }
    }
}
