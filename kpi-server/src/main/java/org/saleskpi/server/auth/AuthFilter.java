package org.saleskpi.server.auth;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.server.host.UnreadServletBody;
import org.saleskpi.web.error.ErrorBody;
import org.saleskpi.web.json.Json;

/**
 * Finds the user of every request, from HTTP Basic, a {@code Bearer} access token or the session
 * cookie, and runs the rest of the request as that user through {@link ServerAccessPolicy}.
 * Requests without credentials run anonymous (resources answer 401 where they need a user); wrong
 * credentials are a 401 at once, and a throttled login a 429.
 *
 * <p>Like Jira, a state-changing request signed in by cookie must carry
 * {@code X-Atlassian-Token: no-check}: a browser sends that header only from the app's own
 * scripts, never from another site's form, so this stops cross-site request forgery. Basic and
 * Bearer requests are exempt, as browsers never add those on their own.
 */
public final class AuthFilter implements Filter {
    public static final String COOKIE = "SALESKPI_SESSION";
    public static final String XSRF_HEADER = "X-Atlassian-Token";
    public static final String XSRF_VALUE = "no-check";
    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "DELETE", "PATCH");

    private final Users users;
    private final Sessions sessions;
    private final AccessTokens tokens;
    private final ServerAccessPolicy access;

    public AuthFilter(Users users, Sessions sessions, AccessTokens tokens, ServerAccessPolicy access) {
        this.users = users;
        this.sessions = sessions;
        this.tokens = tokens;
        this.access = access;
    }

    /** Puts this filter in front of everything the context serves: REST resources and pages. */
    public void installOn(ServletContextHandler context) {
        context.addFilter(new FilterHolder(this), "/*", EnumSet.of(DispatcherType.REQUEST));
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException,
            ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String authorization = request.getHeader("Authorization");
        Optional<UserRef> user;
        if (startsWithIgnoreCase(authorization, "Basic ")) {
            Login login = basic(authorization.substring(6).strip());
            if (login instanceof Login.Throttled throttled) {
                UnreadServletBody.discard(request, response);
                throttled(response, throttled);
                return;
            }
            if (!(login instanceof Login.Accepted accepted)) {
                UnreadServletBody.discard(request, response);
                error(response, 401, "saleskpi.auth.refused", "The username or password is wrong.");
                return;
            }
            user = Optional.of(accepted.user());
        } else if (startsWithIgnoreCase(authorization, "Bearer ")) {
            user = tokens.userOf(authorization.substring(7).strip()).flatMap(users::find).map(Account::ref);
            if (user.isEmpty()) {
                UnreadServletBody.discard(request, response);
                error(response, 401, "saleskpi.auth.token", "The access token is unknown or revoked.");
                return;
            }
        } else {
            user = sessionCookie(request).flatMap(sessions::userOf).flatMap(users::find).map(Account::ref);
            if (user.isPresent() && STATE_CHANGING.contains(request.getMethod().toUpperCase(java.util.Locale.ROOT))
                    && !XSRF_VALUE.equalsIgnoreCase(request.getHeader(XSRF_HEADER))) {
                UnreadServletBody.discard(request, response);
                error(response, 403, "saleskpi.auth.xsrf",
                        "XSRF check failed: send the header " + XSRF_HEADER + ": " + XSRF_VALUE + ".");
                return;
            }
        }
        access.enter(user);
        try {
            chain.doFilter(request, response);
        } finally {
            access.leave();
        }
    }

    /** The id in the session cookie, if the request has one. */
    public static Optional<String> sessionCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName()) && !cookie.getValue().isEmpty()) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    private Login basic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return new Login.Refused();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return new Login.Refused();
        }
        return users.signIn(decoded.substring(0, colon), decoded.substring(colon + 1));
    }

    static void throttled(HttpServletResponse response, Login.Throttled throttled) throws IOException {
        response.setHeader("Retry-After", Long.toString(retryAfterSeconds(throttled)));
        error(response, 429, "saleskpi.auth.throttled", throttledMessage(throttled), retryAfterSeconds(throttled));
    }

    static long retryAfterSeconds(Login.Throttled throttled) {
        // Rounded up: retrying after the rounded-down number of seconds would still be too early.
        return Math.max(1, (throttled.retryAfter().toMillis() + 999) / 1000);
    }

    static String throttledMessage(Login.Throttled throttled) {
        return "Too many failed logins for this user. Try again in " + retryAfterSeconds(throttled) + " seconds.";
    }

    private static void error(HttpServletResponse response, int status, String messageKey, String message,
            Object... params) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(Json.gson().toJson(ErrorBody.message(messageKey, message, params)));
    }

    private static boolean startsWithIgnoreCase(String text, String prefix) {
        return text != null && text.regionMatches(true, 0, prefix, 0, prefix.length());
    }
}
