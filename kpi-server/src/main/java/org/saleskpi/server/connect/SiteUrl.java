package org.saleskpi.server.connect;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * A Jira site's base URL as a connection stores it: {@code https://acme.atlassian.net} or
 * {@code https://jira.example.com/jira} (a Data Center context path), without a trailing slash. Tokens travel in
 * every request's header, so plain {@code http} is accepted only for this machine (localhost, a tunnel, tests).
 */
final class SiteUrl {
    static final int MAX_LENGTH = 2048;

    private SiteUrl() {
    }

    /** The URL, or why it cannot be a site's base URL. */
    static Result parse(String text) {
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            return Result.refused("urlSyntax", e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            return Result.refused("urlNotSite", "");
        }
        if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return Result.refused("urlParts", "");
        }
        if (scheme.equals("http") && !loopback(uri.getHost())) {
            return Result.refused("urlHttp", "");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        return new Result(Optional.of(URI.create(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + port + path)),
                "", "");
    }

    private static boolean loopback(String host) {
        String name = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (name.equalsIgnoreCase("localhost")) {
            return true;
        }
        // Only literal addresses: a name is never looked up here.
        if (!name.matches("[0-9.]+|[0-9a-fA-F:]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(name).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    /**
     * A parsed URL, or why it was refused: the error's name in {@link ConnectionTexts} and a detail it quotes (the
     * parser's own reason, in English, or nothing).
     */
    record Result(Optional<URI> url, String key, String detail) {
        static Result refused(String key, String detail) {
            return new Result(Optional.empty(), key, detail);
        }

        /** The reason in English, as the API says it by default. */
        String reason() {
            return ConnectionTexts.english().text(key, detail);
        }
    }
}
