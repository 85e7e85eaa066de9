package org.saleskpi.server.page;

import java.util.Optional;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.web.page.Messages;

/** Where the home page ({@code /}) sends a signed-in user instead of listing their dashboards, if anywhere. */
@FunctionalInterface
public interface HomePage {
    /** The home page lists the user's dashboards. */
    HomePage DASHBOARD_LIST = (user, texts) -> Optional.empty();

    /**
     * @param texts the texts in the visitor's language
     * @return a path of the pages ("/dashboards/12"), or empty to show the dashboard list
     */
    Optional<String> redirect(UserRef user, Messages texts);
}
