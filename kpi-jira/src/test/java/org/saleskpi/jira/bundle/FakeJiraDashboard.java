package org.saleskpi.jira.bundle;

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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A Jira dashboard page as far as our dashboard items see one, over a built app jar: under the context
 * path {@code /jira}, the page at {@code /jira/secure/Dashboard.jspa} loads the harness
 * ({@code fake-jira.js}: AJS, the item API) and then the files of one web resource and its dependencies,
 * dependencies first and each in descriptor order, read from the jar as Jira would serve them, with a stand-in
 * for Jira's AMD loader where a dependency names {@code jira.webresources:almond}; {@code /jira/rest/saleskpi/1.0/...} is passed on to a real REST server as the user {@code adam}.
 */
final class FakeJiraDashboard implements AutoCloseable {
    static final String CONTEXT = "/jira";
    static final String PAGE = CONTEXT + "/secure/Dashboard.jspa";
    private static final String REST = CONTEXT + "/rest/saleskpi/1.0";
    private static final String HARNESS = "saleskpi/jira/harness/fake-jira.js";
    /** Jira's own web resources the stand-in serves, by complete key, and the harness file standing in for each. */
    static final Map<String, String> JIRA_WEB_RESOURCES = Map.of("jira.webresources:almond", "saleskpi/jira/harness/fake-almond.js");

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final HttpClient client = HttpClient.newHttpClient();
    private final String pluginKey;
    /** URL path to jar entry (or to the key of a Jira web resource), in the order the page loads them. */
    private final Map<String, String> files = new LinkedHashMap<>();
    private final BuiltJar jar;
    private final String restBase;
    private final String user;

    private FakeJiraDashboard(BuiltJar jar, String webResource, String restBase, String user) throws IOException {
        this.jar = jar;
        this.restBase = restBase;
        this.user = user;
        Document descriptor = jar.descriptor();
        this.pluginKey = descriptor.getDocumentElement().getAttribute("key");
        collect(descriptor, webResource, new LinkedHashSet<>());
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Serves {@code webResource} of {@code jar}, with REST calls passed to {@code restBase} as {@code user}. */
    static FakeJiraDashboard start(BuiltJar jar, String webResource, String restBase, String user) {
        try {
            return new FakeJiraDashboard(jar, webResource, restBase, user);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The dashboard page's URL, its {@code <html lang>} set to {@code language}. */
    String page(String language) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PAGE + "?lang=" + language;
    }

    /** The jar entries (and keys of Jira's web resources) the page loads, in order. */
    List<String> loadedFiles() {
        return new ArrayList<>(files.values());
    }

    /**
     * Adds the download resources of a web resource after those of its dependencies (each once): the app's own
     * from the jar, Jira's from the harness (only those in {@link #JIRA_WEB_RESOURCES}).
     */
    private void collect(Document descriptor, String key, Set<String> seen) {
        if (!seen.add(key)) {
            return;
        }
        Element webResource = webResource(descriptor, key);
        NodeList children = webResource.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child && child.getTagName().equals("dependency")) {
                String dependency = child.getTextContent().trim();
                if (dependency.startsWith(pluginKey + ":")) {
                    collect(descriptor, dependency.substring(pluginKey.length() + 1), seen);
                } else if (JIRA_WEB_RESOURCES.containsKey(dependency)) {
                    if (seen.add(dependency)) {
                        files.put(CONTEXT + "/download/resources/" + dependency + "/loader.js", dependency);
                    }
                } else {
                    throw new IllegalStateException(key + " depends on " + dependency
                            + ", which this stand-in for Jira does not provide");
                }
            }
        }
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child && child.getTagName().equals("resource")
                    && child.getAttribute("type").equals("download")) {
                files.put(CONTEXT + "/download/resources/" + pluginKey + ":" + key + "/" + child.getAttribute("name"),
                        child.getAttribute("location"));
            }
        }
    }

    private static Element webResource(Document descriptor, String key) {
        NodeList all = descriptor.getElementsByTagName("web-resource");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (element.getAttribute("key").equals(key)) {
                return element;
            }
        }
        throw new IllegalStateException("no web-resource " + key + " in the descriptor");
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            if (path.equals(PAGE)) {
                String query = exchange.getRequestURI().getRawQuery();
                String language = query != null && query.matches("lang=[A-Za-z-]+") ? query.substring(5) : "en";
                send(exchange, 200, "text/html; charset=utf-8", html(language).getBytes(StandardCharsets.UTF_8));
            } else if (path.equals(CONTEXT + "/harness/fake-jira.js")) {
                try (InputStream in = FakeJiraDashboard.class.getClassLoader().getResourceAsStream(HARNESS)) {
                    send(exchange, 200, "text/javascript; charset=utf-8", in.readAllBytes());
                }
            } else if (files.containsKey(path) && JIRA_WEB_RESOURCES.containsKey(files.get(path))) {
                try (InputStream in = FakeJiraDashboard.class.getClassLoader()
                        .getResourceAsStream(JIRA_WEB_RESOURCES.get(files.get(path)))) {
                    send(exchange, 200, "text/javascript; charset=utf-8", in.readAllBytes());
                }
            } else if (files.containsKey(path)) {
                byte[] bytes = jar.entries.get(files.get(path));
                if (bytes == null) {
                    send(exchange, 404, "text/plain", (files.get(path) + " is not in the jar").getBytes(StandardCharsets.UTF_8));
                } else {
                    send(exchange, 200, path.endsWith(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8", bytes);
                }
            } else if (path.startsWith(REST + "/")) {
                forward(exchange, path.substring(REST.length()));
            } else {
                send(exchange, 404, "text/plain", "not on this dashboard".getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private String html(String language) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"" + language + "\"><head><meta charset=\"utf-8\">"
                + "<title>System dashboard</title><link rel=\"icon\" href=\"data:,\">\n");
        files.keySet().stream().filter(url -> url.endsWith(".css"))
                .forEach(url -> html.append("<link rel=\"stylesheet\" href=\"").append(url).append("\">\n"));
        html.append("<script src=\"").append(CONTEXT).append("/harness/fake-jira.js\"></script>\n");
        files.keySet().stream().filter(url -> url.endsWith(".js"))
                .forEach(url -> html.append("<script src=\"").append(url).append("\"></script>\n"));
        return html.append("</head><body><div id=\"dashboard\"></div></body></html>\n").toString();
    }

    private void forward(HttpExchange exchange, String restPath) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(restBase + restPath + (query == null ? "" : "?" + query)))
                .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(exchange.getRequestBody().readAllBytes()))
                .header("X-Test-User", user);
        for (String header : List.of("Accept", "Accept-Language", "Content-Type", "X-Atlassian-Token")) {
            String value = exchange.getRequestHeaders().getFirst(header);
            if (value != null) {
                request.header(header, value);
            }
        }
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            for (String header : List.of("Cache-Control", "Vary")) {
                response.headers().firstValue(header).ifPresent(value -> exchange.getResponseHeaders().set(header, value));
            }
            send(exchange, response.statusCode(), response.headers().firstValue("Content-Type").orElse("application/json"),
                    response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        boolean empty = status == 204 || body.length == 0;
        exchange.sendResponseHeaders(status, empty ? -1 : body.length);
        if (!empty) {
            exchange.getResponseBody().write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
