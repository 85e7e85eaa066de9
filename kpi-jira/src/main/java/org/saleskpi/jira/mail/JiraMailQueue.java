package org.saleskpi.jira.mail;

import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.SingleMailQueueItem;
import com.atlassian.mail.server.MailServerManager;
import com.atlassian.mail.server.SMTPMailServer;
import jakarta.inject.Inject;
import java.util.Objects;
import org.saleskpi.web.mail.Letter;
import org.saleskpi.web.mail.MailFailure;
import org.saleskpi.web.mail.MailSender;

/**
 * Sends the app's letters inside Jira through Jira's own outgoing mail server and queue (ADR 0063), the way public
 * Jira apps do (paulcadman/jira-emailnotify, EmailQueuer.java): an atlassian-mail {@link Email} from the default SMTP
 * server's sender, queued as a {@link SingleMailQueueItem}. Jira's queue retries and shows failures on its own mail
 * queue page. Jira's Email carries one body: the HTML, not the plain-text alternative the standalone server adds
 * (Email#setMultipart would, but its parameter type in Jira 11 is UNVERIFIED).
 */
public final class JiraMailQueue implements MailSender {
    private final MailQueue queue;
    private final MailServerManager servers;

    @Inject
    public JiraMailQueue(MailQueue queue, MailServerManager servers) {
        this.queue = Objects.requireNonNull(queue, "queue");
        this.servers = Objects.requireNonNull(servers, "servers");
    }

    /**
     * Queues the letter.
     *
     * @return false when Jira has no outgoing mail server, so nothing was queued
     */
    public boolean queue(Letter letter) {
        SMTPMailServer server = servers.getDefaultSMTPMailServer();
        if (server == null) {
            return false;
        }
        Email email = new Email(letter.to()).setFrom(server.getDefaultFrom()).setSubject(letter.subject())
                .setBody(letter.html()).setMimeType("text/html").setEncoding("UTF-8");
        if (!letter.unsubscribeUrl().isEmpty()) {
            email.addHeader("List-Unsubscribe", "<" + letter.unsubscribeUrl() + ">");
        }
        queue.addItem(new SingleMailQueueItem(email));
        return true;
    }

    /** Queues the letter, or fails in the reader's words when Jira has no outgoing mail server (retried later). */
    @Override
    public void send(Letter letter) throws MailFailure {
        if (!queue(letter)) {
            throw new MailFailure("saleskpi.mail.error.jiraUnset", "Jira has no outgoing mail server.", "", null);
        }
    }
}
