package org.saleskpi.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.saleskpi.server.host.ServerOptions;

class MainTest {
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aBadOptionIsOneLineAndTheUsageWithExitCode2() {
        int code = Main.run(new String[] {"--port", "eighty"}, ServerWiring.commands(), out);

        assertThat(code).isEqualTo(2);
        assertThat(output()).startsWith("--port must be a number from 0 to 65535, not \"eighty\".\nUsage: ")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void anUnknownCommandNamesTheKnownOnes() {
        int code = Main.run(new String[] {"srve"}, ServerWiring.commands(), out);

        assertThat(code).isEqualTo(2);
        assertThat(output()).startsWith("Unknown command srve; the commands are serve, import.");
    }

    @Test
    void serveTakesNoArguments() {
        int code = Main.run(new String[] {"serve", "now"}, ServerWiring.commands(), out);

        assertThat(code).isEqualTo(2);
        assertThat(output()).isEqualTo("serve takes no arguments, got: now\n");
    }

    @Test
    void helpPrintsTheUsageAndSucceeds() {
        assertThat(Main.run(new String[] {"--help"}, ServerWiring.commands(), out)).isZero();
        assertThat(output()).isEqualTo(ServerOptions.USAGE);
    }

    @Test
    void runsTheNamedCommandOfTheMapWithTheParsedOptions() {
        List<ServerOptions> seen = new ArrayList<>();
        Command recorder = (options, output) -> {
            seen.add(options);
            return 7;
        };

        int code = Main.run(new String[] {"import", "deals.csv", "--no-demo"}, Map.of("import", recorder), out);

        assertThat(code).isEqualTo(7);
        assertThat(seen).singleElement().satisfies(options -> {
            assertThat(options.arguments()).containsExactly("deals.csv");
            assertThat(options.demo()).isFalse();
        });
    }

    @Test
    void aFailingCommandIsReportedInOneLineWithExitCode1() {
        Command failing = (options, output) -> {
            throw new IllegalStateException("the database is gone", new java.sql.SQLException("Connection refused"));
        };

        int code = Main.run(new String[] {}, Map.of("serve", failing), out);

        assertThat(code).isEqualTo(1);
        assertThat(output()).isEqualTo("Sales KPI could not serve: the database is gone: Connection refused\n");
    }

    @Test
    void aSecondServerOnAHeldDirectoryIsRefusedWithExitCode1() throws Exception {
        try (RunningServer first = RunningServer.h2()) {
            int code = Main.run(new String[] {"--port", "0", "--data-dir", first.options().dataDir().toString()},
                    ServerWiring.commands(), out);

            assertThat(code).isEqualTo(1);
            assertThat(output()).isEqualTo("Another Sales KPI server is using " + first.server().dataDir()
                    + " (lock file " + first.server().dataDir().resolve(".lock")
                    + "). Stop it first or start with --data-dir.\n");
        }
    }
}
