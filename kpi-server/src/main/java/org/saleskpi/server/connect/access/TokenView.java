package org.saleskpi.server.connect.access;

import java.util.Set;

/**
 * What one user's own Jira token lets them see of a connection's issues: the Jira ids Jira returned for it, or why
 * they see none (no token linked, a token Jira refuses, Jira not answering). Only {@link Seen} shows anything.
 */
public sealed interface TokenView {

    /** Why the user sees what they see, for the page that tells them. */
    Reason reason();

    /** The ids of the connection's issues Jira returns for the user's token. */
    record Seen(Set<String> jiraIds) implements TokenView {
        public Seen {
            jiraIds = Set.copyOf(jiraIds);
        }

        @Override
        public Reason reason() {
            return Reason.LINKED;
        }

        @Override
        public String toString() {
            return "Seen[" + jiraIds.size() + " ids]";
        }
    }

    /** The user has linked no token to the connection. */
    record NotLinked() implements TokenView {
        @Override
        public Reason reason() {
            return Reason.NOT_LINKED;
        }
    }

    /** Jira refused the user's token (401/403): expired, revoked or wrong. */
    record Refused() implements TokenView {
        @Override
        public Reason reason() {
            return Reason.REFUSED;
        }
    }

    /** Jira did not answer (down, rate-limited past the retries): nothing is shown until it does. */
    record Unreachable() implements TokenView {
        @Override
        public Reason reason() {
            return Reason.UNREACHABLE;
        }
    }

    /** The state a user's link to a connection is in, as the pages name it. */
    enum Reason {
        LINKED, NOT_LINKED, REFUSED, UNREACHABLE
    }
}
