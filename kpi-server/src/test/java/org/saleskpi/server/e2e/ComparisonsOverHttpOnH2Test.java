package org.saleskpi.server.e2e;

import org.saleskpi.server.RunningServer;

class ComparisonsOverHttpOnH2Test extends ComparisonsOverHttp {

    @Override
    RunningServer start() throws Exception {
        return RunningServer.start(RunningServer.temporaryOptions().withDemo(false), true);
    }
}
