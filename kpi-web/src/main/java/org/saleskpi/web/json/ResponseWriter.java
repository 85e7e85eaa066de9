package org.saleskpi.web.json;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * The text of one response, buffered and written on as UTF-8 in blocks of {@link #BLOCK} characters. Gson writes every
 * name, value and escape on its own, hundreds of thousands of writes for a long drill-down; one thread writes a
 * response, so unlike {@link java.io.BufferedWriter} no write takes a lock.
 */
final class ResponseWriter extends Writer {
    static final int BLOCK = 8192;

    private final Writer encoder;
    private final char[] buffer = new char[BLOCK];
    private int used;

    ResponseWriter(OutputStream out) {
        // The encoder keeps a surrogate pair's first half that ends a block until the next one.
        this.encoder = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    }

    @Override
    public void write(int c) throws IOException {
        if (used == BLOCK) {
            drain();
        }
        buffer[used++] = (char) c;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        while (length > 0) {
            if (used == BLOCK) {
                drain();
            }
            int n = Math.min(length, BLOCK - used);
            System.arraycopy(chars, offset, buffer, used, n);
            used += n;
            offset += n;
            length -= n;
        }
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        while (length > 0) {
            if (used == BLOCK) {
                drain();
            }
            int n = Math.min(length, BLOCK - used);
            text.getChars(offset, offset + n, buffer, used);
            used += n;
            offset += n;
            length -= n;
        }
    }

    @Override
    public void flush() throws IOException {
        drain();
        encoder.flush();
    }

    @Override
    public void close() throws IOException {
        flush();
        encoder.close();
    }

    private void drain() throws IOException {
        if (used > 0) {
            encoder.write(buffer, 0, used);
            used = 0;
        }
    }
}
