package org.saleskpi.core.drill;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A key list saved for a drill-down link (ADR 0033): its unguessable token, the user it belongs to, a digest of
 * owner and keys (so the same list is saved once), when it was made and when it stops answering.
 */
public record Selection(String token, String owner, String digest, Instant created, Instant expires,
        List<String> keys) {
    public Selection {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(expires, "expires");
        keys = List.copyOf(keys);
    }
}
