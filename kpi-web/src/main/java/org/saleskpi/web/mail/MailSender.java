package org.saleskpi.web.mail;

/** Hands a letter to the host's mail service: the standalone server's SMTP client, Jira's mail queue. */
@FunctionalInterface
public interface MailSender {
    /** Sends or queues the letter; a failure says why in the reader's words (its message key). */
    void send(Letter letter) throws MailFailure;
}
