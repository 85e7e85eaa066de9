package org.saleskpi.web.mail;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where a host keeps subscriptions and the record of their sends: one send per subscription and period, recorded
 * once on every node (the host's unique key), claimed before the mail goes out and marked sent, failed (with its
 * error and next attempt) or given up after. The standalone server keeps them in JDBC tables, Jira in Active Objects.
 */
public interface SubscriptionStore {
    /** Stores a new subscription ({@code wanted}'s id and creation instant are ignored). */
    Subscription create(Subscription wanted);

    Optional<Subscription> get(long id);

    /** The user's subscriptions, oldest first. */
    List<Subscription> ofUser(String userKey);

    /** Every subscription, oldest first. */
    List<Subscription> all();

    /** Ends a subscription and forgets its sends; false when there was none. */
    boolean delete(long id);

    /**
     * Records that the period's mail is due, unless it is recorded already (sent, failed or due): true when this call
     * recorded it.
     */
    boolean recordDue(long subscriptionId, String periodKey);

    /** The sends due or failed whose next attempt has come, oldest first. */
    List<Send> waiting();

    /** Failed sends and those given up, newest first, for administrators. */
    List<Send> failures();

    /** The sends of one subscription, oldest first. */
    List<Send> sendsOf(long subscriptionId);

    /** Takes a waiting send for this node: false when another run took it first. */
    boolean claim(Send send);

    void markSent(Send send);

    /** Records a failed attempt: retried at {@code next}, or given up when there is none. */
    void markFailed(Send send, MailFailure failure, Optional<Instant> next);

    /** Sends a stopped node left half done (claimed, never marked): due again now. */
    int resumeInterrupted();

    /** Where a period's send stands. */
    enum SendStatus {
        /** Recorded, not tried yet (or to be tried again after a stop). */
        DUE,
        /** Being sent now. */
        SENDING,
        SENT,
        /** Failed; tried again at its next attempt. */
        FAILED,
        /** Failed at every attempt. */
        GAVE_UP
    }

    /** One period's send of one subscription. */
    record Send(long id, long subscriptionId, String periodKey, SendStatus status, int attempts,
            Instant nextAttempt, Optional<String> errorKey, Optional<String> errorDetail, Instant updated) {
    }
}
