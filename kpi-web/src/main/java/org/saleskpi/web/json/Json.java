package org.saleskpi.web.json;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The one Gson of the API: nulls written out (clients see every field), dates as ISO-8601 text,
 * numbers exactly as the BigDecimals the engine computed.
 */
public final class Json {
    private static final Gson GSON = new GsonBuilder()
            .serializeNulls()
            .disableHtmlEscaping()
            .registerTypeAdapter(LocalDate.class, new IsoText<>(LocalDate::parse).nullSafe())
            .registerTypeAdapter(Instant.class, new IsoText<>(Instant::parse).nullSafe())
            .create();

    private Json() {
    }

    public static Gson gson() {
        return GSON;
    }

    private static final class IsoText<T> extends TypeAdapter<T> {
        private final java.util.function.Function<String, T> parse;

        IsoText(java.util.function.Function<String, T> parse) {
            this.parse = parse;
        }

        @Override
        public void write(JsonWriter out, T value) throws IOException {
            out.value(value.toString());
        }

        @Override
        public T read(JsonReader in) throws IOException {
            if (in.peek() != JsonToken.STRING) {
                throw new com.google.gson.JsonSyntaxException("expected an ISO-8601 text at " + in.getPath());
            }
            return parse.apply(in.nextString());
        }
    }
}
