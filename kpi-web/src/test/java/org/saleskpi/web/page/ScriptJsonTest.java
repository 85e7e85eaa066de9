package org.saleskpi.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.reflect.TypeToken;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.saleskpi.web.json.Json;

class ScriptJsonTest {
    @Test
    void dataCannotCloseTheScriptElementYetReadsBackUnchanged() {
        Map<String, String> data = Map.of("name", "</script><script>alert(1)</script><!-- & \u2028\u2029 'x' \"y\"");

        String json = ScriptJson.of(data);

        assertThat(json).doesNotContain("<", ">", "&", "\u2028", "\u2029")
                .contains("\\u003c/script\\u003e", "\\u0026", "\\u2028", "\\u2029");
        Map<String, String> back = Json.gson().fromJson(json, new TypeToken<Map<String, String>>() { }.getType());
        assertThat(back).isEqualTo(data);
    }
}
