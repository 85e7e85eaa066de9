/*
 * Compile-only stub of atlassian-mail's com.atlassian.mail.MailException (checked exception); never packaged.
 * VERIFIED (package, checked, thrown by MailQueueItem.send()): the atlassian-mail MailQueueItem and
 * SingleMailQueueItem sources seen in public GitHub sources, and totallytot/ping-service-confluence,
 * src/main/java/com/bstrctlmnt/mail/PingNotification.java, which catches it around SMTPMailServer.send.
 */
package com.atlassian.mail;

public class MailException extends Exception {
    private static final long serialVersionUID = 1L;

    public MailException(String message) {
        super(message);
    }
}
