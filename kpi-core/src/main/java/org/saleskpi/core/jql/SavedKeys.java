package org.saleskpi.core.jql;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Port: the key lists a host keeps under a token, which the query function {@code saleskpiSelection("<token>")}
 * stands for ({@link SavedSelections}). A list belongs to the user who saved it and lives until it expires; the
 * host answers which of the three a token is for the asking user.
 */
@FunctionalInterface
public interface SavedKeys {
    /** A host that keeps no lists: every token is unknown. */
    SavedKeys NONE = (token, user) -> new Found.Unknown();
    /** For checking a query without running it: every token an empty list. */
    SavedKeys SHAPE_ONLY = (token, user) -> new Found.Keys(Set.of());

    /** The list {@code token} names for {@code user} (empty when the query has no user). */
    Found keys(String token, Optional<String> user);

    /** What a token names for one user. */
    sealed interface Found {
        /** The user's live list. */
        record Keys(Set<String> keys) implements Found {
            public Keys {
                keys = Set.copyOf(keys);
            }
        }

        /** The user's list, past its expiry. */
        record Expired(Instant at) implements Found {
        }

        /** No list, or another user's: the two read the same, so a token tells nothing about other people. */
        record Unknown() implements Found {
        }
    }
}
