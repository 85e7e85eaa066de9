package org.saleskpi.jira.page;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.saleskpi.web.page.Pages;

/**
 * A servlet of the app's pages inside Jira: every answer carries the standalone pages' security headers (without the
 * Content-Security-Policy, which would block the inline scripts of Jira's own decorator), and the pages only
 * read (changes go through the REST API), so anything but GET and HEAD is 405 with the methods it allows.
 */
public abstract class ReadOnlyPageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected final void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Pages.RESPONSE_HEADERS.forEach(response::setHeader);
        String method = request.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method)) {
            super.service(request, response);
            return;
        }
        response.setHeader("Allow", "GET, HEAD");
        response.sendError(405);
    }
}
