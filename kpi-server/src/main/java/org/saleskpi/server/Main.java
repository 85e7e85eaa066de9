package org.saleskpi.server;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;
import org.saleskpi.server.host.DataDirectory;
import org.saleskpi.server.host.ServerOptions;

/** {@code java -jar kpi-server.jar [serve|import] [options]}: the standalone server's entry point. */
public final class Main {
    static final int FAILED = 1;
    static final int BAD_COMMAND_LINE = 2;

    private Main() {
    }

    public static void main(String[] args) {
        int code = run(args, ServerWiring.commands(), System.out);
        if (code != 0) {
            System.exit(code);
        }
    }

    /**
     * Parses the command line and runs its command; gives the exit code. Problems the user can fix
     * are one line each, never a stack trace.
     */
    public static int run(String[] args, Map<String, Command> commands, PrintStream out) {
        ServerOptions options;
        try {
            options = ServerOptions.parse(Arrays.asList(args));
        } catch (ServerOptions.BadOptionException e) {
            out.println(e.getMessage());
            out.print(ServerOptions.USAGE);
            return BAD_COMMAND_LINE;
        }
        if (options.help()) {
            out.print(ServerOptions.USAGE);
            return 0;
        }
        Command command = commands.get(options.command());
        if (command == null) {
            out.println("Unknown command " + options.command() + "; the commands are " + String.join(", ",
                    commands.keySet()) + ".");
            out.print(ServerOptions.USAGE);
            return BAD_COMMAND_LINE;
        }
        try {
            return command.run(options, out);
        } catch (DataDirectory.DirectoryInUseException e) {
            out.println(e.getMessage());
            return FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return FAILED;
        } catch (Exception e) {
            out.println("Sales KPI could not " + options.command() + ": " + reasons(e));
            return FAILED;
        }
    }

    /** The messages of a failure and its causes, in one line. */
    private static String reasons(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
            if (text.indexOf(message) < 0) {
                text.append(text.length() == 0 ? "" : ": ").append(message);
            }
        }
        return text.toString();
    }
}
