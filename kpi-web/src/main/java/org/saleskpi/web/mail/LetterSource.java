package org.saleskpi.web.mail;

import java.time.ZonedDateTime;
import java.util.Optional;

/** A subscription's letter at send time, computed as its subscriber, per host (where its pages and subjects are). */
@FunctionalInterface
public interface LetterSource {
    /**
     * The letter for {@code when} (in the subscriber's zone); empty when its dashboard, folder or subscriber is gone or
     * no longer shared with them, so no later period can be sent either.
     */
    Optional<Letter> letter(Subscription subscription, ZonedDateTime when) throws MailFailure;
}
