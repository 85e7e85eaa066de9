package org.saleskpi.server.connect.access;

import org.saleskpi.core.user.UserRef;

/** Port: which of a connection's issues Jira shows to one local user, through that user's own token. */
@FunctionalInterface
public interface JiraIdsForUser {

    /** What {@code user}'s token sees of connection {@code connectionId}'s issues; never throws for Jira's faults. */
    TokenView idsFor(long connectionId, UserRef user);
}
