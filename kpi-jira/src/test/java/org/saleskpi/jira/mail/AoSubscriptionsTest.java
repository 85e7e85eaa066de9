package org.saleskpi.jira.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.testing.HandClock;
import org.saleskpi.store.AoSession;
import org.saleskpi.store.Database;
import org.saleskpi.store.EntityManagerSession;
import org.saleskpi.web.mail.Frequency;
import org.saleskpi.web.mail.MailFailure;
import org.saleskpi.web.mail.Subscription;
import org.saleskpi.web.mail.SubscriptionStore.Send;
import org.saleskpi.web.mail.SubscriptionStore.SendStatus;

/**
 * The Jira app's subscriptions and send record in Active Objects, on H2 through AO's own EntityManager with Jira's
 * table names: a period is recorded once, a send is claimed once, failures are kept for administrators, and a send a
 * stopped node left half done is due again.
 */
class AoSubscriptionsTest {
    private static final Instant MONDAY = Instant.parse("2026-12-07T07:00:00Z");

    private final HandClock clock = new HandClock(MONDAY);
    private final AoSubscriptions store = store(clock);

    static AoSubscriptions store(HandClock clock) {
        AoSession session = new EntityManagerSession(Database.H2_MEMORY.open());
        session.migrate(MailSubscriptionEntity.class, MailSendEntity.class);
        return new AoSubscriptions(session, clock);
    }

    private Subscription subscribe(String userKey, long folderId) {
        return store.create(new Subscription(0, userKey, Subscription.Subject.FOLDER, folderId, Frequency.WEEKLY, 1, 1,
                8, ZoneId.of("Asia/Tokyo"), Locale.JAPANESE, userKey + "@example.com", Instant.EPOCH));
    }

    @Test
    void aSubscriptionReadsBackAsStoredWithItsCreationInstantAndEndsWithItsSends() {
        Subscription vera = subscribe("vera", 12);
        Subscription walt = subscribe("walt", 13);

        assertThat(store.get(vera.id())).contains(new Subscription(vera.id(), "vera", Subscription.Subject.FOLDER, 12,
                Frequency.WEEKLY, 1, 1, 8, ZoneId.of("Asia/Tokyo"), Locale.JAPANESE, "vera@example.com", MONDAY));
        assertThat(store.ofUser("vera")).extracting(Subscription::id).containsExactly(vera.id());
        assertThat(store.all()).extracting(Subscription::id).containsExactly(vera.id(), walt.id());

        store.recordDue(vera.id(), "2026-12-07T08:00");
        assertThat(store.delete(vera.id())).isTrue();
        assertThat(store.delete(vera.id())).isFalse();
        assertThat(store.get(vera.id())).isEmpty();
        assertThat(store.sendsOf(vera.id())).isEmpty();
        assertThat(store.all()).extracting(Subscription::id).containsExactly(walt.id());
    }

    @Test
    void aPeriodIsRecordedOnceAndClaimedOnce() {
        Subscription vera = subscribe("vera", 12);

        assertThat(store.recordDue(vera.id(), "2026-12-07T08:00")).isTrue();
        assertThat(store.recordDue(vera.id(), "2026-12-07T08:00")).isFalse();
        assertThat(store.recordDue(vera.id(), "2026-12-14T08:00")).isTrue();
        assertThat(store.waiting()).extracting(Send::periodKey).containsExactly("2026-12-07T08:00",
                "2026-12-14T08:00");

        Send first = store.waiting().get(0);
        assertThat(store.claim(first)).isTrue();
        // A second run holding the same waiting row finds it taken.
        assertThat(store.claim(first)).isFalse();
        store.markSent(first);

        assertThat(store.waiting()).extracting(Send::periodKey).containsExactly("2026-12-14T08:00");
        assertThat(store.sendsOf(vera.id()).get(0).status()).isEqualTo(SendStatus.SENT);
        assertThat(store.sendsOf(vera.id()).get(0).attempts()).isEqualTo(1);
    }

    @Test
    void aFailedSendWaitsForItsNextAttemptAndShowsToAdministratorsUntilGivenUp() {
        Subscription vera = subscribe("vera", 12);
        store.recordDue(vera.id(), "2026-12-07T08:00");
        Send send = store.waiting().get(0);
        store.claim(send);

        store.markFailed(send, new MailFailure("saleskpi.mail.error.jiraUnset", "no server", "x".repeat(3000), null),
                Optional.of(MONDAY.plus(Duration.ofMinutes(5))));

        assertThat(store.waiting()).isEmpty();
        Send failed = store.failures().get(0);
        assertThat(failed.status()).isEqualTo(SendStatus.FAILED);
        assertThat(failed.errorKey()).contains("saleskpi.mail.error.jiraUnset");
        assertThat(failed.errorDetail().orElseThrow()).hasSize(2000);
        clock.advance(Duration.ofMinutes(5));
        assertThat(store.waiting()).extracting(Send::id).containsExactly(send.id());

        Send retried = store.waiting().get(0);
        store.claim(retried);
        store.markFailed(retried, new MailFailure("saleskpi.mail.error.jiraUnset", "no server", "", null),
                Optional.empty());
        assertThat(store.failures()).extracting(Send::status).containsExactly(SendStatus.GAVE_UP);
        assertThat(store.failures().get(0).attempts()).isEqualTo(2);
        assertThat(store.waiting()).isEmpty();
    }

    @Test
    void aSendAStoppedNodeLeftClaimedIsDueAgain() {
        Subscription vera = subscribe("vera", 12);
        store.recordDue(vera.id(), "2026-12-07T08:00");
        store.claim(store.waiting().get(0));
        assertThat(store.waiting()).isEmpty();

        assertThat(store.resumeInterrupted()).isEqualTo(1);

        assertThat(store.waiting()).extracting(Send::status).containsExactly(SendStatus.DUE);
    }
}
