package org.saleskpi.bench.load;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.saleskpi.bench.CommandLine;

/**
 * The command line of {@code load}.
 *
 * @param issues demo issues the server generates on its first start
 * @param clients client threads of the mixes, half signed in by session cookie, half by access token
 * @param seconds how long each mix runs
 * @param database where the server keeps its data
 * @param singleRuns how often {@code single} sends each request kind (after one warm-up)
 * @param dataDir where the server's data directory (and PostgreSQL's) is made, emptied at the end
 */
public record LoadOptions(int issues, int clients, int seconds, Database database, int singleRuns, Path dataDir) {

    public static final String USAGE = "usage: java -jar kpi-bench.jar load [--issues 1000000] [--clients 16]"
            + " [--seconds 30] [--database h2|postgres] [--single-runs 5] [--data-dir target/load-bench]";

    /** The databases the standalone server runs on. */
    public enum Database {
        H2, POSTGRES;

        static Database fromKey(String key) {
            return switch (key.toLowerCase(Locale.ROOT)) {
                case "h2" -> H2;
                case "postgres", "postgresql" -> POSTGRES;
                default -> throw new IllegalArgumentException("--database must be h2 or postgres, not " + key + "; "
                        + USAGE);
            };
        }
    }

    public LoadOptions {
        // The server's own bounds on demo issues (ServerOptions.demoIssues).
        if (issues < 100 || issues > 2_000_000) {
            throw new IllegalArgumentException("--issues must be from 100 to 2000000; " + USAGE);
        }
        if (clients < 2 || seconds < 1 || singleRuns < 1) {
            throw new IllegalArgumentException("--clients must be at least 2, --seconds and --single-runs at least 1; "
                    + USAGE);
        }
    }

    public static LoadOptions parse(String... args) {
        CommandLine line = CommandLine.read(args, USAGE, Set.of("--issues", "--clients", "--seconds", "--database",
                "--single-runs", "--data-dir"), Set.of());
        return new LoadOptions(line.whole("--issues", 1_000_000), line.whole("--clients", 16),
                line.whole("--seconds", 30), Database.fromKey(line.text("--database", "h2")),
                line.whole("--single-runs", 5), Path.of(line.text("--data-dir", "target/load-bench")));
    }
}
