package org.saleskpi.server;

import java.io.PrintStream;
import org.saleskpi.server.host.ServerOptions;

/** A command of {@code java -jar kpi-server.jar <command>}: {@code serve}, {@code import}. */
@FunctionalInterface
public interface Command {

    /**
     * Runs the command and gives the process's exit code: 0 done, 1 failed, 2 bad command line.
     *
     * @param out where the command talks to the user; failures it reports itself go there too
     */
    int run(ServerOptions options, PrintStream out) throws Exception;
}
