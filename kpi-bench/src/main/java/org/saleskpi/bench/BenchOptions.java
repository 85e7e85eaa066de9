package org.saleskpi.bench;

import java.io.PrintStream;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Set;

/** The command line of {@link BenchMain} and {@link JqlBench}. */
public record BenchOptions(int issues, long seed, int runs, int warmup, ZoneId zone,
        DuckDbRun.Strings duckdbStrings, int duckdbThreads, boolean profile) {

    public static final String USAGE = "usage: java -jar kpi-bench.jar [--issues 1000000] [--seed 42] [--runs 5]"
            + " [--warmup 10] [--zone Europe/Berlin] [--duckdb-strings enum|varchar]"
            + " [--duckdb-threads N (default: every core)] [--profile]";

    public BenchOptions {
        if (issues < 1 || runs < 1 || warmup < 0 || duckdbThreads < 1) {
            throw new IllegalArgumentException("--issues, --runs and --duckdb-threads must be at least 1, --warmup"
                    + " at least 0");
        }
    }

    /** A bench's run over its options, giving the process's exit status. */
    @FunctionalInterface
    interface Run {
        int run(BenchOptions options, PrintStream out, PrintStream err) throws Exception;
    }

    /** A bench's main: reads the options (a wrong command line exits 2 with its message), runs, exits. */
    static void main(String[] args, Run run) throws Exception {
        main(args, BenchOptions::parse, run);
    }

    /** The same with a command's own reading of its options (its defaults and usage). */
    static void main(String[] args, java.util.function.Function<String[], BenchOptions> parser, Run run)
            throws Exception {
        BenchOptions options;
        try {
            options = parser.apply(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        System.exit(run.run(options, System.out, System.err));
    }

    /**
     * A command's options: its {@code defaults}, then {@code args} over them; a bad option names the command's own
     * {@code usage}.
     */
    static BenchOptions parse(String[] defaults, String usage, String... args) {
        String[] all = Arrays.copyOf(defaults, defaults.length + args.length);
        System.arraycopy(args, 0, all, defaults.length, args.length);
        try {
            return parse(all);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage().replace(USAGE, usage), e);
        }
    }

    public static BenchOptions parse(String... args) {
        CommandLine line = CommandLine.read(args, USAGE, Set.of("--issues", "--seed", "--runs", "--warmup", "--zone",
                "--duckdb-strings", "--duckdb-threads"), Set.of("--profile"));
        return new BenchOptions(line.whole("--issues", 1_000_000), line.wholeLong("--seed", 42L),
                line.whole("--runs", 5), line.whole("--warmup", 10), ZoneId.of(line.text("--zone", "Europe/Berlin")),
                DuckDbRun.Strings.fromKey(line.text("--duckdb-strings", "enum")),
                line.whole("--duckdb-threads", DuckDbRun.allCores()), line.flag("--profile"));
    }
}
