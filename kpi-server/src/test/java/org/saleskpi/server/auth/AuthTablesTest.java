package org.saleskpi.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import net.java.ao.EntityManager;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.server.cluster.RecentReads;
import org.saleskpi.store.AoSession;
import org.saleskpi.store.Database;
import org.saleskpi.store.EntityManagerSession;
import org.saleskpi.store.StoreSchema;

/**
 * The auth tables migrate beside the store's on H2 and on PostgreSQL, and work there; a second node
 * on the same database sees the first node's sessions, and their end within the freshness of its reads.
 */
class AuthTablesTest {

    @ParameterizedTest
    @EnumSource(value = Database.class, names = {"H2_FILE", "POSTGRES"})
    void theTablesMigrateAndEveryPartWorks(Database database) {
        EntityManager first = database.open();
        AoSession session = new EntityManagerSession(first);
        StoreSchema.migrate(session);
        AuthSchema.migrate(session);
        ServerAuth auth = new ServerAuth(session, Clock.systemUTC());

        auth.users().create("Dana", "dana-secret-1", "Dana Scully", false);
        String rep = auth.users().personFor("Fox Mulder");
        auth.roles().grant("XF", "dana", Role.EDITOR);
        auth.roles().grant("XF", "dana", Role.ADMIN);
        String token = auth.tokens().create("dana", "script").secret();
        String sessionId = auth.sessions().start("dana");

        assertThat(auth.users().signIn("DANA", "dana-secret-1")).isInstanceOf(Login.Accepted.class);
        assertThat(auth.users().find(rep).orElseThrow().canSignIn()).isFalse();
        assertThat(auth.directory().search("SCULL", 5)).extracting(UserRef::key).containsExactly("dana");
        assertThat(auth.roles().ofProject("XF")).singleElement().extracting(ProjectRoles.Grant::role)
                .isEqualTo(Role.ADMIN);
        assertThat(auth.access().canAdminister(new UserRef("dana", "Dana Scully"), "XF")).isTrue();
        assertThat(auth.tokens().userOf(token)).contains("dana");

        ServerAuth secondNode = new ServerAuth(new EntityManagerSession(database.openAgain(first)), Clock.systemUTC());
        assertThat(secondNode.sessions().userOf(sessionId)).contains("dana");
        auth.sessions().end(sessionId);
        // The second node read the session a moment ago; it counts the sign-out within its freshness (ADR 0043).
        long deadline = System.nanoTime() + RecentReads.DEFAULT_FRESHNESS.toNanos() * 2;
        while (secondNode.sessions().userOf(sessionId).isPresent() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(secondNode.sessions().userOf(sessionId)).isEmpty();
    }
}
