package org.saleskpi.server.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServerOptionsTest {

    @Test
    void noArgumentsServeOnLocalhost8080WithH2InTheCurrentDirectoryAndTheDemo() {
        ServerOptions options = ServerOptions.parse(List.of());

        assertThat(options).isEqualTo(new ServerOptions("serve", 8080, "127.0.0.1", Path.of("saleskpi-data"),
                Optional.empty(), "", "", true, 20_000, false, List.of()));
    }

    @Test
    void readsEveryOptionWithSpaceOrEqualsSign() {
        ServerOptions options = ServerOptions.parse(List.of("serve", "--port", "0", "--bind=0.0.0.0",
                "--data-dir", "/srv/kpi", "--db-url=jdbc:postgresql://db/kpi", "--db-user", "kpi",
                "--db-password", "s3cret=x", "--no-demo", "--demo-issues=1000000"));

        assertThat(options).isEqualTo(new ServerOptions("serve", 0, "0.0.0.0", Path.of("/srv/kpi"),
                Optional.of("jdbc:postgresql://db/kpi"), "kpi", "s3cret=x", false, 1_000_000, false, List.of()));
    }

    @Test
    void aCommandTakesItsArguments() {
        ServerOptions options = ServerOptions.parse(List.of("import", "deals.csv", "--data-dir", "d"));

        assertThat(options.command()).isEqualTo("import");
        assertThat(options.arguments()).containsExactly("deals.csv");
        assertThat(options.dataDir()).isEqualTo(Path.of("d"));
    }

    @Test
    void anotherCommandGetsTheOptionsTheServerDoesNotKnowInOrder() {
        ServerOptions options = ServerOptions.parse(List.of("import", "--file", "deals.csv", "--data-dir", "d",
                "--time-zone=Europe/Berlin"));

        assertThat(options.arguments()).containsExactly("--file", "deals.csv", "--time-zone=Europe/Berlin");
        assertThat(options.dataDir()).isEqualTo(Path.of("d"));
    }

    @Test
    void theDemoSizeIsBounded() {
        assertThatThrownBy(() -> ServerOptions.parse(List.of("--demo-issues", "99")))
                .hasMessage("--demo-issues must be a number from 100 to 2000000, not \"99\".");
    }

    @Test
    void helpIsAnOptionAnywhere() {
        assertThat(ServerOptions.parse(List.of("--help")).help()).isTrue();
        assertThat(ServerOptions.parse(List.of("serve", "-h")).help()).isTrue();
    }

    @Test
    void saysWhatIsWrongInOneLine() {
        assertThatThrownBy(() -> ServerOptions.parse(List.of("--port", "http")))
                .isInstanceOf(ServerOptions.BadOptionException.class)
                .hasMessage("--port must be a number from 0 to 65535, not \"http\".");
        assertThatThrownBy(() -> ServerOptions.parse(List.of("--port", "70000")))
                .hasMessage("--port must be a number from 0 to 65535, not \"70000\".");
        assertThatThrownBy(() -> ServerOptions.parse(List.of("--prot", "80")))
                .hasMessage("Unknown option --prot.");
        assertThatThrownBy(() -> ServerOptions.parse(List.of("--data-dir")))
                .hasMessage("--data-dir needs a value.");
        assertThatThrownBy(() -> ServerOptions.parse(List.of("--port", "--no-demo")))
                .hasMessage("--port needs a value.");
        assertThatThrownBy(() -> ServerOptions.parse(List.of("--db-url", "jdbc:mysql://db/kpi")))
                .hasMessageStartingWith("--db-url must be a PostgreSQL JDBC URL");
        assertThatThrownBy(() -> ServerOptions.parse(List.of("--db-user", "kpi")))
                .hasMessage("--db-user and --db-password go with --db-url.");
    }
}
