package org.saleskpi.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one reading of the bench commands' options. */
class CommandLineTest {
    private static final String USAGE = "usage: bench [--runs 5] [--seed 42] [--name x] [--profile]";
    private static final Set<String> NAMES = Set.of("--runs", "--seed", "--name");
    private static final Set<String> FLAGS = Set.of("--profile");

    @Test
    void readsValuesFlagsAndDefaultsAndTheLastOfANameGivenTwice() {
        CommandLine line = CommandLine.read(new String[] {"--runs", "3", "--profile", "--seed", "9_000_000_000",
                "--runs", "1_000"}, USAGE, NAMES, FLAGS);

        assertThat(line.whole("--runs", 5)).isEqualTo(1_000);
        assertThat(line.wholeLong("--seed", 42)).isEqualTo(9_000_000_000L);
        assertThat(line.text("--name", "x")).isEqualTo("x");
        assertThat(line.flag("--profile")).isTrue();
        assertThat(CommandLine.read(new String[0], USAGE, NAMES, FLAGS).flag("--profile")).isFalse();
    }

    @Test
    void aWrongCommandLineIsRefusedWithTheCommandsUsage() {
        assertThatThrownBy(() -> CommandLine.read(new String[] {"--round", "3"}, USAGE, NAMES, FLAGS))
                .hasMessage("unknown option --round; " + USAGE);
        assertThatThrownBy(() -> CommandLine.read(new String[] {"--runs"}, USAGE, NAMES, FLAGS))
                .hasMessage("--runs needs a value; " + USAGE);
        CommandLine line = CommandLine.read(new String[] {"--runs", "three"}, USAGE, NAMES, FLAGS);
        assertThatThrownBy(() -> line.whole("--runs", 5))
                .hasMessage("--runs must be a whole number, not three; " + USAGE);
    }
}
