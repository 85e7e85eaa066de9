/*
 * Compile-only stub of atlassian-mail's com.atlassian.mail.queue.MailQueueItem (interface); never packaged.
 * VERIFIED (kind, package, void send() throws MailException, String getSubject()): the atlassian-mail source seen in
 * public GitHub sources. The real interface also extends com.atlassian.core.task.Task and Comparable, left out here.
 */
package com.atlassian.mail.queue;

import com.atlassian.mail.MailException;

public interface MailQueueItem {

    void send() throws MailException;

    String getSubject();
}
