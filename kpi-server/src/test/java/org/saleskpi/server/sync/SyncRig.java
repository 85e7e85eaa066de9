package org.saleskpi.server.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.saleskpi.core.index.IssueIndex;
import org.saleskpi.server.auth.AuthSchema;
import org.saleskpi.server.auth.Users;
import org.saleskpi.server.fakejira.FakeJira;
import org.saleskpi.server.fakejira.FakeSite;
import org.saleskpi.server.fakejira.FakeUser;
import org.saleskpi.server.issues.IssueStore;
import org.saleskpi.server.jira.IssuePage;
import org.saleskpi.server.jira.JiraCredentials;
import org.saleskpi.server.jira.JiraField;
import org.saleskpi.server.jira.JiraHttpSettings;
import org.saleskpi.server.jira.JiraIssue;
import org.saleskpi.server.jira.JiraKind;
import org.saleskpi.server.jira.JiraProject;
import org.saleskpi.server.jira.JiraReader;
import org.saleskpi.server.jira.JiraSite;
import org.saleskpi.server.jira.JiraTraffic;
import org.saleskpi.server.jira.JiraUser;
import org.saleskpi.server.jira.ServerInfo;
import org.saleskpi.server.jira.Sleeper;
import org.saleskpi.store.Database;
import org.saleskpi.store.EntityManagerSession;

/**
 * A fake Jira site served over HTTP, a store on a real database with its index, the server's people, and a sync of
 * connection 1 reading the site as its sync account through the real reader, counting every issue each page hands
 * over. {@link #restart()} gives a new sync on the same database, as a restarted server has.
 */
final class SyncRig implements AutoCloseable {
    static final long CONNECTION = 1;
    static final Instant NOW = Instant.parse("2026-11-30T03:00:00Z");
    /** Far from UTC, so a JQL date written in the wrong zone misses by nine hours. */
    static final ZoneId SITE_ZONE = ZoneId.of("Asia/Tokyo");
    static final List<String> FIELDS = List.of("Amount", "Close date", "Probability", "Forecast category",
            "Deal stage", "Lead source", "Region", "Customer");

    final FakeSite site;
    final FakeJira fake;
    final DataSource dataSource;
    final IssueIndex index = new IssueIndex();
    final IssueStore store;
    final Users users;
    final SyncPeople people;
    final JiraUserNames names;
    final FakeUser account;
    final Map<Long, SyncSettings> connections = new HashMap<>();
    /** The Jira id of every issue a page handed to the sync, in order, over every run. */
    final List<String> delivered = new CopyOnWriteArrayList<>();
    /** Pages to hand over before the next one fails as if the server were killed; negative for never. */
    final AtomicInteger pagesBeforeKill = new AtomicInteger(-1);
    JiraSync sync;

    SyncRig(Database database, JiraKind kind, int issues, long seed) {
        site = FakeSite.generate(seed, issues, SITE_ZONE, NOW);
        fake = FakeJira.start(site, kind);
        dataSource = database.openDataSource();
        store = new IssueStore(dataSource, index);
        store.createSchema();
        EntityManagerSession session = new EntityManagerSession(Database.H2_MEMORY.open());
        AuthSchema.migrate(session);
        users = new Users(session, Clock.systemUTC());
        names = new JiraUserNames(store);
        names.createSchema();
        people = SyncPeople.over(users, names);
        account = site.users().get(0);
        connections.put(CONNECTION, settings(credentials(site.token(account.accountId()))));
        sync = newSync(1);
    }

    /** The sync account's credentials, with {@code token} as its secret. */
    JiraCredentials credentials(String token) {
        return fake.kind() == JiraKind.CLOUD ? new JiraCredentials.Basic(account.email(), token)
                : new JiraCredentials.Bearer(token);
    }

    SyncSettings settings(JiraCredentials credentials) {
        return settings(credentials, "project in (DEAL, ENT, PART)");
    }

    SyncSettings settings(JiraCredentials credentials, String jql) {
        return new SyncSettings(CONNECTION, new JiraSite(fake.uri(), fake.kind(), credentials), jql, FIELDS,
                SyncSettings.DEFAULT_INTERVAL, SyncSettings.DEFAULT_LOOK_BACK, false);
    }

    SyncConnections connectionsPort() {
        return new SyncConnections() {
            @Override
            public List<SyncSettings> enabled() {
                return List.copyOf(connections.values());
            }

            @Override
            public Optional<SyncSettings> get(long id) {
                return Optional.ofNullable(connections.get(id));
            }
        };
    }

    /** A sync on this rig's database, as a server (re)started now would have, with a census every Nth run. */
    JiraSync newSync(int censusEvery) {
        JiraHttpSettings http = new JiraHttpSettings(4, Duration.ofSeconds(20), 2, Sleeper.real(), Clock.systemUTC(),
                new Random(7));
        return new JiraSync(store, people, connectionsPort(), Clock.systemUTC(),
                site -> new Counting(JiraReader.open(site, http)), censusEvery, JiraSync.PAGE_SIZE);
    }

    void restart(int censusEvery) {
        sync = newSync(censusEvery);
    }

    @Override
    public void close() {
        fake.close();
    }

    /** The real reader, counting what its pages hand over and failing when a kill is due. */
    private final class Counting implements JiraReader {
        private final JiraReader reader;

        Counting(JiraReader reader) {
            this.reader = reader;
        }

        @Override
        public IssuePage page(String jql, List<String> fieldIds, String cursor, int pageSize) {
            if (pagesBeforeKill.getAndDecrement() == 0) {
                throw new IllegalStateException("killed");
            }
            IssuePage page = reader.page(jql, fieldIds, cursor, pageSize);
            List<String> ids = new ArrayList<>();
            for (JiraIssue issue : page.issues()) {
                ids.add(issue.id());
            }
            delivered.addAll(ids);
            return page;
        }

        @Override
        public ServerInfo serverInfo() {
            return reader.serverInfo();
        }

        @Override
        public JiraUser myself() {
            return reader.myself();
        }

        @Override
        public List<JiraField> fields() {
            return reader.fields();
        }

        @Override
        public List<JiraProject> projects() {
            return reader.projects();
        }

        @Override
        public Set<String> ids(String jql) {
            return reader.ids(jql);
        }

        @Override
        public List<JiraProject> projectsWithIssueSecurity() {
            return reader.projectsWithIssueSecurity();
        }

        @Override
        public JiraTraffic traffic() {
            return reader.traffic();
        }
    }
}
