package org.saleskpi.bench;

import java.time.ZoneId;

/** The command line of {@link BenchMain}. */
public record BenchOptions(int issues, long seed, int runs, int warmup, ZoneId zone, boolean profile) {

    public static final String USAGE = "usage: java -jar kpi-bench.jar [--issues N] [--seed S] [--runs R]"
            + " [--warmup W] [--zone Europe/Berlin] [--profile]";

    public static BenchOptions defaults() {
        return new BenchOptions(1_000_000, 42L, 5, 3, ZoneId.of("Europe/Berlin"), false);
    }

    public static BenchOptions parse(String... args) {
        BenchOptions options = defaults();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (name.equals("--profile")) {
                options = new BenchOptions(options.issues, options.seed, options.runs, options.warmup, options.zone,
                        true);
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(name + " needs a value; " + USAGE);
            }
            String value = args[++i];
            options = switch (name) {
                case "--issues" -> new BenchOptions(Integer.parseInt(value.replace("_", "")), options.seed,
                        options.runs, options.warmup, options.zone, options.profile);
                case "--seed" -> new BenchOptions(options.issues, Long.parseLong(value), options.runs,
                        options.warmup, options.zone, options.profile);
                case "--runs" -> new BenchOptions(options.issues, options.seed, Integer.parseInt(value),
                        options.warmup, options.zone, options.profile);
                case "--warmup" -> new BenchOptions(options.issues, options.seed, options.runs,
                        Integer.parseInt(value), options.zone, options.profile);
                case "--zone" -> new BenchOptions(options.issues, options.seed, options.runs, options.warmup,
                        ZoneId.of(value), options.profile);
                default -> throw new IllegalArgumentException("unknown option " + name + "; " + USAGE);
            };
        }
        if (options.runs < 1 || options.warmup < 0) {
            throw new IllegalArgumentException("--runs must be at least 1 and --warmup at least 0");
        }
        return options;
    }
}
