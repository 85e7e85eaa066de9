package org.saleskpi.web.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A response's text reaches the client as its UTF-8 bytes, however Gson's writes fall across the blocks. */
class ResponseWriterTest {

    @Test
    void writesTheUtf8OfEveryCharacterAcrossBlocks() throws IOException {
        // Keys, quotes Gson escapes, Japanese text and an emoji (a surrogate pair), in runs that end anywhere in a block.
        String[] parts = {"\"SALES-1\", ", "営業目標", "\uD83D\uDCC8", "a", "\\", "é"};
        Random random = new Random(53);
        StringBuilder expected = new StringBuilder();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ResponseWriter writer = new ResponseWriter(bytes);
        while (expected.length() < ResponseWriter.BLOCK * 5) {
            String part = parts[random.nextInt(parts.length)];
            switch (random.nextInt(3)) {
                case 0 -> writer.write(part);
                case 1 -> writer.write(part.toCharArray(), 0, part.length());
                default -> {
                    for (char c : part.toCharArray()) {
                        writer.write(c);
                    }
                }
            }
            expected.append(part);
        }
        writer.flush();

        assertThat(bytes.toByteArray()).isEqualTo(expected.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void gsonWritesThroughItAsItWritesToAString() throws IOException {
        JsonObject answer = new JsonObject();
        answer.addProperty("jql", "(project = SALES) AND (key in (\"SALES-1\", \"SALES-2\"))".repeat(500));
        answer.addProperty("displayName", "山田 太郎 \uD83D\uDCC8");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ResponseWriter writer = new ResponseWriter(bytes);

        Json.gson().toJson(answer, writer);
        writer.flush();

        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(Json.gson().toJson(answer));
    }
}
