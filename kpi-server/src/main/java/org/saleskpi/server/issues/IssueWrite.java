package org.saleskpi.server.issues;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Who writes issues to the store and when: the author and instant of every change the write records.
 * {@code pastKnown} says whether the store knows the past of the issues this write creates: an issue
 * created through the API or the issue form is known from its creation on, while a Jira CSV export
 * carries no history, so the issues it creates have none the store knows.
 */
public record IssueWrite(Instant at, Optional<String> by, boolean pastKnown) {
    public IssueWrite {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
    }

    /** A write by the person with {@code userKey}, at {@code at}. */
    public static IssueWrite by(String userKey, Instant at) {
        return new IssueWrite(at, Optional.of(userKey), true);
    }

    /** A write nobody signed, such as an import from the command line. */
    public static IssueWrite anonymous(Instant at) {
        return new IssueWrite(at, Optional.empty(), true);
    }

    /** The same write, of issues whose past before this write is not known. */
    public IssueWrite withoutPast() {
        return new IssueWrite(at, by, false);
    }
}
