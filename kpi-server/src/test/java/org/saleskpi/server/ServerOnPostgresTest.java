package org.saleskpi.server;

import org.junit.jupiter.api.Test;

class ServerOnPostgresTest extends ServerLifecycle {

    @Override
    RunningServer start() throws Exception {
        return RunningServer.postgres();
    }

    @Test
    void health() throws Exception {
        healthAnswersWithoutSigningIn();
    }

    @Test
    void restart() throws Exception {
        restartKeepsTheDataAndLoadsTheDemoOnlyOnTheFirstStart();
    }

    @Test
    void stop() throws Exception {
        stoppingReleasesTheDataDirectory();
    }
}
