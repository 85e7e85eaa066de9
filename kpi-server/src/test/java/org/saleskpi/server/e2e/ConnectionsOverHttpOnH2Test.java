package org.saleskpi.server.e2e;

import org.saleskpi.server.RunningServer;
import org.saleskpi.server.host.ServerOptions;

class ConnectionsOverHttpOnH2Test extends ConnectionsOverHttp {

    @Override
    ServerOptions options() throws Exception {
        return RunningServer.temporaryOptions().withDemo(false);
    }
}
