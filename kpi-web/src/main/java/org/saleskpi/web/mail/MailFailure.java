package org.saleskpi.web.mail;

import java.util.Objects;

/**
 * Why a mail could not be sent, in plain words: the i18n key of the explanation (its one parameter is
 * {@code detail}) and the explanation in English for logs.
 */
public final class MailFailure extends Exception {
    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final String detail;

    public MailFailure(String messageKey, String message, String detail, Throwable cause) {
        super(message, cause);
        this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
        this.detail = Objects.requireNonNull(detail, "detail");
    }

    public String messageKey() {
        return messageKey;
    }

    /** The server, address or SMTP answer the message names. */
    public String detail() {
        return detail;
    }
}
