package org.saleskpi.web.json;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import org.saleskpi.core.validation.InvalidInputException;

/**
 * JSON in and out through {@link Json}. Request bodies are read as a tree ({@link JsonElement}) so
 * that resources check each field and name it in their errors; a body that is not JSON at all is
 * a 400 naming {@code body}. Bodies larger than {@link #MAX_BODY_CHARS} are refused.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class GsonProvider implements MessageBodyReader<Object>, MessageBodyWriter<Object> {
    /** A goal with many targets is a few kilobytes; a megabyte of JSON is a mistake or an attack. */
    public static final int MAX_BODY_CHARS = 1 << 20;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return JsonElement.class.isAssignableFrom(type);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        Reader reader = new LimitedReader(new InputStreamReader(entityStream, StandardCharsets.UTF_8), MAX_BODY_CHARS);
        try {
            JsonElement element = JsonParser.parseReader(reader);
            if (element.isJsonNull()) {
                throw InvalidInputException.of("body", "saleskpi.error.body.missing", "The request needs a JSON body.");
            }
            return element;
        } catch (JsonParseException | LimitedReader.TooLong e) {
            throw InvalidInputException.of("body", "saleskpi.error.body.malformed",
                    e instanceof LimitedReader.TooLong ? "The request body is larger than 1 MiB."
                            : "The request body is not valid JSON.");
        }
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return true;
    }

    @Override
    public void writeTo(Object value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> httpHeaders, OutputStream entityStream) throws IOException,
            WebApplicationException {
        // Buffered: Gson writes every name, value and punctuation mark on its own, and the encoder below wraps each
        // write in a new buffer object; one write per 8 KiB of text instead (a third of a gadget answer's garbage),
        // and no lock per write (ADR 0053).
        Writer writer = new ResponseWriter(entityStream);
        Json.gson().toJson(value, value instanceof JsonElement ? JsonElement.class : genericType, writer);
        writer.flush();
    }

    /** A reader that fails once more than {@code limit} characters have been read. */
    private static final class LimitedReader extends java.io.FilterReader {
        private final long limit;
        private long read;

        LimitedReader(Reader in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            count(c < 0 ? 0 : 1);
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw new TooLong();
            }
        }

        static final class TooLong extends RuntimeException {
            private static final long serialVersionUID = 1L;
        }
    }
}
