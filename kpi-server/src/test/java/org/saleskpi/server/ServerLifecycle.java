package org.saleskpi.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Optional;
import java.util.Set;
import org.saleskpi.core.kpi.KpiProfile;
import org.saleskpi.core.kpi.SalesModel;
import org.saleskpi.core.period.SalesCalendar;
import org.saleskpi.server.host.DataDirectory;

/** What every database the server runs on must do; {@code ServerOnH2Test} and {@code ServerOnPostgresTest} run it. */
abstract class ServerLifecycle {

    abstract RunningServer start() throws Exception;

    void healthAnswersWithoutSigningIn() throws Exception {
        try (RunningServer server = start()) {
            HttpResponse<String> health = server.get(server.rest("/health"));

            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).isEqualTo("{\"status\":\"ok\"}");
        }
    }

    void restartKeepsTheDataAndLoadsTheDemoOnlyOnTheFirstStart() throws Exception {
        try (RunningServer server = start()) {
            assertThat(server.server().firstStart()).isTrue();
            KpiProfile stored = server.server().services().profiles().create(new KpiProfile(0, "DEAL", "Pipeline",
                    model(), 0));

            server.restart();

            assertThat(server.server().firstStart()).isFalse();
            assertThat(server.server().services().profiles().get(stored.id())).contains(stored);
            assertThat(server.get(server.rest("/health")).statusCode()).isEqualTo(200);
        }
    }

    void stoppingReleasesTheDataDirectory() throws Exception {
        try (RunningServer server = start()) {
            server.stop();

            DataDirectory.lock(server.options().dataDir()).close();
            assertThatThrownBy(() -> server.get(server.uri("/login")))
                    .describedAs("the stopped server no longer answers").isInstanceOf(RuntimeException.class);
            server.restart();
            assertThat(server.get(server.uri("/login")).statusCode()).isEqualTo(200);
        }
    }

    void aSecondServerOnTheSameDirectoryIsRefused() throws Exception {
        try (RunningServer first = start()) {
            assertThatThrownBy(() -> SalesKpiServer.start(first.options().withPort(0), Clock.systemUTC()))
                    .isInstanceOf(DataDirectory.DirectoryInUseException.class)
                    .hasMessage("Another Sales KPI server is using " + first.server().dataDir() + " (lock file "
                            + first.server().dataDir().resolve(".lock") + "). Stop it first or start with --data-dir.");
            assertThat(first.get(first.rest("/health")).statusCode()).describedAs("the first one still runs")
                    .isEqualTo(200);
        }
    }

    private static SalesModel model() {
        return new SalesModel("project = DEAL", Set.of(), Set.of("Deal"), Set.of(), Set.of(), Set.of(), Set.of("Won"),
                Set.of(), Set.of(), Set.of(), "customfield_1", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Currency.getInstance("EUR"),
                SalesCalendar.of(ZoneId.of("Europe/Berlin")), 30);
    }
}
