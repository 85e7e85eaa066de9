package org.saleskpi.server.host;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.saleskpi.web.guard.UnreadBody;

/** {@link UnreadBody} for the servlet filters that refuse a request before a resource reads it. */
public final class UnreadServletBody {
    private UnreadServletBody() {
    }

    /**
     * Reads and drops the request's unread body before a refusal is written, or marks the answer
     * {@code Connection: close} when the body is too long to wait for or cannot be read any more.
     */
    public static void discard(ServletRequest request, HttpServletResponse response) {
        boolean read;
        try {
            read = UnreadBody.discard(request.getInputStream());
        } catch (IOException | IllegalStateException e) { // the resource took the body as a reader
            read = false;
        }
        if (!read) {
            response.setHeader(UnreadBody.CONNECTION, UnreadBody.CLOSE);
        }
    }
}
