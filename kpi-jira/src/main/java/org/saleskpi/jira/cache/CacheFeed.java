package org.saleskpi.jira.cache;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * What keeps the node's issue cache in step (events, the updated-since poll, the id census) asks of it.
 * Every read behind it runs without a viewer's permissions (ADR 0028): the cache is filtered per viewer on
 * the way out, never on the way in.
 */
public interface CacheFeed {

    /** The JQL of the union of the KPI profiles' scopes, which the cache holds; empty while no profile exists. */
    Optional<String> scopeJql();

    /**
     * Reads these issues from Jira again and replaces their rows and histories; an id Jira no longer has,
     * or whose issue left the scope, is removed. Safe to call from any thread, at any time.
     */
    void reload(Collection<Long> issueIds);

    /** Drops these issues (deleted, or gone from the scope). */
    void remove(Collection<Long> issueIds);

    /** The ids of the issues held now. */
    Set<Long> ids();

    /**
     * Whether the KPI profiles now ask for other issues or fields than the held rows were built for (a profile added,
     * removed or edited): the rows then answer no query, and the next poll rebuilds. A feed whose scope cannot
     * change answers false.
     */
    default boolean scopeChanged() {
        return false;
    }

    /** Reads the whole scope afresh, in the background of the caller's thread, reporting progress as it goes. */
    void rebuild();
}
