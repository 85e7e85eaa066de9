package org.saleskpi.web;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import org.saleskpi.core.user.AccessPolicy;
import org.saleskpi.core.user.UserRef;

/**
 * The user of the current request and the checks every resource makes, so that each answers
 * 401, 403 and 404 the same way. A project the caller may not browse is answered as not found:
 * its existence is not revealed.
 */
public final class Caller {
    private final AccessPolicy access;
    private final UserRef user;

    private Caller(AccessPolicy access, UserRef user) {
        this.access = access;
        this.user = user;
    }

    /** The signed-in caller; 401 when the request carries no user. */
    public static Caller of(AccessPolicy access) {
        UserRef user = access.currentUser()
                .orElseThrow(() -> new NotAuthorizedException("Sign in to use Sales KPI.", "Basic realm=\"saleskpi\""));
        return new Caller(access, user);
    }

    public UserRef user() {
        return user;
    }

    public boolean canBrowse(String projectKey) {
        return access.canBrowse(user, projectKey);
    }

    public boolean canAdminister(String projectKey) {
        return access.isSystemAdmin(user) || access.canAdminister(user, projectKey);
    }

    public boolean canEditGoals(String projectKey) {
        return access.isSystemAdmin(user) || access.canEditGoals(user, projectKey);
    }

    public boolean isSystemAdmin() {
        return access.isSystemAdmin(user);
    }

    /** 404 unless the caller may browse the project. */
    public void requireBrowse(String projectKey, String what) {
        if (!canBrowse(projectKey) && !isSystemAdmin()) {
            throw new NotFoundException(what + " does not exist or you may not see it.");
        }
    }

    /** 404 when the caller may not even browse the project, 403 when browsing is all they may do. */
    public void requireAdminister(String projectKey, String what) {
        requireBrowse(projectKey, what);
        if (!canAdminister(projectKey)) {
            throw new ForbiddenException("Only project administrators may change " + what + ".");
        }
    }

    /** Like {@link #requireAdminister}, for goals and targets: 404 when unseen, 403 when read-only. */
    public void requireEditGoals(String projectKey, String what) {
        requireBrowse(projectKey, what);
        if (!canEditGoals(projectKey)) {
            throw new ForbiddenException("Only project administrators and editors may change " + what + ".");
        }
    }

    /** 403 unless the caller is a global administrator. */
    public void requireSystemAdmin() {
        if (!isSystemAdmin()) {
            throw new ForbiddenException("Only global administrators may do this.");
        }
    }
}
