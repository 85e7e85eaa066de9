package org.saleskpi.server.fakejira;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.saleskpi.server.jira.JiraKind;

/** Plain HTTP calls to a {@link FakeJira} as one of its users, for the fake's own tests. */
final class Calls {
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    record Reply(int status, String body, HttpResponse<String> response) {
        JsonElement json() {
            return JsonParser.parseString(body);
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }
    }

    private final FakeJira jira;
    private final String authorization;

    private Calls(FakeJira jira, String authorization) {
        this.jira = jira;
        this.authorization = authorization;
    }

    /** As {@code user}, with their token in the kind's scheme. */
    static Calls as(FakeJira jira, FakeUser user) {
        String token = jira.site().token(user.accountId());
        return new Calls(jira, jira.kind() == JiraKind.CLOUD ? FakeJira.basic(user.email(), token) : "Bearer " + token);
    }

    static Calls withHeader(FakeJira jira, String authorization) {
        return new Calls(jira, authorization);
    }

    Reply get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(jira.uri().resolve(pathAndQuery)).GET());
    }

    Reply post(String path, String json) {
        return send(HttpRequest.newBuilder(jira.uri().resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private Reply send(HttpRequest.Builder builder) {
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = CLIENT.send(builder.timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
