package org.saleskpi.server.e2e;

import org.junit.jupiter.api.BeforeAll;
import org.saleskpi.server.RunningServer;

/**
 * {@link MailSubscriptionOverHttpTest} on PostgreSQL, where the schedule's lock is an advisory lock and the send
 * record's instants are PostgreSQL's.
 */
class MailSubscriptionOnPostgresTest extends MailSubscriptionOverHttpTest {

    @BeforeAll
    static void start() throws Exception {
        startOn(RunningServer.temporaryPostgresOptions().withDemo(false));
    }
}
