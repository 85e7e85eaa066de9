package org.saleskpi.server.e2e;

import org.saleskpi.server.RunningServer;

class RestartKeepsDataOnH2Test extends RestartKeepsData {

    @Override
    RunningServer start() throws Exception {
        return RunningServer.start(RunningServer.temporaryOptions().withDemo(false), true);
    }
}
