package org.saleskpi.web;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.saleskpi.core.user.AccessPolicy;
import org.saleskpi.core.user.UserRef;

/**
 * The web tests' access policy: the request's user comes from the {@code X-Test-User} header (set
 * per request by {@link ApiServer}), and grants are given by the test. The server's real policy
 * (sessions, roles) is tested end to end in kpi-server.
 */
public final class TestAccess implements AccessPolicy {
    private final ThreadLocal<UserRef> current = new ThreadLocal<>();
    private final Map<String, Set<String>> browse = new HashMap<>();
    private final Map<String, Set<String>> administer = new HashMap<>();
    private final Set<String> admins = new HashSet<>();

    public TestAccess browse(String userKey, String project) {
        browse.computeIfAbsent(userKey, k -> new HashSet<>()).add(project);
        return this;
    }

    public TestAccess administer(String userKey, String project) {
        browse(userKey, project);
        administer.computeIfAbsent(userKey, k -> new HashSet<>()).add(project);
        return this;
    }

    public TestAccess systemAdmin(String userKey) {
        admins.add(userKey);
        return this;
    }

    void enter(UserRef user) {
        current.set(user);
    }

    void leave() {
        current.remove();
    }

    @Override
    public Optional<UserRef> currentUser() {
        return Optional.ofNullable(current.get());
    }

    @Override
    public boolean canBrowse(UserRef user, String projectKey) {
        return admins.contains(user.key()) || browse.getOrDefault(user.key(), Set.of()).contains(projectKey);
    }

    @Override
    public boolean canAdminister(UserRef user, String projectKey) {
        return admins.contains(user.key()) || administer.getOrDefault(user.key(), Set.of()).contains(projectKey);
    }

    @Override
    public boolean isSystemAdmin(UserRef user) {
        return admins.contains(user.key());
    }
}
