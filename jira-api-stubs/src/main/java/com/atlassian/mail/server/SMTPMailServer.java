/*
 * Compile-only stub of atlassian-mail's com.atlassian.mail.server.SMTPMailServer (interface); never packaged.
 * VERIFIED (package, String getDefaultFrom()): paulcadman/jira-emailnotify EmailQueuer.java and
 * totallytot/ping-service-confluence PingNotification.java both set the sender from it.
 */
package com.atlassian.mail.server;

public interface SMTPMailServer {

    String getDefaultFrom();
}
