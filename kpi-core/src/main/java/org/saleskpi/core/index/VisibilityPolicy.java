package org.saleskpi.core.index;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.saleskpi.core.user.AccessPolicy;
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

    /**
     * By project only, for a host without issue security: system administrators see every project, anyone else
     * the projects {@code access} lets them browse. Asks once per project in the index, never per issue.
     */
    static VisibilityPolicy byProjects(AccessPolicy access) {
        return (user, projectsInIndex) -> {
            boolean admin = access.isSystemAdmin(user);
            Set<String> browsable = projectsInIndex.stream()
                    .filter(project -> admin || access.canBrowse(user, project))
                    .collect(Collectors.toSet());
            return new Visibility(browsable, Set.of());
        };
    }
}
