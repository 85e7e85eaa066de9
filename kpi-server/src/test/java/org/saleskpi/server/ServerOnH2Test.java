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
    void theHomePageSendsAVisitorToTheLoginPageWhichLoadsNothingFromElsewhere() throws Exception {
        try (RunningServer server = start()) {
            HttpResponse<String> home = server.get(server.uri("/"));
            HttpResponse<String> login = server.get(server.uri("/login?next=%2F"));

            assertThat(home.statusCode()).isEqualTo(302);
            assertThat(home.headers().firstValue("Location")).hasValue("/login?next=%2F");
            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(login.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/html"));
            // Nothing loaded from elsewhere: no script, style, image, link or form address off this server (texts
            // such as the e-mail page's "an address starting with http://" may name a scheme).
            assertThat(login.body()).contains("id=\"login-form\"", "src=\"/static/saleskpi/js/pages/login.js\"")
                    .doesNotContainPattern("(src|href|action)=[\"']?(https?:)?//")
                    .doesNotContainPattern("url\\(['\"]?(https?:)?//");
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
