package org.saleskpi.jira.mail;

import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.MailQueueItem;
import com.atlassian.mail.queue.SingleMailQueueItem;
import java.util.ArrayList;
import java.util.List;

/** Jira's mail queue holding what it is given, as Jira's holds it until its own job sends it. */
final class RecordingMailQueue implements MailQueue {
    final List<MailQueueItem> items = new ArrayList<>();

    @Override
    public void addItem(MailQueueItem item) {
        items.add(item);
    }

    @Override
    public int size() {
        return items.size();
    }

    List<Email> emails() {
        return items.stream().map(item -> ((SingleMailQueueItem) item).getEmail()).toList();
    }
}
