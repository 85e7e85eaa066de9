package org.saleskpi.server.host;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the command line asks for: the command ({@code serve} unless named), where to listen, where
 * the data lives and which database to use. {@link #parse} turns the arguments into it or says, in
 * one line, what is wrong with them.
 *
 * @param port 0 picks a free port (tests); the server reports the one it got
 * @param dbUrl a PostgreSQL JDBC URL, or empty for the H2 file in the data directory
 * @param demo load the demo data on the first start
 * @param arguments what follows the command that is not an option (the file of {@code import})
 */
public record ServerOptions(
        String command,
        int port,
        String bind,
        Path dataDir,
        Optional<String> dbUrl,
        String dbUser,
        String dbPassword,
        boolean demo,
        int demoIssues,
        boolean help,
        List<String> arguments) {

    public static final String SERVE = "serve";
    public static final int DEFAULT_DEMO_ISSUES = 20_000;
    /** The bench size: ten million issues would not fit a default heap. */
    public static final int MAX_DEMO_ISSUES = 2_000_000;

    public static final String USAGE = """
            Usage: java -jar kpi-server.jar [serve|import] [options] [arguments]

              serve                 run the server (the default)
              import --file FILE    import a Jira CSV export into the data directory; also
                [--project KEY] [--date-format "dd/MMM/yy h:mm a"] [--time-zone Europe/Berlin]

            Options:
              --port N              HTTP port (default 8080; 0 picks a free one)
              --bind ADDRESS        address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)
              --data-dir DIR        where the H2 database and the lock live (default ./saleskpi-data)
              --db-url URL          use PostgreSQL instead of H2, e.g. jdbc:postgresql://localhost/saleskpi
              --db-user USER        PostgreSQL user
              --db-password PASS    PostgreSQL password
              --no-demo             do not load the demo data on the first start
              --demo-issues N       how many demo issues the first start generates (default 20000)
              --help                show this help

            The first administrator's password is taken from SALESKPI_ADMIN_PASSWORD.
            """;

    public ServerOptions {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(dbUrl, "dbUrl");
        Objects.requireNonNull(dbUser, "dbUser");
        Objects.requireNonNull(dbPassword, "dbPassword");
        arguments = List.copyOf(arguments);
    }

    /** The defaults: serve on 127.0.0.1:8080 with H2 in ./saleskpi-data and the demo data. */
    public static ServerOptions defaults() {
        return new ServerOptions(SERVE, 8080, "127.0.0.1", Path.of("saleskpi-data"), Optional.empty(), "", "", true,
                DEFAULT_DEMO_ISSUES, false, List.of());
    }

    public ServerOptions withPort(int newPort) {
        return new ServerOptions(command, newPort, bind, dataDir, dbUrl, dbUser, dbPassword, demo, demoIssues, help, arguments);
    }

    public ServerOptions withDataDir(Path newDataDir) {
        return new ServerOptions(command, port, bind, newDataDir, dbUrl, dbUser, dbPassword, demo, demoIssues, help, arguments);
    }

    public ServerOptions withDemo(boolean loadDemo) {
        return new ServerOptions(command, port, bind, dataDir, dbUrl, dbUser, dbPassword, loadDemo, demoIssues, help, arguments);
    }

    public ServerOptions withDatabase(String url, String user, String password) {
        return new ServerOptions(command, port, bind, dataDir, Optional.of(url), user, password, demo, demoIssues, help, arguments);
    }

    /**
     * Reads the command line: an optional command first, then options and arguments in any order.
     *
     * @throws BadOptionException with a one-line message for the user
     */
    public static ServerOptions parse(List<String> args) {
        ServerOptions defaults = defaults();
        String command = SERVE;
        int port = defaults.port();
        String bind = defaults.bind();
        Path dataDir = defaults.dataDir();
        Optional<String> dbUrl = Optional.empty();
        String dbUser = "";
        String dbPassword = "";
        boolean demo = true;
        int demoIssues = DEFAULT_DEMO_ISSUES;
        boolean help = false;
        List<String> arguments = new ArrayList<>();
        int i = 0;
        if (!args.isEmpty() && !args.get(0).startsWith("-")) {
            command = args.get(0);
            i = 1;
        }
        for (; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg;
            String inlineValue = null;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                name = arg.substring(0, equals);
                inlineValue = arg.substring(equals + 1);
            }
            switch (name) {
                case "--help", "-h" -> help = true;
                case "--no-demo" -> demo = false;
                case "--port" -> {
                    String value = inlineValue != null ? inlineValue : value(args, ++i, name);
                    port = port(value);
                }
                case "--demo-issues" -> demoIssues = demoIssues(inlineValue != null ? inlineValue
                        : value(args, ++i, name));
                case "--bind" -> bind = nonBlank(inlineValue != null ? inlineValue : value(args, ++i, name), name);
                case "--data-dir" ->
                        dataDir = Path.of(nonBlank(inlineValue != null ? inlineValue : value(args, ++i, name), name));
                case "--db-url" -> dbUrl = Optional.of(databaseUrl(inlineValue != null ? inlineValue
                        : value(args, ++i, name)));
                case "--db-user" -> dbUser = inlineValue != null ? inlineValue : value(args, ++i, name);
                case "--db-password" -> dbPassword = inlineValue != null ? inlineValue : value(args, ++i, name);
                default -> {
                    // Other commands (import) read their own options from their arguments.
                    if (arg.startsWith("-") && command.equals(SERVE)) {
                        throw new BadOptionException("Unknown option " + name + ".");
                    }
                    arguments.add(arg);
                }
            }
        }
        if (dbUrl.isEmpty() && (!dbUser.isEmpty() || !dbPassword.isEmpty())) {
            throw new BadOptionException("--db-user and --db-password go with --db-url.");
        }
        return new ServerOptions(command, port, bind, dataDir, dbUrl, dbUser, dbPassword, demo, demoIssues, help, arguments);
    }

    private static String value(List<String> args, int index, String name) {
        if (index >= args.size() || args.get(index).startsWith("--")) {
            throw new BadOptionException(name + " needs a value.");
        }
        return args.get(index);
    }

    private static String nonBlank(String value, String name) {
        if (value.isBlank()) {
            throw new BadOptionException(name + " needs a value.");
        }
        return value;
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // Reported below with the same message as a number out of range.
        }
        throw new BadOptionException("--port must be a number from 0 to 65535, not \"" + value + "\".");
    }

    private static int demoIssues(String value) {
        try {
            int count = Integer.parseInt(value);
            if (count >= 100 && count <= MAX_DEMO_ISSUES) {
                return count;
            }
        } catch (NumberFormatException e) {
            // Reported below with the same message as a number out of range.
        }
        throw new BadOptionException("--demo-issues must be a number from 100 to " + MAX_DEMO_ISSUES + ", not \""
                + value + "\".");
    }

    private static String databaseUrl(String value) {
        if (!value.startsWith("jdbc:postgresql:")) {
            throw new BadOptionException("--db-url must be a PostgreSQL JDBC URL (jdbc:postgresql://host/database), not \""
                    + value + "\".");
        }
        return value;
    }

    /** A command line the server cannot run, with a message for the user. */
    public static final class BadOptionException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        public BadOptionException(String message) {
            super(message);
        }
    }
}
