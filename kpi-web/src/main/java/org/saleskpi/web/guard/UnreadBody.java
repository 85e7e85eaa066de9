package org.saleskpi.web.guard;

import java.io.IOException;
import java.io.InputStream;

/**
 * The body of a request refused before anything read it (a 429, a 503, a 401), read to its end and thrown away so
 * the connection stays usable for the client's next request. Jetty cannot wait for a body nobody reads: when the
 * answer is done before the body arrived it closes the connection, and a client that already sent its next request
 * on it gets no answer at all (jetty/jetty.project issues 2502 and 6866: "always read the content on the server").
 * A body longer than {@link #MAX_DISCARDED} is not waited for: the refusal then says {@code Connection: close}, so
 * the client opens a new connection instead of losing a request (RFC 9112, section 9.6).
 */
public final class UnreadBody {
    /** Small JSON bodies are read; an upload is refused without reading megabytes of it. */
    public static final int MAX_DISCARDED = 256 * 1024;
    /** The header and value that tell the client this connection closes after the answer. */
    public static final String CONNECTION = "Connection";
    public static final String CLOSE = "close";

    private UnreadBody() {
    }

    /**
     * Reads and drops what is left of {@code body}, at most {@link #MAX_DISCARDED} bytes.
     *
     * @return whether the body was read to its end: when false, answer with {@code Connection: close}
     */
    public static boolean discard(InputStream body) {
        byte[] buffer = new byte[8192];
        long left = MAX_DISCARDED;
        try {
            while (left >= 0) {
                int read = body.read(buffer, 0, (int) Math.min(buffer.length, left + 1));
                if (read < 0) {
                    return true;
                }
                left -= read;
            }
            return false;
        } catch (IOException e) {
            // The client went away or the body broke off: this connection is done either way.
            return false;
        }
    }
}
