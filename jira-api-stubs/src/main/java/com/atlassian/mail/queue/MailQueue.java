/*
 * Compile-only stub of atlassian-mail's com.atlassian.mail.queue.MailQueue (interface); never packaged. Only the
 * members this app calls are declared.
 * VERIFIED (kind, package, void addItem(MailQueueItem), int size()): the atlassian-mail MailQueue source and a
 * decompiled copy in public GitHub sources; Jira's queue as ComponentAccessor.getMailQueue() in
 * paulcadman/jira-emailnotify, src/main/java/com/corefiling/jira/plugins/emailnotify/EmailQueuer.java.
 * UNVERIFIED: that MailQueue is importable as an OSGi component in Jira 11 (JIRA-PLATFORM.md names no mail service).
 */
package com.atlassian.mail.queue;

public interface MailQueue {

    void addItem(MailQueueItem item);

    int size();
}
