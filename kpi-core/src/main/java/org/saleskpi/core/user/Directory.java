package org.saleskpi.core.user;

import java.util.List;
import java.util.Optional;

/** Port: looking people up by key or by a search text, for pickers and for rep names. */
public interface Directory {

    Optional<UserRef> find(String userKey);

    /** People whose name or key contains {@code text}, at most {@code limit} of them. */
    List<UserRef> search(String text, int limit);
}
