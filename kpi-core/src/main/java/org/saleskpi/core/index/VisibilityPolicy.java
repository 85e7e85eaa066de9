package org.saleskpi.core.index;

import java.util.Collection;
import org.saleskpi.core.user.UserRef;

/**
 * Port: a user's {@link Visibility}, asked once per request. The standalone server answers from its project
 * roles; Jira from its permission and issue security managers, cached per user for a few seconds.
 */
@FunctionalInterface
public interface VisibilityPolicy {

    /**
     * What {@code user} may see among issues of {@code projectsInIndex} (the projects some indexed issue is
     * in: a policy that must ask per project asks only about these).
     */
    Visibility of(UserRef user, Collection<String> projectsInIndex);
}
