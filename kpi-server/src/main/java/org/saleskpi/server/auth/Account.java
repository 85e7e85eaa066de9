package org.saleskpi.server.auth;

import java.time.Instant;
import org.saleskpi.core.user.UserRef;

/** A person as the server knows them; {@code canSignIn} is false for reps known only by name. */
public record Account(String key, String username, String displayName, boolean globalAdmin, boolean canSignIn,
        Instant created) {

    public UserRef ref() {
        return new UserRef(key, displayName);
    }
}
