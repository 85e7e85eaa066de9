package org.saleskpi.server.e2e;

import org.saleskpi.server.RunningServer;

class UserNamesInJqlOnPostgresTest extends UserNamesInJql {

    @Override
    RunningServer start() throws Exception {
        return RunningServer.start(RunningServer.temporaryPostgresOptions().withDemo(false), true);
    }
}
