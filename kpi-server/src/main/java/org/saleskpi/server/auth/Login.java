package org.saleskpi.server.auth;

import java.time.Duration;
import org.saleskpi.core.user.UserRef;

/** The outcome of checking a username and password. */
public sealed interface Login {

    record Accepted(UserRef user) implements Login {
    }

    /** Unknown user, wrong password or a person without a login: callers cannot tell which. */
    record Refused() implements Login {
    }

    /** Too many failed logins in a row: not even checked; try again after {@code retryAfter}. */
    record Throttled(Duration retryAfter) implements Login {
    }
}
