package org.saleskpi.server.host;

import jakarta.servlet.DispatcherType;
import java.time.Duration;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ResourceServlet;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.resource.Resource;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.saleskpi.server.ServerWiring;

/**
 * Jetty with Jersey at {@code /rest/saleskpi/1.0/*}, the app's files at {@code /static/saleskpi/*}
 * (classpath {@code saleskpi/static/}), the WebJars' files at {@code /static/webjars/*} and the
 * pages everywhere else. Stopping is graceful: new connections are refused and requests in flight
 * finish, for at most the stop timeout.
 */
public final class WebServer {
    public static final String REST_PATH = "/rest/saleskpi/1.0";
    public static final String STATIC_PATH = "/static/saleskpi";
    public static final String WEBJARS_PATH = "/static/webjars";
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    private final Server server;
    private final ServerConnector connector;

    private WebServer(Server server, ServerConnector connector) {
        this.server = server;
        this.connector = connector;
    }

    public static WebServer start(String bind, int port, ServerWiring.Parts parts) throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost(bind);
        connector.setPort(port);
        server.addConnector(connector);

        ResourceConfig config = new ResourceConfig();
        parts.rest().forEach(config::register);
        ServletContextHandler context = new ServletContextHandler("/");
        parts.filters().forEach(filter -> context.addFilter(new FilterHolder(filter), "/*",
                EnumSet.of(DispatcherType.REQUEST)));
        context.addServlet(new ServletHolder("rest", new ServletContainer(config)), REST_PATH + "/*");
        context.addServlet(new ServletHolder("pages", parts.pages()), "/");

        ContextHandlerCollection contexts = new ContextHandlerCollection(
                files(server, STATIC_PATH, "saleskpi/static/"),
                files(server, WEBJARS_PATH, "META-INF/resources/webjars/"),
                context);
        server.setHandler(new GracefulHandler(contexts));
        server.setStopTimeout(STOP_TIMEOUT.toMillis());
        server.setStopAtShutdown(false); // the server's own shutdown hook stops it, then the database
        server.start();
        return new WebServer(server, connector);
    }

    /** The files of a classpath folder at a path: public, no listing, revalidated by ETag. */
    private static ServletContextHandler files(Server server, String path, String classpathFolder) {
        Resource files = ResourceFactory.of(server).newClassLoaderResource(classpathFolder);
        if (files == null) {
            throw new IllegalStateException("the classpath folder " + classpathFolder + " is missing from the server's jar");
        }
        ServletContextHandler context = new ServletContextHandler(path);
        context.setBaseResource(files);
        ServletHolder servlet = new ServletHolder("files", ResourceServlet.class);
        servlet.setInitParameter("dirAllowed", "false");
        servlet.setInitParameter("etags", "true");
        servlet.setInitParameter("cacheControl", "no-cache");
        context.addServlet(servlet, "/");
        return context;
    }

    /** The port it listens on: the asked one, or the one it got for port 0. */
    public int port() {
        return connector.getLocalPort();
    }

    /** Refuses new connections, lets requests in flight finish (up to the stop timeout), then stops. */
    public void stop() throws Exception {
        server.stop();
    }
}
