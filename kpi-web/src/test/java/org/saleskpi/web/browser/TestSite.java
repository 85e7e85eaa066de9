package org.saleskpi.web.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;

/**
 * A site for a browser test, on one origin as a host would serve it: pages (HTML by path, given the query),
 * files from the class path (by URL prefix), and a REST path passed on to kpi-web's test server as one user.
 */
public final class TestSite implements AutoCloseable {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final HttpServer server;
    private final Map<String, Function<String, String>> pages;
    private final Map<String, String> files;
    private final String restPath;
    private final String apiBase;
    private final String user;

    private TestSite(Map<String, Function<String, String>> pages, Map<String, String> files, String restPath,
            String apiBase, String user) throws IOException {
        this.pages = Map.copyOf(pages);
        this.files = Map.copyOf(files);
        this.restPath = restPath;
        this.apiBase = apiBase;
        this.user = user;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /**
     * @param pages HTML by path, from the request's query (or null)
     * @param files class-path directory by URL prefix, e.g. {@code /files/js/} to {@code saleskpi/static/js/}
     * @param restPath the URL path passed on, e.g. {@code /jira/rest/saleskpi/1.0}
     * @param apiBase where it goes: kpi-web's test server's {@code base()}
     * @param user the {@code X-Test-User} of every request passed on
     */
    public static TestSite start(Map<String, Function<String, String>> pages, Map<String, String> files,
            String restPath, String apiBase, String user) {
        try {
            return new TestSite(pages, files, restPath, apiBase, user);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The absolute URL of a path on this site. */
    public String url(String pathAndQuery) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        try (exchange) {
            if (pages.containsKey(path)) {
                send(exchange, 200, "text/html;charset=UTF-8",
                        pages.get(path).apply(exchange.getRequestURI().getQuery()).getBytes(StandardCharsets.UTF_8));
            } else if (path.startsWith(restPath + "/")) {
                forward(exchange, path.substring(restPath.length()));
            } else {
                file(exchange, path);
            }
        }
    }

    private void file(HttpExchange exchange, String path) throws IOException {
        for (Map.Entry<String, String> directory : files.entrySet()) {
            if (path.startsWith(directory.getKey()) && !path.contains("..")) {
                String resource = directory.getValue() + path.substring(directory.getKey().length());
                try (InputStream in = TestSite.class.getClassLoader().getResourceAsStream(resource)) {
                    if (in != null) {
                        send(exchange, 200, path.endsWith(".css") ? "text/css" : "text/javascript", in.readAllBytes());
                        return;
                    }
                }
            }
        }
        send(exchange, 404, "text/plain", new byte[0]);
    }

    private void forward(HttpExchange exchange, String rest) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String query = exchange.getRequestURI().getRawQuery();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(apiBase + rest + (query == null ? "" : "?" + query)))
                .header("X-Test-User", user)
                .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        for (String header : new String[] {"Content-Type", "Accept-Language"}) {
            String value = exchange.getRequestHeaders().getFirst(header);
            if (value != null) {
                request.header(header, value);
            }
        }
        try {
            HttpResponse<byte[]> answer = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            answer.headers().firstValue("Retry-After").ifPresent(v -> exchange.getResponseHeaders().set("Retry-After", v));
            send(exchange, answer.statusCode(), answer.headers().firstValue("Content-Type").orElse("application/json"),
                    answer.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }
}
