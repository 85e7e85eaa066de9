package org.saleskpi.server.connect.access;

import java.util.Optional;
import org.saleskpi.server.jira.JiraSite;

/** Port: a connection's site with the credentials an administrator gave it, for reading the site's own settings. */
@FunctionalInterface
public interface AdminSites {

    /** Connection {@code connectionId}'s site; empty when there is no such connection. */
    Optional<JiraSite> site(long connectionId);
}
