package org.saleskpi.server.host;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.saleskpi.web.error.DatabaseUnreachable;
import org.saleskpi.web.error.ErrorMappers;
import org.saleskpi.web.json.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * In front of everything, so that a request failing because the database cannot be reached (the sign-in check,
 * a page) is answered as the REST resources answer it: 503 with Retry-After and a JSON message, never Jetty's 500
 * page with a stack trace. The pool gives a connection again once the database is back: nothing to restart.
 */
public final class DatabaseOutageFilter implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseOutageFilter.class);

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException,
            ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!DatabaseUnreachable.in(e) || response.isCommitted()) {
                throw e;
            }
            LOG.warn("The database cannot be reached: {}", e.toString());
            HttpServletResponse http = (HttpServletResponse) response;
            http.resetBuffer();
            UnreadServletBody.discard(request, http);
            http.setStatus(503);
            http.setHeader("Retry-After", String.valueOf(ErrorMappers.Unexpected.DATABASE_RETRY_SECONDS));
            http.setContentType("application/json;charset=UTF-8");
            http.getWriter().write(Json.gson().toJson(ErrorMappers.databaseUnreachable()));
        }
    }
}
