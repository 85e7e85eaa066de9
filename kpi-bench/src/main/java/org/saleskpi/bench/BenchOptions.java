package org.saleskpi.bench;

import java.io.PrintStream;
import java.time.ZoneId;
import java.util.Arrays;

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
        int issues = 1_000_000;
        long seed = 42L;
        int runs = 5;
        int warmup = 10;
        ZoneId zone = ZoneId.of("Europe/Berlin");
        DuckDbRun.Strings strings = DuckDbRun.Strings.ENUM;
        int threads = DuckDbRun.allCores();
        boolean profile = false;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (name.equals("--profile")) {
                profile = true;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(name + " needs a value; " + USAGE);
            }
            String value = args[++i];
            switch (name) {
                case "--issues" -> issues = Integer.parseInt(value.replace("_", ""));
                case "--seed" -> seed = Long.parseLong(value);
                case "--runs" -> runs = Integer.parseInt(value);
                case "--warmup" -> warmup = Integer.parseInt(value);
                case "--zone" -> zone = ZoneId.of(value);
                case "--duckdb-strings" -> strings = DuckDbRun.Strings.fromKey(value);
                case "--duckdb-threads" -> threads = Integer.parseInt(value);
                default -> throw new IllegalArgumentException("unknown option " + name + "; " + USAGE);
            }
        }
        return new BenchOptions(issues, seed, runs, warmup, zone, strings, threads, profile);
    }
}
