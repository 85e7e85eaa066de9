package org.saleskpi.web.mail;

/** How often a subscription's mail goes out. */
public enum Frequency {
    /** Every day at the hour. */
    DAILY,
    /** Every week on the day, at the hour. */
    WEEKLY,
    /** Every month on the day (1 to 28, so every month has it), at the hour. */
    MONTHLY
}
