package org.saleskpi.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The customer accounts of a data set, planned before any issue is written: each account's name,
 * the instant it starts (its Customer issue is created then), the instant it churns, if it does
 * within the window, and the rep who owns it. Accounts are numbered in order of start.
 */
final class AccountBook {
    /** One customer issue per 25 issues: the 4 % share of Customer issues in the mix. */
    static final int ISSUES_PER_ACCOUNT = 25;
    static final int MIN_ACCOUNTS = 20;
    /** Share of accounts the team already had and entered in its first two weeks in Jira. */
    private static final double OPENING_SHARE = 0.2;
    private static final int OPENING_DAYS = 14;
    private static final double CHURN_SHARE = 0.25;

    private static final String[] NAME_STEMS = {
        "Alder", "Brightwater", "Cobalt", "Dunmore", "Eastgate", "Fernhill", "Granite", "Harbourline",
        "Ironbark", "Juniper", "Kestrel", "Lakemont", "Meridian", "Northcliff", "Oakhurst", "Pinecrest",
        "Quillon", "Redfern", "Silverbrook", "Tallowood", "Umberly", "Valecrest", "Westmarch", "Yarrow",
    };

    private final String[] names;
    private final Instant[] starts;
    /** Null where the account does not churn within the window. */
    private final Instant[] churns;
    private final String[] owners;

    private AccountBook(int size) {
        names = new String[size];
        starts = new Instant[size];
        churns = new Instant[size];
        owners = new String[size];
    }

    static int sizeFor(int issueCount) {
        return Math.max(MIN_ACCOUNTS, Math.round(issueCount / (float) ISSUES_PER_ACCOUNT));
    }

    static AccountBook plan(int size, WorkRhythm workdays, SalesTeam team, Dice dice) {
        AccountBook book = new AccountBook(size);
        WorkRhythm.Sequence startTimes = workdays.withOpening(OPENING_SHARE, OPENING_DAYS).sequence(size, dice);
        for (int i = 0; i < size; i++) {
            book.names[i] = nameOf(i);
            Instant drawn = startTimes.next();
            // The first account opens the window, so that the first deal has an account to reference.
            book.starts[i] = i == 0 ? workdays.start() : drawn;
            book.owners[i] = team.closer(dice);
            if (dice.chance(CHURN_SHARE)) {
                LocalDate churnDay = workdays.localDate(book.starts[i]).plusDays(dice.between(90, 720));
                Instant churn = workdays.sometimeOn(churnDay, dice);
                book.churns[i] = churn.isBefore(workdays.end()) ? churn : null;
            }
        }
        return book;
    }

    /** "Cobalt 0042": a stem for readability, the number for uniqueness. */
    private static String nameOf(int index) {
        String number = Integer.toString(index + 1);
        String padding = "0000".substring(Math.min(4, number.length()));
        return NAME_STEMS[index % NAME_STEMS.length] + " " + padding + number;
    }

    int size() {
        return names.length;
    }

    String name(int account) {
        return names[account];
    }

    Instant start(int account) {
        return starts[account];
    }

    Optional<Instant> churn(int account) {
        return Optional.ofNullable(churns[account]);
    }

    String owner(int account) {
        return owners[account];
    }

    boolean churnedBy(int account, Instant instant) {
        return churns[account] != null && !churns[account].isAfter(instant);
    }

    /**
     * An account among the first {@code started} that has not churned by {@code at}. Half the
     * picks favour the oldest accounts, so key accounts collect many deals and lifetime values
     * spread out.
     */
    int pickActive(int started, Instant at, Dice dice) {
        for (int attempt = 0; attempt < 8; attempt++) {
            double u = dice.unit();
            int account = (int) (started * (dice.chance(0.5) ? u * u * u : u));
            if (!churnedBy(account, at)) {
                return account;
            }
        }
        // Almost every started account has churned: take the newest, the least likely to have gone.
        return started - 1;
    }
}
