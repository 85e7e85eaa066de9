package org.saleskpi.bench.load;

import java.nio.file.Path;
import java.util.Locale;

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
        int issues = 1_000_000;
        int clients = 16;
        int seconds = 30;
        Database database = Database.H2;
        int singleRuns = 5;
        Path dataDir = Path.of("target", "load-bench");
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(name + " needs a value; " + USAGE);
            }
            String value = args[++i];
            try {
                switch (name) {
                    case "--issues" -> issues = Integer.parseInt(value.replace("_", ""));
                    case "--clients" -> clients = Integer.parseInt(value);
                    case "--seconds" -> seconds = Integer.parseInt(value);
                    case "--database" -> database = Database.fromKey(value);
                    case "--single-runs" -> singleRuns = Integer.parseInt(value);
                    case "--data-dir" -> dataDir = Path.of(value);
                    default -> throw new IllegalArgumentException("unknown option " + name + "; " + USAGE);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " must be a whole number, not " + value + "; " + USAGE, e);
            }
        }
        return new LoadOptions(issues, clients, seconds, database, singleRuns, dataDir);
    }
}
