/*
 * Compile-only stub of atlassian-mail's com.atlassian.mail.server.MailServerManager (interface); never packaged.
 * VERIFIED (package, SMTPMailServer getDefaultSMTPMailServer(), null when none is set):
 * totallytot/ping-service-confluence, src/main/java/com/bstrctlmnt/mail/PingNotification.java (component import and
 * null check); paulcadman/jira-emailnotify EmailQueuer.java reaches the same call through MailFactory.
 */
package com.atlassian.mail.server;

public interface MailServerManager {

    SMTPMailServer getDefaultSMTPMailServer();
}
