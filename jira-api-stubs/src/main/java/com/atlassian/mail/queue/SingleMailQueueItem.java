/*
 * Compile-only stub of atlassian-mail's com.atlassian.mail.queue.SingleMailQueueItem (class); never packaged.
 * VERIFIED (constructor SingleMailQueueItem(Email), Email getEmail(); sends through the default SMTP server, or not
 * at all when none is defined): the atlassian-mail source seen in public GitHub sources; in use in
 * paulcadman/jira-emailnotify, src/main/java/com/corefiling/jira/plugins/emailnotify/EmailQueuer.java.
 */
package com.atlassian.mail.queue;

import com.atlassian.mail.Email;
import com.atlassian.mail.MailException;

public class SingleMailQueueItem implements MailQueueItem {
    private final Email email;

    public SingleMailQueueItem(Email email) {
        this.email = email;
    }

    public Email getEmail() {
        return email;
    }

    @Override
    public void send() throws MailException {
        throw new UnsupportedOperationException("compile-only stub: Jira's mail queue sends it");
    }

    @Override
    public String getSubject() {
        return email.getSubject();
    }
}
