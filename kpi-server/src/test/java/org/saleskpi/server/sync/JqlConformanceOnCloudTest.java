package org.saleskpi.server.sync;

import org.saleskpi.server.fakejira.FakeUser;
import org.saleskpi.server.jira.JiraKind;

/** The conformance suite over a Cloud site: people by account id, some with a colon ("557058:..."). */
class JqlConformanceOnCloudTest extends JqlConformance {

    @Override
    JiraKind kind() {
        return JiraKind.CLOUD;
    }

    @Override
    String id(FakeUser user) {
        return user.accountId();
    }
}
