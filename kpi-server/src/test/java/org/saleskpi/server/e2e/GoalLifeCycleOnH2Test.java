package org.saleskpi.server.e2e;

import org.saleskpi.server.RunningServer;

class GoalLifeCycleOnH2Test extends GoalLifeCycle {

    @Override
    RunningServer start() throws Exception {
        return RunningServer.start(RunningServer.temporaryOptions().withDemo(false), true);
    }
}
