package org.saleskpi.server.e2e;

import org.saleskpi.server.RunningServer;

class ComparisonsOverHttpOnPostgresTest extends ComparisonsOverHttp {

    @Override
    RunningServer start() throws Exception {
        return RunningServer.start(RunningServer.temporaryPostgresOptions().withDemo(false), true);
    }
}
