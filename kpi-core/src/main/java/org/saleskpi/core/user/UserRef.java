package org.saleskpi.core.user;

import java.util.Objects;

/** A person by the host's stable user key, with a display name for screens. */
public record UserRef(String key, String displayName) {
    public UserRef {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(displayName, "displayName");
        if (key.isBlank()) {
            throw new IllegalArgumentException("user key must not be blank");
        }
    }
}
