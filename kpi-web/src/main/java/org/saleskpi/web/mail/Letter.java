package org.saleskpi.web.mail;

import java.util.Objects;

/**
 * An e-mail ready to send: to one address, an HTML body with its plain-text alternative, and the one-click
 * unsubscribe address (empty for a test mail).
 */
public record Letter(String to, String subject, String html, String text, String unsubscribeUrl) {
    public Letter {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(unsubscribeUrl, "unsubscribeUrl");
    }
}
