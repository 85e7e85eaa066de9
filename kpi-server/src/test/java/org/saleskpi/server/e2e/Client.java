package org.saleskpi.server.e2e;

import java.net.http.HttpRequest;
import java.util.Optional;
import org.saleskpi.server.RunningServer;

/**
 * One caller of the real server: anonymous, or signed in by an {@code Authorization} header or a
 * session cookie. A cookie caller sends Jira's XSRF header {@code X-Atlassian-Token: no-check} on
 * writes unless made {@link #withoutXsrfHeader()}, as a forged cross-site form would be.
 */
final class Client {
    private final RunningServer server;
    private final Optional<String> authorization;
    private final Optional<String> cookie;
    private final boolean xsrfHeader;

    Client(RunningServer server, Optional<String> authorization, Optional<String> cookie, boolean xsrfHeader) {
        this.server = server;
        this.authorization = authorization;
        this.cookie = cookie;
        this.xsrfHeader = xsrfHeader;
    }

    Client withAuthorization(String header) {
        return new Client(server, Optional.of(header), cookie, xsrfHeader);
    }

    Client withoutXsrfHeader() {
        return new Client(server, authorization, cookie, false);
    }

    Answer get(String path) {
        return send(request(path).GET());
    }

    /** A page ("/", "/goals") as a browser asking for {@code language} ("en", "ja") opens it, redirects not followed. */
    Answer page(String path, String language) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path)).header("Accept-Language", language);
        authorization.ifPresent(value -> request.header("Authorization", value));
        cookie.ifPresent(value -> request.header("Cookie", value));
        return send(request.GET());
    }

    Answer post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Answer put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A PUT asking for answers in {@code language} (its {@code Accept-Language}). */
    Answer put(String path, String json, String language) {
        return send(request(path).header("Content-Type", "application/json").header("Accept-Language", language)
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A POST asking for answers in {@code language} (its {@code Accept-Language}). */
    Answer post(String path, String json, String language) {
        return send(request(path).header("Content-Type", "application/json").header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Answer delete(String path) {
        return send(request(path).DELETE());
    }

    /** A file as the raw request body, as the import page uploads it. */
    Answer postFile(String path, String contentType, byte[] file) {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(file)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.rest(path)).header("Accept", "application/json");
        authorization.ifPresent(value -> request.header("Authorization", value));
        cookie.ifPresent(value -> request.header("Cookie", value));
        if (xsrfHeader && cookie.isPresent()) {
            request.header("X-Atlassian-Token", "no-check");
        }
        return request;
    }

    private Answer send(HttpRequest.Builder request) {
        return Answer.of(server.send(request.build()));
    }
}
