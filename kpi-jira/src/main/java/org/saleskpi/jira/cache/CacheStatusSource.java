package org.saleskpi.jira.cache;

/** Port: the node's {@link CacheStatus} now, for the admin page and the gadgets' warming answer. */
@FunctionalInterface
public interface CacheStatusSource {

    CacheStatus status();
}
