package org.saleskpi.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class ServerOnH2Test extends ServerLifecycle {

    @Override
    RunningServer start() throws Exception {
        return RunningServer.h2();
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

    @Test
    void lock() throws Exception {
        aSecondServerOnTheSameDirectoryIsRefused();
    }

    @Test
    void theHomePageIsAPlainPageThatLinksToHealthAndTheApi() throws Exception {
        try (RunningServer server = start()) {
            HttpResponse<String> home = server.get(server.uri("/"));

            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/html"));
            assertThat(home.body()).contains("Sales KPI is running", "href=\"/rest/saleskpi/1.0/health\"")
                    .doesNotContain("http://", "https://");
        }
    }

    @Test
    void theApiAsksForASignInWhileNobodyCanSignIn() throws Exception {
        try (RunningServer server = start()) {
            assertThat(server.get(server.rest("/goals")).statusCode()).isIn(401, 404);
            assertThat(server.get(server.uri("/no-such-page")).statusCode()).isEqualTo(404);
        }
    }
}
