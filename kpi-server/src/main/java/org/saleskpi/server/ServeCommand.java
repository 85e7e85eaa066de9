package org.saleskpi.server;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import org.saleskpi.server.host.ServerOptions;

/** {@code serve}: runs the server until the process is asked to end (SIGTERM, Ctrl-C). */
final class ServeCommand implements Command {

    @Override
    public int run(ServerOptions options, PrintStream out) throws Exception {
        if (!options.arguments().isEmpty()) {
            out.println("serve takes no arguments, got: " + String.join(" ", options.arguments()));
            return Main.BAD_COMMAND_LINE;
        }
        SalesKpiServer server = SalesKpiServer.start(options, Clock.systemDefaultZone());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("Sales KPI is stopping.");
            server.stop();
            stopped.countDown();
        }, "saleskpi-shutdown"));
        out.println(readyLine(server));
        stopped.await();
        return 0;
    }

    /** "Sales KPI is running on http://127.0.0.1:8080/ (started in 2.3 s, heap used 180 MB)". */
    static String readyLine(SalesKpiServer server) {
        double seconds = ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
        // Once, so that the figure is what the data holds and not the garbage start-up left behind.
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        long heapMb = (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
        return String.format(Locale.ROOT, "Sales KPI is running on %s (started in %.1f s, heap used %d MB)",
                server.url(), seconds, heapMb);
    }
}
