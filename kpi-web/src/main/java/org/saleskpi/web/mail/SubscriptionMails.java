package org.saleskpi.web.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of the subscription mails, the same on both hosts (ADR 0063, 0068): record each subscription's latest due
 * period (once: the store's unique key), then send what is due, or failed and waiting for its next attempt. A failed
 * send is tried again after 1, 5, 30 and 120 minutes, then given up; both show to administrators with their error. A
 * send a stopped node left half done is due again at the next run. The host runs it on one node at a time (the
 * server's cluster lock, Jira's run-once-per-cluster job).
 */
public final class SubscriptionMails {
    /** The waits before the second, third... attempt; after the last, the send is given up. */
    public static final List<Duration> BACKOFF = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(30), Duration.ofMinutes(120));
    private static final Logger LOG = LoggerFactory.getLogger(SubscriptionMails.class);

    private final SubscriptionStore subscriptions;
    private final LetterSource letters;
    private final MailSender sender;
    private final Clock clock;

    public SubscriptionMails(SubscriptionStore subscriptions, LetterSource letters, MailSender sender, Clock clock) {
        this.subscriptions = subscriptions;
        this.letters = letters;
        this.sender = sender;
        this.clock = clock;
    }

    /** Records due periods and sends what waits. Only one node may run it at a time. */
    public void run() {
        Instant now = clock.instant();
        subscriptions.resumeInterrupted();
        for (Subscription subscription : subscriptions.all()) {
            ZonedDateTime due = subscription.lastDue(now);
            // A new subscription starts with the next period, not the one that passed before it was made.
            if (!due.toInstant().isBefore(subscription.created())) {
                subscriptions.recordDue(subscription.id(), Subscription.periodKey(due));
            }
        }
        for (SubscriptionStore.Send send : subscriptions.waiting()) {
            if (subscriptions.claim(send)) {
                deliver(send);
            }
        }
    }

    /**
     * Records a send of the subscription due now, outside its schedule ("send me one now"); the next run sends it.
     *
     * @return false when one was asked for at this same instant already
     */
    public boolean recordSendNow(Subscription subscription) {
        return subscriptions.recordDue(subscription.id(), "now:" + clock.instant());
    }

    private void deliver(SubscriptionStore.Send send) {
        Optional<Subscription> subscription = subscriptions.get(send.subscriptionId());
        if (subscription.isEmpty()) {
            return; // unsubscribed meanwhile: its sends went with it
        }
        try {
            ZonedDateTime when = clock.instant().atZone(subscription.get().zone());
            Optional<Letter> letter = letters.letter(subscription.get(), when);
            if (letter.isEmpty()) {
                // The dashboard, folder or subscriber is gone, or the dashboard is no longer shared with them: no
                // later period could be sent either, so the subscription ends.
                LOG.info("Subscription {} ended: {} {} is gone or no longer shared with its subscriber",
                        send.subscriptionId(), subscription.get().subject(), subscription.get().subjectId());
                subscriptions.delete(send.subscriptionId());
                return;
            }
            sender.send(letter.get());
            subscriptions.markSent(send);
        } catch (MailFailure failure) {
            LOG.warn("The mail of subscription {} ({}) failed: {}", send.subscriptionId(), send.periodKey(),
                    failure.getMessage());
            subscriptions.markFailed(send, failure, nextAttempt(send));
        } catch (RuntimeException e) {
            LOG.warn("The mail of subscription {} could not be written", send.subscriptionId(), e);
            subscriptions.markFailed(send, new MailFailure("saleskpi.mail.error.other", String.valueOf(e.getMessage()),
                    String.valueOf(e.getMessage()), e), nextAttempt(send));
        }
    }

    /** When to try again after this attempt failed; none after the last. */
    private Optional<Instant> nextAttempt(SubscriptionStore.Send send) {
        return send.attempts() < BACKOFF.size() ? Optional.of(clock.instant().plus(BACKOFF.get(send.attempts())))
                : Optional.empty();
    }
}
