package org.saleskpi.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * What a fuzz test asks of every answer, whatever it sent: never a server error, and a refusal that reads as one
 * (JSON naming what is wrong) with no stack trace in it.
 */
final class ClearAnswers {

    private ClearAnswers() {
    }

    static void assertClear(String request, Answer answer) {
        assertThat(answer.status()).as("%s answered %s", request, answer).isBetween(200, 499);
        assertThat(answer.body()).as("%s answered %s", request, answer)
                .doesNotContain("Exception", "\tat ", "at org.", "at java.");
        if (answer.status() == 400) {
            assertThat(isJsonObject(answer.body())).as("%s refused without a JSON body: %s", request, answer).isTrue();
        }
    }

    private static boolean isJsonObject(String body) {
        try {
            JsonElement json = JsonParser.parseString(body);
            return json.isJsonObject();
        } catch (JsonParseException e) {
            return false;
        }
    }
}
