package org.saleskpi.server.e2e;

import org.saleskpi.server.RunningServer;
import org.saleskpi.server.host.ServerOptions;

class ConnectionsOverHttpOnPostgresTest extends ConnectionsOverHttp {

    @Override
    ServerOptions options() throws Exception {
        return RunningServer.temporaryPostgresOptions().withDemo(false);
    }
}
