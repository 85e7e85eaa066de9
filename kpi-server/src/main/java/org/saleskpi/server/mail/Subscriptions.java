package org.saleskpi.server.mail;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.saleskpi.web.mail.Frequency;
import org.saleskpi.web.mail.MailFailure;
import org.saleskpi.web.mail.Subscription;
import org.saleskpi.web.mail.SubscriptionStore;

/**
 * Subscriptions ({@code SK.MAIL_SUBSCRIPTION}) and the record of their sends ({@code SK.MAIL_SEND}): one row per
 * subscription and period, unique, claimed before the mail goes out and marked sent, failed (with its error and
 * next attempt) or given up after.
 */
public final class Subscriptions implements SubscriptionStore {
    private static final String COLUMNS = "ID, USER_KEY, SUBJECT_KIND, SUBJECT_ID, FREQUENCY, DAY_OF_WEEK, DAY_OF_MONTH,"
            + " HOUR_OF_DAY, ZONE_ID, LANGUAGE, ADDRESS, CREATED";

    private final MailTables tables;
    private final Clock clock;

    public Subscriptions(MailTables tables, Clock clock) {
        this.tables = tables;
        this.clock = clock;
    }

    /** Stores a new subscription ({@code wanted}'s id and creation instant are ignored). */
    @Override
    public Subscription create(Subscription wanted) {
        Instant now = clock.instant();
        long id = tables.inTransaction(sql -> {
            try (PreparedStatement insert = sql.prepareStatement("INSERT INTO SK.MAIL_SUBSCRIPTION (USER_KEY,"
                    + " SUBJECT_KIND, SUBJECT_ID, FREQUENCY, DAY_OF_WEEK, DAY_OF_MONTH, HOUR_OF_DAY, ZONE_ID, LANGUAGE,"
                    + " ADDRESS, CREATED) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, wanted.userKey());
                insert.setString(2, wanted.subject().name());
                insert.setLong(3, wanted.subjectId());
                insert.setString(4, wanted.frequency().name());
                insert.setInt(5, wanted.dayOfWeek());
                insert.setInt(6, wanted.dayOfMonth());
                insert.setInt(7, wanted.hour());
                insert.setString(8, wanted.zone().getId());
                insert.setString(9, wanted.language().toLanguageTag());
                insert.setString(10, wanted.address());
                insert.setObject(11, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
        return get(id).orElseThrow();
    }

    @Override
    public Optional<Subscription> get(long id) {
        List<Subscription> found = query("WHERE ID = ?", statement -> statement.setLong(1, id));
        return found.stream().findFirst();
    }

    /** The user's subscriptions, oldest first. */
    @Override
    public List<Subscription> ofUser(String userKey) {
        return query("WHERE USER_KEY = ? ORDER BY ID", statement -> statement.setString(1, userKey));
    }

    /** Every subscription, oldest first. */
    @Override
    public List<Subscription> all() {
        return query("ORDER BY ID", statement -> {
        });
    }

    /** Ends a subscription and forgets its sends; false when there was none. */
    @Override
    public boolean delete(long id) {
        return tables.inTransaction(sql -> {
            try (PreparedStatement sends = sql.prepareStatement("DELETE FROM SK.MAIL_SEND WHERE SUBSCRIPTION_ID = ?");
                    PreparedStatement row = sql.prepareStatement("DELETE FROM SK.MAIL_SUBSCRIPTION WHERE ID = ?")) {
                sends.setLong(1, id);
                sends.executeUpdate();
                row.setLong(1, id);
                return row.executeUpdate() == 1;
            }
        });
    }

    /**
     * Records that the period's mail is due, unless it is recorded already (sent, failed or due): true when this call
     * recorded it. The unique key makes this the one place a period becomes a send, on every node.
     */
    @Override
    public boolean recordDue(long subscriptionId, String periodKey) {
        // Looked up first: every run meets each period already recorded, and PostgreSQL logs every refused insert.
        boolean recorded = tables.read("SELECT 1 FROM SK.MAIL_SEND WHERE SUBSCRIPTION_ID = ? AND PERIOD_KEY = ?",
                statement -> {
                    statement.setLong(1, subscriptionId);
                    statement.setString(2, periodKey);
                }, ResultSet::next);
        if (recorded) {
            return false;
        }
        Instant now = clock.instant();
        return tables.insertOnce("INSERT INTO SK.MAIL_SEND (SUBSCRIPTION_ID, PERIOD_KEY, STATUS, ATTEMPTS,"
                + " NEXT_ATTEMPT, UPDATED) VALUES (?, ?, ?, 0, ?, ?)", statement -> {
                    statement.setLong(1, subscriptionId);
                    statement.setString(2, periodKey);
                    statement.setString(3, SendStatus.DUE.name());
                    statement.setObject(4, utc(now));
                    statement.setObject(5, utc(now));
                });
    }

    /** The sends due or failed whose next attempt has come, oldest first. */
    @Override
    public List<Send> waiting() {
        Instant now = clock.instant();
        return sends("WHERE STATUS IN ('DUE', 'FAILED') AND NEXT_ATTEMPT <= ? ORDER BY NEXT_ATTEMPT, ID",
                statement -> statement.setObject(1, utc(now)));
    }

    /** Failed sends and those given up, newest first, for administrators. */
    @Override
    public List<Send> failures() {
        return sends("WHERE STATUS IN ('FAILED', 'GAVE_UP') ORDER BY UPDATED DESC, ID DESC", statement -> {
        });
    }

    /** The sends of one subscription, oldest first. */
    @Override
    public List<Send> sendsOf(long subscriptionId) {
        return sends("WHERE SUBSCRIPTION_ID = ? ORDER BY ID", statement -> statement.setLong(1, subscriptionId));
    }

    /** Takes a waiting send for this node: false when another run took it first. */
    @Override
    public boolean claim(Send send) {
        Instant now = clock.instant();
        return tables.update("UPDATE SK.MAIL_SEND SET STATUS = 'SENDING', UPDATED = ? WHERE ID = ? AND STATUS = ?",
                statement -> {
                    statement.setObject(1, utc(now));
                    statement.setLong(2, send.id());
                    statement.setString(3, send.status().name());
                }) == 1;
    }

    @Override
    public void markSent(Send send) {
        Instant now = clock.instant();
        tables.update("UPDATE SK.MAIL_SEND SET STATUS = 'SENT', ATTEMPTS = ATTEMPTS + 1, ERROR_KEY = NULL,"
                + " ERROR_DETAIL = NULL, UPDATED = ? WHERE ID = ?", statement -> {
                    statement.setObject(1, utc(now));
                    statement.setLong(2, send.id());
                });
    }

    /** Records a failed attempt: retried at {@code next}, or given up when there is none. */
    @Override
    public void markFailed(Send send, MailFailure failure, Optional<Instant> next) {
        Instant now = clock.instant();
        tables.update("UPDATE SK.MAIL_SEND SET STATUS = ?, ATTEMPTS = ATTEMPTS + 1, NEXT_ATTEMPT = ?, ERROR_KEY = ?,"
                + " ERROR_DETAIL = ?, UPDATED = ? WHERE ID = ?", statement -> {
                    statement.setString(1, next.isPresent() ? SendStatus.FAILED.name() : SendStatus.GAVE_UP.name());
                    statement.setObject(2, utc(next.orElse(now)));
                    statement.setString(3, failure.messageKey());
                    statement.setString(4, truncate(failure.detail()));
                    statement.setObject(5, utc(now));
                    statement.setLong(6, send.id());
                });
    }

    /**
     * Sends a stopped node left half done (claimed, never marked): due again now. Called only under the e-mail lock,
     * which every send holds, so no node is sending them.
     */
    @Override
    public int resumeInterrupted() {
        Instant now = clock.instant();
        return tables.update("UPDATE SK.MAIL_SEND SET STATUS = 'DUE', NEXT_ATTEMPT = ?, UPDATED = ?"
                + " WHERE STATUS = 'SENDING'", statement -> {
                    statement.setObject(1, utc(now));
                    statement.setObject(2, utc(now));
                });
    }

    private List<Subscription> query(String where, MailTables.Binding binding) {
        return tables.read("SELECT " + COLUMNS + " FROM SK.MAIL_SUBSCRIPTION " + where, binding, rows -> {
            List<Subscription> found = new ArrayList<>();
            while (rows.next()) {
                found.add(subscription(rows));
            }
            return found;
        });
    }

    private List<Send> sends(String where, MailTables.Binding binding) {
        return tables.read("SELECT ID, SUBSCRIPTION_ID, PERIOD_KEY, STATUS, ATTEMPTS, NEXT_ATTEMPT, ERROR_KEY,"
                + " ERROR_DETAIL, UPDATED FROM SK.MAIL_SEND " + where, binding, rows -> {
                    List<Send> found = new ArrayList<>();
                    while (rows.next()) {
                        found.add(new Send(rows.getLong(1), rows.getLong(2), rows.getString(3),
                                SendStatus.valueOf(rows.getString(4)), rows.getInt(5), instant(rows, 6),
                                Optional.ofNullable(rows.getString(7)), Optional.ofNullable(rows.getString(8)),
                                instant(rows, 9)));
                    }
                    return found;
                });
    }

    private static Subscription subscription(ResultSet rows) throws SQLException {
        return new Subscription(rows.getLong(1), rows.getString(2), Subscription.Subject.valueOf(rows.getString(3)),
                rows.getLong(4), Frequency.valueOf(rows.getString(5)), rows.getInt(6), rows.getInt(7), rows.getInt(8),
                ZoneId.of(rows.getString(9)), Locale.forLanguageTag(rows.getString(10)), rows.getString(11),
                instant(rows, 12));
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        return rows.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String truncate(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 2000);
    }
}
