package org.saleskpi.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.saleskpi.web.ApiServer;
import org.saleskpi.web.SalesBook;

class PickerResourceTest {
    private static ApiServer api;

    @BeforeAll
    static void start() throws Exception {
        api = SalesBook.start();
    }

    @AfterAll
    static void stop() throws Exception {
        api.close();
    }

    @Test
    void fieldsCarryIdNameAndType() {
        JsonArray fields = api.get("vera", "/fields").json().getAsJsonArray();

        JsonObject amount = fields.get(0).getAsJsonObject();
        assertThat(amount.get("id").getAsString()).isEqualTo(SalesBook.AMOUNT);
        assertThat(amount.get("name").getAsString()).isEqualTo("Amount");
        assertThat(amount.get("type").getAsString()).isEqualTo("number");
    }

    @Test
    void statusesTypesAndProjectsAreThoseTheCallerMaySee() {
        assertThat(texts(api.get("vera", "/projects").json().getAsJsonArray())).containsExactly("SALES");
        assertThat(texts(api.get("oscar", "/projects").json().getAsJsonArray())).containsExactly("OTHER");
        assertThat(texts(api.get("oscar", "/issuetypes").json().getAsJsonArray()))
                .containsExactly("Lead", "Opportunity");
        assertThat(texts(api.get("vera", "/statuses").json().getAsJsonArray()))
                .contains("Won", "Lost", "Converted", "Churned");
    }

    @Test
    void usersAreSearchedWithinTheLimit() {
        JsonArray found = api.get("vera", "/users?query=bob").json().getAsJsonArray();
        assertThat(found).hasSize(1);
        assertThat(found.get(0).getAsJsonObject().get("displayName").getAsString()).isEqualTo("Bob Brown");
        assertThat(api.get("vera", "/users?query=a&limit=2").json().getAsJsonArray()).hasSize(2);

        ApiServer.Answer tooMany = api.get("vera", "/users?query=a&limit=101");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.errorFields()).containsExactly("limit");
        assertThat(api.get(null, "/users?query=a").status()).isEqualTo(401);
    }

    private static List<String> texts(JsonArray array) {
        List<String> texts = new ArrayList<>();
        array.forEach(e -> texts.add(e.getAsString()));
        return texts;
    }
}
