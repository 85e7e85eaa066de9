package org.saleskpi.server.jira;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.saleskpi.server.fakejira.JiraFixtures;

/**
 * A tiny Jetty handler that answers each request with what the test's script says, mostly the public
 * fixture files of ../shared/data/jira-fixtures (read through JiraFixtures, see SOURCE.txt there),
 * and records every request so that tests can check what the reader sent.
 */
final class ScriptedJira implements AutoCloseable {

    /** One request as the server saw it. */
    record Call(String method, String path, Map<String, String> query, String body, String authorization) {
        JsonObject json() {
            return JsonParser.parseString(body).getAsJsonObject();
        }
    }

    /** What to answer: status, JSON text, headers. */
    record Reply(int status, String body, Map<String, String> headers) {
        static Reply json(String body) {
            return new Reply(200, body, Map.of());
        }

        static Reply status(int status, String body) {
            return new Reply(status, body, Map.of());
        }

        Reply header(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(name, value);
            return new Reply(status, body, more);
        }
    }

    private final Server server;
    private final URI uri;
    private final List<Call> calls;

    private ScriptedJira(Server server, URI uri, List<Call> calls) {
        this.server = server;
        this.uri = uri;
        this.calls = calls;
    }

    static ScriptedJira start(Function<Call, Reply> script) throws Exception {
        List<Call> calls = new CopyOnWriteArrayList<>();
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                Map<String, String> query = new LinkedHashMap<>();
                Fields fields = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
                fields.forEach(f -> query.put(f.getName(), f.getValue()));
                String body = Content.Source.asString(request, StandardCharsets.UTF_8);
                Call call = new Call(request.getMethod(), Request.getPathInContext(request), query, body,
                        request.getHeaders().get(HttpHeader.AUTHORIZATION));
                calls.add(call);
                Reply reply = script.apply(call);
                response.setStatus(reply.status());
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json;charset=UTF-8");
                reply.headers().forEach((k, v) -> response.getHeaders().put(k, v));
                Content.Sink.write(response, true, reply.body(), callback);
                return true;
            }
        });
        server.start();
        return new ScriptedJira(server, URI.create("http://127.0.0.1:" + connector.getLocalPort()), calls);
    }

    URI uri() {
        return uri;
    }

    List<Call> calls() {
        return calls;
    }

    List<Call> calls(String path) {
        return calls.stream().filter(c -> c.path().equals(path)).toList();
    }

    /** A fixture file's text, e.g. {@code fixture("jrjc/search_many-issues.json")}. */
    static String fixture(String name) {
        return JiraFixtures.text(name);
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
