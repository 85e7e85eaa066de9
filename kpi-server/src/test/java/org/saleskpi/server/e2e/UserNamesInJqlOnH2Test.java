package org.saleskpi.server.e2e;

import org.saleskpi.server.RunningServer;

class UserNamesInJqlOnH2Test extends UserNamesInJql {

    @Override
    RunningServer start() throws Exception {
        return RunningServer.start(RunningServer.temporaryOptions().withDemo(false), true);
    }
}
