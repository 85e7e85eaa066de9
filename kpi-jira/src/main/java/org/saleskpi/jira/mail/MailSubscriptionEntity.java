package org.saleskpi.jira.mail;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A user's e-mail subscription inside Jira ({@code AO_xxxxxx_MAIL_SUBSCRIPTION}, ADR 0068): the columns of the
 * standalone server's {@code SK.MAIL_SUBSCRIPTION}. Jira-only: the server keeps its own JDBC table, so the entity is
 * not in the store's shared schema. Instants are epoch milliseconds.
 */
@Table("MailSubscription")
public interface MailSubscriptionEntity extends Entity {

    @NotNull
    @Indexed
    String getUserKey();

    void setUserKey(String userKey);

    /** {@code Subscription.Subject}'s name: DASHBOARD or FOLDER. */
    @NotNull
    @StringLength(16)
    String getSubjectKind();

    void setSubjectKind(String subjectKind);

    @NotNull
    long getSubjectId();

    void setSubjectId(long subjectId);

    /** {@code Frequency}'s name. */
    @NotNull
    @StringLength(16)
    String getFrequency();

    void setFrequency(String frequency);

    @NotNull
    int getDayOfWeek();

    void setDayOfWeek(int dayOfWeek);

    @NotNull
    int getDayOfMonth();

    void setDayOfMonth(int dayOfMonth);

    @NotNull
    int getHourOfDay();

    void setHourOfDay(int hourOfDay);

    @NotNull
    @StringLength(64)
    String getZoneId();

    void setZoneId(String zoneId);

    /** A BCP 47 language tag. */
    @NotNull
    @StringLength(16)
    String getLanguage();

    void setLanguage(String language);

    @NotNull
    @StringLength(320)
    String getAddress();

    void setAddress(String address);

    @NotNull
    long getCreatedAt();

    void setCreatedAt(long createdAt);
}
