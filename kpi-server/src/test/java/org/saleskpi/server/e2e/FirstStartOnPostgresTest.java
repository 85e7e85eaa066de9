package org.saleskpi.server.e2e;

import org.saleskpi.server.RunningServer;
import org.saleskpi.server.host.ServerOptions;

class FirstStartOnPostgresTest extends FirstStart {

    @Override
    ServerOptions freshOptions() throws Exception {
        return RunningServer.temporaryPostgresOptions();
    }
}
