package org.saleskpi.server.auth;

import java.time.Instant;
import java.util.List;

/** A user as the REST API shows them, with their project roles. */
record UserJson(String key, String username, String displayName, boolean globalAdmin, boolean canSignIn,
        Instant created, List<RoleJson> roles) {

    record RoleJson(String projectKey, String role) {
    }

    static UserJson of(Account account, ProjectRoles roles) {
        return new UserJson(account.key(), account.username(), account.displayName(), account.globalAdmin(),
                account.canSignIn(), account.created(), roles.ofUser(account.key()).stream()
                        .map(grant -> new RoleJson(grant.projectKey(), grant.role().json())).toList());
    }
}
