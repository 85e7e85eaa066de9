package org.saleskpi.server.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.saleskpi.server.cluster.ClusterLock;
import org.saleskpi.web.mail.FolderLetters;
import org.saleskpi.web.mail.Letter;
import org.saleskpi.web.mail.MailFailure;
import org.saleskpi.web.mail.Subscription;
import org.saleskpi.web.mail.SubscriptionMails;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends subscription mails on one node at a time: every tick, the node that takes the cluster lock
 * {@value #LOCK} runs the shared {@link SubscriptionMails} (records each due period once, sends what waits, retries
 * with backoff; ADR 0063, 0068) over the JDBC tables and the SMTP settings.
 */
public final class MailScheduler implements AutoCloseable {
    static final String LOCK = "mail-subscriptions";
    /** How often a node looks for due mails: sends are due on the hour, so well within a minute of it. */
    static final Duration TICK = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(MailScheduler.class);

    private final MailSettingsStore settings;
    private final DashboardLetters letters;
    private final FolderLetters folderLetters;
    private final ClusterLock lock;
    private final SubscriptionMails mails;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "saleskpi-mail");
        thread.setDaemon(true);
        return thread;
    });

    public MailScheduler(Subscriptions subscriptions, MailSettingsStore settings, DashboardLetters letters,
            FolderLetters folderLetters, SmtpMailer mailer, ClusterLock lock, Clock clock) {
        this.settings = settings;
        this.letters = letters;
        this.folderLetters = folderLetters;
        this.lock = lock;
        this.mails = new SubscriptionMails(subscriptions, this::letter, letter -> mailer.send(smtp(), letter), clock);
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
        boolean recorded = mails.recordSendNow(subscription);
        soon();
        return recorded;
    }

    private void run() {
        mails.run();
    }

    /** The letter of a subscription, with links under the site address of the SMTP settings. */
    private Optional<Letter> letter(Subscription subscription, ZonedDateTime when) throws MailFailure {
        MailSettings smtp = smtp();
        return switch (subscription.subject()) {
            case DASHBOARD -> letters.letter(subscription, when, smtp.siteUrl());
            case FOLDER -> folderLetters.letter(subscription, when, smtp.siteUrl());
            // Jira's dashboards live only in Jira; the server never stores one, and one found anyway ends.
            case JIRA_DASHBOARD -> Optional.empty();
        };
    }

    private MailSettings smtp() throws MailFailure {
        return settings.get().orElseThrow(() -> new MailFailure("saleskpi.mail.error.unset",
                "No SMTP server is set on the e-mail page.", "", null));
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
