package org.saleskpi.jira.mail;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import org.saleskpi.store.AoSession;
import org.saleskpi.web.mail.Frequency;
import org.saleskpi.web.mail.MailFailure;
import org.saleskpi.web.mail.Subscription;
import org.saleskpi.web.mail.SubscriptionStore;

/**
 * Subscriptions and their sends in Jira's database through Active Objects ({@link MailSubscriptionEntity},
 * {@link MailSendEntity}; ADR 0068), the same rules as the standalone server's JDBC tables: a period is recorded once
 * (looked up first, and the send key's unique constraint behind it), a send is claimed before it goes out. The run that
 * claims is Jira's one job per cluster ({@link MailJobs}), so a claim reads and writes the row in one transaction
 * rather than with a conditional update, which Active Objects' entity API does not offer.
 */
public final class AoSubscriptions implements SubscriptionStore {
    /** The Jira-only entities, listed in the descriptor's {@code <ao>} module after the store's. */
    public static final List<Class<? extends RawEntity<?>>> ENTITIES = List.of(MailSubscriptionEntity.class,
            MailSendEntity.class);
    private static final int MAX_DETAIL = 2000;

    private final AoSession session;
    private final Clock clock;

    @Inject
    public AoSubscriptions(AoSession session, Clock clock) {
        this.session = Objects.requireNonNull(session, "session");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Subscription create(Subscription wanted) {
        Map<String, Object> row = new HashMap<>();
        row.put("USER_KEY", wanted.userKey());
        row.put("SUBJECT_KIND", wanted.subject().name());
        row.put("SUBJECT_ID", wanted.subjectId());
        row.put("FREQUENCY", wanted.frequency().name());
        row.put("DAY_OF_WEEK", wanted.dayOfWeek());
        row.put("DAY_OF_MONTH", wanted.dayOfMonth());
        row.put("HOUR_OF_DAY", wanted.hour());
        row.put("ZONE_ID", wanted.zone().getId());
        row.put("LANGUAGE", wanted.language().toLanguageTag());
        row.put("ADDRESS", wanted.address());
        row.put("CREATED_AT", clock.millis());
        return session.inTransaction(() -> subscription(session.create(MailSubscriptionEntity.class, row)));
    }

    @Override
    public Optional<Subscription> get(long id) {
        return Arrays.stream(session.find(MailSubscriptionEntity.class, Query.select().where("ID = ?", id)))
                .findFirst().map(AoSubscriptions::subscription);
    }

    @Override
    public List<Subscription> ofUser(String userKey) {
        return subscriptions(Query.select().where("USER_KEY = ?", userKey).order("ID"));
    }

    @Override
    public List<Subscription> all() {
        return subscriptions(Query.select().order("ID"));
    }

    @Override
    public boolean delete(long id) {
        return session.inTransaction(() -> {
            session.deleteWithSQL(MailSendEntity.class, "SUBSCRIPTION_ID = ?", id);
            return session.deleteWithSQL(MailSubscriptionEntity.class, "ID = ?", id) == 1;
        });
    }

    @Override
    public boolean recordDue(long subscriptionId, String periodKey) {
        String sendKey = subscriptionId + "/" + periodKey;
        if (session.count(MailSendEntity.class, Query.select().where("SEND_KEY = ?", sendKey)) > 0) {
            return false;
        }
        long now = clock.millis();
        Map<String, Object> row = new HashMap<>();
        row.put("SUBSCRIPTION_ID", subscriptionId);
        row.put("SEND_KEY", sendKey);
        row.put("PERIOD_KEY", periodKey);
        row.put("STATUS", SendStatus.DUE.name());
        row.put("ATTEMPTS", 0);
        row.put("NEXT_ATTEMPT", now);
        row.put("UPDATED_AT", now);
        session.inTransaction(() -> session.create(MailSendEntity.class, row));
        return true;
    }

    @Override
    public List<Send> waiting() {
        return sends(Query.select().where("STATUS IN (?, ?) AND NEXT_ATTEMPT <= ?", SendStatus.DUE.name(),
                SendStatus.FAILED.name(), clock.millis()).order("NEXT_ATTEMPT, ID"));
    }

    @Override
    public List<Send> failures() {
        return sends(Query.select().where("STATUS IN (?, ?)", SendStatus.FAILED.name(), SendStatus.GAVE_UP.name())
                .order("UPDATED_AT DESC, ID DESC"));
    }

    @Override
    public List<Send> sendsOf(long subscriptionId) {
        return sends(Query.select().where("SUBSCRIPTION_ID = ?", subscriptionId).order("ID"));
    }

    @Override
    public boolean claim(Send send) {
        return session.inTransaction(() -> row(send.id())
                .filter(row -> row.getStatus().equals(send.status().name()))
                .map(row -> {
                    row.setStatus(SendStatus.SENDING.name());
                    row.setUpdatedAt(clock.millis());
                    row.save();
                    return true;
                }).orElse(false));
    }

    @Override
    public void markSent(Send send) {
        session.inTransaction(() -> row(send.id()).map(row -> {
            row.setStatus(SendStatus.SENT.name());
            row.setAttempts(row.getAttempts() + 1);
            row.setErrorKey(null);
            row.setErrorDetail(null);
            row.setUpdatedAt(clock.millis());
            row.save();
            return row;
        }));
    }

    @Override
    public void markFailed(Send send, MailFailure failure, Optional<Instant> next) {
        long now = clock.millis();
        session.inTransaction(() -> row(send.id()).map(row -> {
            row.setStatus(next.isPresent() ? SendStatus.FAILED.name() : SendStatus.GAVE_UP.name());
            row.setAttempts(row.getAttempts() + 1);
            row.setNextAttempt(next.map(Instant::toEpochMilli).orElse(now));
            row.setErrorKey(failure.messageKey());
            String detail = failure.detail();
            row.setErrorDetail(detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL));
            row.setUpdatedAt(now);
            row.save();
            return row;
        }));
    }

    @Override
    public int resumeInterrupted() {
        long now = clock.millis();
        return session.inTransaction(() -> {
            MailSendEntity[] interrupted = session.find(MailSendEntity.class,
                    Query.select().where("STATUS = ?", SendStatus.SENDING.name()));
            for (MailSendEntity row : interrupted) {
                row.setStatus(SendStatus.DUE.name());
                row.setNextAttempt(now);
                row.setUpdatedAt(now);
                row.save();
            }
            return interrupted.length;
        });
    }

    private Optional<MailSendEntity> row(long id) {
        return Arrays.stream(session.find(MailSendEntity.class, Query.select().where("ID = ?", id))).findFirst();
    }

    private List<Subscription> subscriptions(Query query) {
        return Arrays.stream(session.find(MailSubscriptionEntity.class, query)).map(AoSubscriptions::subscription)
                .toList();
    }

    private List<Send> sends(Query query) {
        return Arrays.stream(session.find(MailSendEntity.class, query)).map(AoSubscriptions::send).toList();
    }

    private static Subscription subscription(MailSubscriptionEntity row) {
        return new Subscription(row.getID(), row.getUserKey(), Subscription.Subject.valueOf(row.getSubjectKind()),
                row.getSubjectId(), Frequency.valueOf(row.getFrequency()), row.getDayOfWeek(), row.getDayOfMonth(),
                row.getHourOfDay(), ZoneId.of(row.getZoneId()), Locale.forLanguageTag(row.getLanguage()),
                row.getAddress(), Instant.ofEpochMilli(row.getCreatedAt()));
    }

    private static Send send(MailSendEntity row) {
        return new Send(row.getID(), row.getSubscriptionId(), row.getPeriodKey(),
                SendStatus.valueOf(row.getStatus()), row.getAttempts(), Instant.ofEpochMilli(row.getNextAttempt()),
                Optional.ofNullable(row.getErrorKey()), Optional.ofNullable(row.getErrorDetail()),
                Instant.ofEpochMilli(row.getUpdatedAt()));
    }
}
