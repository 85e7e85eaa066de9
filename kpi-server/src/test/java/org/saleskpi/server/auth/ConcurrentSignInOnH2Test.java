package org.saleskpi.server.auth;

import org.saleskpi.server.RunningServer;

class ConcurrentSignInOnH2Test extends ConcurrentSignIn {

    @Override
    RunningServer start() throws Exception {
        return RunningServer.start(RunningServer.temporaryOptions().withDemo(false), true);
    }

    @Override
    boolean hasRowVersions() {
        return false;
    }
}
