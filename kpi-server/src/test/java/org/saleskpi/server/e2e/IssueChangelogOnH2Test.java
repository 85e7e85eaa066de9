package org.saleskpi.server.e2e;

import org.saleskpi.server.RunningServer;
import org.saleskpi.server.host.ServerOptions;

class IssueChangelogOnH2Test extends IssueChangelog {

    @Override
    ServerOptions options() throws Exception {
        return RunningServer.temporaryOptions().withDemo(false);
    }
}
