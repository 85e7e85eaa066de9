package org.saleskpi.server.auth;

import java.util.List;
import java.util.Optional;
import org.saleskpi.core.user.Directory;
import org.saleskpi.core.user.UserRef;

/** The server's people for pickers and rep names: users and login-less reps alike. */
public final class ServerDirectory implements Directory {
    /** A picker shows a screenful; larger limits are cut to this. */
    public static final int MAX_RESULTS = 100;

    private final Users users;

    public ServerDirectory(Users users) {
        this.users = users;
    }

    @Override
    public Optional<UserRef> find(String userKey) {
        return users.find(userKey).map(Account::ref);
    }

    @Override
    public List<UserRef> search(String text, int limit) {
        return users.search(text == null ? "" : text, Math.min(limit, MAX_RESULTS)).stream().map(Account::ref).toList();
    }
}
