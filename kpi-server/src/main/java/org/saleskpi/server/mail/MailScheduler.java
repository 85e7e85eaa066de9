package org.saleskpi.server.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.saleskpi.server.cluster.ClusterLock;
import org.saleskpi.web.mail.Letter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends subscription mails on one node at a time: every tick, the node that takes the cluster lock
 * {@value #LOCK} records each subscription's latest due period (once: the send table's unique key), then sends what is
 * due or failed and waiting for its next attempt. A failed send is tried again after 1, 5, 30 and 120 minutes, then
 * given up; both show to administrators with their error. A send a stopped node left half done is due again at the
 * next run (ADR 0063).
 */
public final class MailScheduler implements AutoCloseable {
    static final String LOCK = "mail-subscriptions";
    /** How often a node looks for due mails: sends are due on the hour, so well within a minute of it. */
    static final Duration TICK = Duration.ofSeconds(30);
    /** The waits before the second, third... attempt; after the last, the send is given up. */
    static final List<Duration> BACKOFF = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30),
            Duration.ofMinutes(120));
    private static final Logger LOG = LoggerFactory.getLogger(MailScheduler.class);

    private final Subscriptions subscriptions;
    private final MailSettingsStore settings;
    private final DashboardLetters letters;
    private final FolderLetters folderLetters;
    private final SmtpMailer mailer;
    private final ClusterLock lock;
    private final Clock clock;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "saleskpi-mail");
        thread.setDaemon(true);
        return thread;
    });

    public MailScheduler(Subscriptions subscriptions, MailSettingsStore settings, DashboardLetters letters,
            FolderLetters folderLetters, SmtpMailer mailer, ClusterLock lock, Clock clock) {
        this.subscriptions = subscriptions;
        this.settings = settings;
        this.letters = letters;
        this.folderLetters = folderLetters;
        this.mailer = mailer;
        this.lock = lock;
        this.clock = clock;
    }

    /** Starts the ticks; the first at once, so a restarted node sends what came due while it was stopped. */
    public void start() {
        ticker.scheduleWithFixedDelay(this::tick, 0, TICK.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Asks for a run soon, off the caller's thread (after "send now"). */
    public void soon() {
        try {
            ticker.execute(this::tick);
        } catch (RuntimeException e) {
            LOG.debug("The mail schedule is stopped: {}", e.getMessage());
        }
    }

    private void tick() {
        try {
            runIfFree();
        } catch (RuntimeException e) {
            // The next tick tries again; a database that fails now must not end the schedule.
            LOG.warn("The mail schedule could not run: {}", e.getMessage());
        }
    }

    /**
     * One run if no node is running one: records due periods and sends what waits.
     *
     * @return whether this node ran it
     */
    public boolean runIfFree() {
        Optional<ClusterLock.Held> held = lock.tryAcquire(LOCK);
        if (held.isEmpty()) {
            return false;
        }
        try (ClusterLock.Held running = held.get()) {
            run();
            return true;
        }
    }

    /**
     * Records a send of the subscription due now, outside its schedule ("send me one now").
     *
     * @return false when one was asked for at this same instant already
     */
    public boolean sendNow(Subscription subscription) {
        boolean recorded = subscriptions.recordDue(subscription.id(), "now:" + clock.instant());
        soon();
        return recorded;
    }

    private void run() {
        Instant now = clock.instant();
        subscriptions.resumeInterrupted();
        for (Subscription subscription : subscriptions.all()) {
            ZonedDateTime due = subscription.lastDue(now);
            // A new subscription starts with the next period, not the one that passed before it was made.
            if (!due.toInstant().isBefore(subscription.created())) {
                subscriptions.recordDue(subscription.id(), Subscription.periodKey(due));
            }
        }
        Optional<MailSettings> smtp = settings.get();
        for (Subscriptions.Send send : subscriptions.waiting()) {
            if (subscriptions.claim(send)) {
                deliver(send, smtp);
            }
        }
    }

    private void deliver(Subscriptions.Send send, Optional<MailSettings> smtp) {
        Optional<Subscription> subscription = subscriptions.get(send.subscriptionId());
        if (subscription.isEmpty()) {
            return; // unsubscribed meanwhile: its sends went with it
        }
        try {
            if (smtp.isEmpty()) {
                throw new MailFailure("saleskpi.mail.error.unset", "No SMTP server is set on the e-mail page.", "",
                        null);
            }
            ZonedDateTime when = clock.instant().atZone(subscription.get().zone());
            Optional<Letter> letter = switch (subscription.get().subject()) {
                case DASHBOARD -> letters.letter(subscription.get(), when, smtp.get().siteUrl());
                case FOLDER -> folderLetters.letter(subscription.get(), when, smtp.get().siteUrl());
            };
            if (letter.isEmpty()) {
                // The dashboard, folder or subscriber is gone, or the dashboard is no longer shared with them: no
                // later period could be sent either, so the subscription ends.
                LOG.info("Subscription {} ended: {} {} is gone or no longer shared with its subscriber",
                        send.subscriptionId(), subscription.get().subject(), subscription.get().subjectId());
                subscriptions.delete(send.subscriptionId());
                return;
            }
            mailer.send(smtp.get(), letter.get());
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
    private Optional<Instant> nextAttempt(Subscriptions.Send send) {
        return send.attempts() < BACKOFF.size() ? Optional.of(clock.instant().plus(BACKOFF.get(send.attempts())))
                : Optional.empty();
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        try {
            ticker.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
