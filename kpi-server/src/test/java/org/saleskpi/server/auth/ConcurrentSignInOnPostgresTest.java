package org.saleskpi.server.auth;

import org.saleskpi.server.RunningServer;

class ConcurrentSignInOnPostgresTest extends ConcurrentSignIn {

    @Override
    RunningServer start() throws Exception {
        return RunningServer.start(RunningServer.temporaryPostgresOptions().withDemo(false), true);
    }

    @Override
    boolean hasRowVersions() {
        return true;
    }
}
