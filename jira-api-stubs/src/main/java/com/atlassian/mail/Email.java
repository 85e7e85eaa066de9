/*
 * Compile-only stub of atlassian-mail's com.atlassian.mail.Email (class); never packaged.
 * VERIFIED (kind, constructor Email(String to), the setters returning Email, addHeader(String, String), the getters):
 * a decompiled com.atlassian.mail.Email of the javax.mail era in public GitHub sources; the setters in use as
 * statements in paulcadman/jira-emailnotify, src/main/java/com/corefiling/jira/plugins/emailnotify/EmailQueuer.java,
 * and totallytot/ping-service-confluence, src/main/java/com/bstrctlmnt/mail/PingNotification.java.
 * UNVERIFIED: that Jira 11 (Platform 8) keeps these erasures; setMultipart(Multipart) is left out because its
 * parameter is javax.mail in the sources seen and may be jakarta.mail in Jira 11.
 */
package com.atlassian.mail;

import java.util.HashMap;
import java.util.Map;

public class Email {
    private String to;
    private String from;
    private String subject = "";
    private String body = "";
    private String mimeType = "text/plain";
    private String encoding = "UTF-8";
    private final Map<String, String> headers = new HashMap<>();

    public Email(String to) {
        this.to = to;
    }

    public Email setFrom(String from) {
        this.from = from;
        return this;
    }

    public Email setTo(String to) {
        this.to = to;
        return this;
    }

    public Email setSubject(String subject) {
        this.subject = subject;
        return this;
    }

    public Email setBody(String body) {
        this.body = body;
        return this;
    }

    public Email setMimeType(String mimeType) {
        this.mimeType = mimeType;
        return this;
    }

    public Email setEncoding(String encoding) {
        this.encoding = encoding;
        return this;
    }

    public void addHeader(String headerName, String headerValue) {
        headers.put(headerName, headerValue);
    }

    public String getTo() {
        return to;
    }

    public String getFrom() {
        return from;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getMimeType() {
        return mimeType;
    }

    public String getEncoding() {
        return encoding;
    }

    /** A raw Map in atlassian-mail; typed here for the tests that read it. */
    public Map<String, String> getHeaders() {
        return headers;
    }
}
