package org.saleskpi.server.mail;

import java.util.Objects;
import java.util.Optional;

/**
 * How the server sends e-mail: its SMTP server, the sender address, and the address of the server itself that the
 * links in a mail lead to. The password is held only while sending; the API never answers it.
 *
 * @param siteUrl the server's address as its readers reach it ({@code https://kpi.example.com}), for links
 */
public record MailSettings(String host, int port, boolean startTls, Optional<String> username,
        Optional<String> password, String sender, String siteUrl) {
    public MailSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(siteUrl, "siteUrl");
        siteUrl = siteUrl.endsWith("/") ? siteUrl.substring(0, siteUrl.length() - 1) : siteUrl;
    }

    /** {@code host:port}, as error messages name the server. */
    public String server() {
        return host + ":" + port;
    }
}
