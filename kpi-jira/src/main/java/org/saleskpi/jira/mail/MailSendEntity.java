package org.saleskpi.jira.mail;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One period's send of one subscription ({@code AO_xxxxxx_MAIL_SEND}, ADR 0068). AO declares a unique constraint on
 * one column only, so {@link #getSendKey()} joins the subscription and the period: a period becomes a send once.
 * Instants are epoch milliseconds.
 */
@Table("MailSend")
public interface MailSendEntity extends Entity {

    @NotNull
    @Indexed
    long getSubscriptionId();

    void setSubscriptionId(long subscriptionId);

    /** {@code <subscription id>/<period key>}. */
    @NotNull
    @Unique
    @StringLength(128)
    String getSendKey();

    void setSendKey(String sendKey);

    @NotNull
    @StringLength(64)
    String getPeriodKey();

    void setPeriodKey(String periodKey);

    /** {@code SubscriptionStore.SendStatus}'s name. */
    @NotNull
    @Indexed
    @StringLength(16)
    String getStatus();

    void setStatus(String status);

    @NotNull
    int getAttempts();

    void setAttempts(int attempts);

    @NotNull
    long getNextAttempt();

    void setNextAttempt(long nextAttempt);

    @StringLength(128)
    String getErrorKey();

    void setErrorKey(String errorKey);

    /** Up to 2000 characters, more than a VARCHAR of AO's 450, so a CLOB. */
    @StringLength(StringLength.UNLIMITED)
    String getErrorDetail();

    void setErrorDetail(String errorDetail);

    @NotNull
    long getUpdatedAt();

    void setUpdatedAt(long updatedAt);
}
