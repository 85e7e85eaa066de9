package org.saleskpi.web.profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.util.List;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.saleskpi.web.ApiServer;
import org.saleskpi.web.SalesBook;

class ProfileResourceTest {
    private static ApiServer api;

    @BeforeAll
    static void start() throws Exception {
        api = SalesBook.start();
    }

    @AfterAll
    static void stop() throws Exception {
        api.close();
    }

    private static JsonObject body(String name) {
        return JsonParser.parseString(SalesBook.profileJson(name, "SALES", "project = SALES")).getAsJsonObject();
    }

    private static int count(String project) {
        return api.get("adam", "/profiles?project=" + project).json().getAsJsonArray().size();
    }

    @Test
    void aProfileIsCreatedReadUpdatedWithItsVersionAndDeleted() {
        ApiServer.Answer created = api.post("adam", "/profiles", body("Pipeline").toString());
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        JsonObject profile = created.json().getAsJsonObject();
        long id = profile.get("id").getAsLong();
        assertThat(profile.get("name").getAsString()).isEqualTo("Pipeline");
        assertThat(profile.get("project").getAsString()).isEqualTo("SALES");
        assertThat(profile.getAsJsonObject("fields").get("amount").getAsString()).isEqualTo(SalesBook.AMOUNT);
        assertThat(profile.getAsJsonObject("fields").get("closeDate").isJsonNull()).isTrue();
        assertThat(profile.get("rep").getAsString()).isEqualTo("assignee");
        assertThat(profile.get("timeZone").getAsString()).isEqualTo("UTC");

        JsonObject read = api.get("vera", "/profiles/" + id).json().getAsJsonObject();
        assertThat(read).isEqualTo(profile);

        JsonObject change = read.deepCopy();
        change.addProperty("name", "Pipeline (EMEA)");
        change.addProperty("timeZone", "Europe/Berlin");
        change.addProperty("rep", SalesBook.CLOSER);
        ApiServer.Answer updated = api.put("adam", "/profiles/" + id, change.toString());
        assertThat(updated.status()).as(updated.text()).isEqualTo(200);
        JsonObject now = updated.json().getAsJsonObject();
        assertThat(now.get("name").getAsString()).isEqualTo("Pipeline (EMEA)");
        assertThat(now.get("timeZone").getAsString()).isEqualTo("Europe/Berlin");
        assertThat(now.get("rep").getAsString()).isEqualTo(SalesBook.CLOSER);
        assertThat(now.get("version").getAsLong()).isGreaterThan(read.get("version").getAsLong());

        ApiServer.Answer stale = api.put("adam", "/profiles/" + id, change.toString());
        assertThat(stale.status()).isEqualTo(409);
        assertThat(api.get("adam", "/profiles/" + id).json().getAsJsonObject()).isEqualTo(now);

        assertThat(api.delete("adam", "/profiles/" + id).status()).isEqualTo(204);
        assertThat(api.get("adam", "/profiles/" + id).status()).isEqualTo(404);
    }

    @Test
    void onlyProjectAdministratorsWriteAndOnlyBrowsersRead() {
        ApiServer.Answer viewer = api.post("vera", "/profiles", body("Mine").toString());
        assertThat(viewer.status()).isEqualTo(403);
        ApiServer.Answer stranger = api.post("oscar", "/profiles", body("Mine").toString());
        assertThat(stranger.status()).isEqualTo(404);
        long id = api.post("adam", "/profiles", body("Shared").toString()).json().getAsJsonObject().get("id").getAsLong();
        assertThat(api.delete("vera", "/profiles/" + id).status()).isEqualTo(403);
        assertThat(api.get("oscar", "/profiles/" + id).status()).isEqualTo(404);
        assertThat(api.get("oscar", "/profiles?project=SALES").status()).isEqualTo(404);
        assertThat(api.get("oscar", "/profiles").json().getAsJsonArray()).isEmpty();
        assertThat(api.get(null, "/profiles").status()).isEqualTo(401);
        assertThat(api.delete("adam", "/profiles/" + id).status()).isEqualTo(204);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "{\"name\": |body",
        "[1, 2] |body",
        "{\"name\":42} |name",
        "{\"name\":\"\"} |name",
        "{\"dealTypes\":\"Opportunity\"} |dealTypes",
        "{\"dealTypes\":[]} |dealTypes",
        "{\"wonStatuses\":[\"Won\", 7]} |wonStatuses[1]",
        "{\"lostStatuses\":[\"Won\"]} |lostStatuses",
        "{\"fields\":{\"amount\":\"customfield_99999\"}} |fields.amount",
        "{\"fields\":{\"amount\":\"customfield_10020\"}} |fields.amount",
        "{\"fields\":{\"amount\":\"customfield_10010\",\"closeDate\":\"customfield_404\"}} |fields.closeDate",
        "{\"fields\":42} |fields",
        "{\"rep\":\"reporter\"} |rep",
        "{\"currency\":\"EURO\"} |currency",
        "{\"timeZone\":\"Mars/Olympus\"} |timeZone",
        "{\"fiscalYearStartMonth\":13} |fiscalYearStartMonth",
        "{\"fiscalYearStartMonth\":\"1\"} |fiscalYearStartMonth",
        "{\"weekStart\":\"FUNDAY\"} |weekStart",
        "{\"staleDays\":0} |staleDays",
        "{\"stages\":\"Proposal\"} |stages",
        "{\"stages\":[{\"status\":\"Proposal\",\"probability\":0.4},{\"status\":\"Deal\",\"probability\":1.5}]} |stages[1].probability",
        "{\"stages\":[{\"status\":\"Proposal\",\"probability\":\"40%\"}]} |stages[0].probability",
        "{\"stages\":[{\"status\":\"Proposal\",\"probability\":0.1234567}]} |stages[0].probability",
        "{\"stages\":[{\"status\":\"Proposal\",\"probability\":1E-1000000}]} |stages[0].probability",
        "{\"stages\":[{\"probability\":0.4}]} |stages[0].status",
        "{\"stages\":[\"Proposal\"]} |stages[0]",
        "{\"stages\":[{\"status\":\"Won\"}]} |stages",
        "{\"stages\":[{\"status\":\"Proposal\"},{\"status\":\"Proposal\"}]} |stages",
        "{\"probabilityField\":\"customfield_10050\"} |probabilityField",
        "{\"probabilityField\":\"customfield_10010\"} |probabilityField",
        "{\"probabilityField\":7} |probabilityField",
        "{\"forecastCategoryField\":\"customfield_10030\"} |forecastCategoryField",
        "{\"forecastCategoryField\":\"customfield_404\"} |forecastCategoryField",
        "{\"forecastCategoryField\":\"customfield_10050\",\"forecastCategories\":{\"Upside\":\"maybe\"}} |forecastCategories.Upside",
        "{\"forecastCategoryField\":\"customfield_10050\",\"forecastCategories\":[\"commit\"]} |forecastCategories",
        "{\"forecastCategories\":{\"Upside\":\"commit\"}} |forecastCategories"
    })
    void invalidBodiesAreRejectedNamingTheFieldAndNothingIsWritten(String patch, String field) {
        int before = count("SALES");
        String json;
        if (patch.startsWith("{\"") && !patch.equals("{\"name\":")) {
            JsonObject body = body("Broken");
            JsonParser.parseString(patch).getAsJsonObject().entrySet()
                    .forEach(e -> body.add(e.getKey(), e.getValue()));
            json = body.toString();
        } else {
            json = patch;
        }

        ApiServer.Answer answer = api.post("adam", "/profiles", json);

        assertThat(answer.status()).as(answer.text()).isEqualTo(400);
        assertThat(answer.errorFields()).contains(field);
        assertThat(count("SALES")).isEqualTo(before);
    }

    @Test
    void pipelineSettingsAreSavedInTheirOrderAndReadBack() {
        JsonObject body = body("Stages");
        body.add("stages", JsonParser.parseString("[{\"status\":\"Proposal\",\"probability\":0.35},"
                + "{\"status\":\"Negotiation\",\"probability\":null},{\"status\":\"Commit 🚀\",\"probability\":0.9}]"));
        body.addProperty("probabilityField", SalesBook.COST);
        body.addProperty("forecastCategoryField", SalesBook.REGION);
        body.add("forecastCategories", JsonParser.parseString("{\"EMEA\":\"best-case\",\"APAC\":\"omitted\"}"));

        ApiServer.Answer created = api.post("adam", "/profiles", body.toString());

        assertThat(created.status()).as(created.text()).isEqualTo(201);
        JsonObject profile = created.json().getAsJsonObject();
        assertThat(profile.get("stages")).isEqualTo(JsonParser.parseString("[{\"status\":\"Proposal\",\"probability\":0.35},"
                + "{\"status\":\"Negotiation\",\"probability\":null},{\"status\":\"Commit 🚀\",\"probability\":0.9}]"));
        assertThat(profile.get("probabilityField").getAsString()).isEqualTo(SalesBook.COST);
        assertThat(profile.get("forecastCategoryField").getAsString()).isEqualTo(SalesBook.REGION);
        assertThat(profile.get("forecastCategories"))
                .isEqualTo(JsonParser.parseString("{\"EMEA\":\"best-case\",\"APAC\":\"omitted\"}"));
        long id = profile.get("id").getAsLong();
        assertThat(api.get("vera", "/profiles/" + id).json().getAsJsonObject()).isEqualTo(profile);

        // A bad stage in an update names the stage and changes nothing, the other stages included.
        JsonObject bad = profile.deepCopy();
        bad.add("stages", JsonParser.parseString("[{\"status\":\"Proposal\",\"probability\":0.2},"
                + "{\"status\":\"Closing\",\"probability\":-0.1}]"));
        ApiServer.Answer refused = api.put("adam", "/profiles/" + id, bad.toString());
        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("stages[1].probability");
        assertThat(api.get("adam", "/profiles/" + id).json().getAsJsonObject()).isEqualTo(profile);
        assertThat(api.delete("adam", "/profiles/" + id).status()).isEqualTo(204);
    }

    @Test
    void aClientThatSendsNoPipelineMembersCreatesNoneAndKeepsTheStoredOnes() {
        JsonObject created = api.post("adam", "/profiles", body("Old client").toString()).json().getAsJsonObject();
        assertThat(created.get("stages")).isEqualTo(new com.google.gson.JsonArray());
        assertThat(created.get("probabilityField").isJsonNull()).isTrue();
        assertThat(created.get("forecastCategoryField").isJsonNull()).isTrue();
        assertThat(created.get("forecastCategories")).isEqualTo(new JsonObject());
        long id = created.get("id").getAsLong();
        JsonObject withStages = created.deepCopy();
        withStages.add("stages", JsonParser.parseString("[{\"status\":\"Proposal\",\"probability\":0.4}]"));
        withStages.addProperty("probabilityField", SalesBook.COST);
        JsonObject stored = api.put("adam", "/profiles/" + id, withStages.toString()).json().getAsJsonObject();

        // What a client written before the pipeline settings sends: every member it knows, none of these.
        JsonObject old = stored.deepCopy();
        List.of("stages", "probabilityField", "forecastCategoryField", "forecastCategories").forEach(old::remove);
        old.addProperty("name", "Old client, renamed");
        JsonObject renamed = api.put("adam", "/profiles/" + id, old.toString()).json().getAsJsonObject();
        assertThat(renamed.get("name").getAsString()).isEqualTo("Old client, renamed");
        assertThat(renamed.get("stages")).isEqualTo(stored.get("stages"));
        assertThat(renamed.get("probabilityField").getAsString()).isEqualTo(SalesBook.COST);

        // Null clears.
        JsonObject cleared = renamed.deepCopy();
        cleared.add("stages", com.google.gson.JsonNull.INSTANCE);
        cleared.add("probabilityField", com.google.gson.JsonNull.INSTANCE);
        JsonObject none = api.put("adam", "/profiles/" + id, cleared.toString()).json().getAsJsonObject();
        assertThat(none.get("stages")).isEqualTo(new com.google.gson.JsonArray());
        assertThat(none.get("probabilityField").isJsonNull()).isTrue();
        assertThat(api.delete("adam", "/profiles/" + id).status()).isEqualTo(204);
    }

    @Test
    void oversizeTextsAreRefusedNotCut() {
        int before = count("SALES");
        JsonObject body = body("x".repeat(256));
        body.add("leadTypes", JsonParser.parseString("[\"" + "L".repeat(256) + "\"]"));

        ApiServer.Answer answer = api.post("adam", "/profiles", body.toString());

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.errorFields()).containsExactlyInAnyOrder("name", "leadTypes[0]");
        assertThat(count("SALES")).isEqualTo(before);
    }

    @Test
    void anUpdateNeedsTheVersionAndKeepsTheProject() {
        JsonObject created = api.post("adam", "/profiles", body("Versioned").toString()).json().getAsJsonObject();
        long id = created.get("id").getAsLong();
        JsonObject withoutVersion = created.deepCopy();
        withoutVersion.remove("version");
        withoutVersion.addProperty("name", "Renamed");

        ApiServer.Answer missing = api.put("adam", "/profiles/" + id, withoutVersion.toString());
        JsonObject moved = created.deepCopy();
        moved.addProperty("project", "OTHER");
        ApiServer.Answer move = api.put("adam", "/profiles/" + id, moved.toString());
        ApiServer.Answer badField = api.put("adam", "/profiles/" + id,
                created.deepCopy().toString().replace(SalesBook.ACCOUNT, "customfield_123"));

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.errorFields()).containsExactly("version");
        assertThat(move.status()).isEqualTo(400);
        assertThat(move.errorFields()).containsExactly("project");
        assertThat(badField.status()).isEqualTo(400);
        assertThat(badField.errorFields()).containsExactly("fields.customer");
        assertThat(api.get("adam", "/profiles/" + id).json().getAsJsonObject()).isEqualTo(created);
    }

    @Test
    void aCheckSavesNothingAndTakesTheFieldsAnImportWillCreate() {
        int before = count("SALES");
        JsonObject body = body("Offered");
        body.getAsJsonObject("fields").addProperty("amount", "to-come:Deal size");
        ApiServer.Answer unknown = api.post("adam", "/profiles/checks", body.toString());
        assertThat(unknown.status()).as(unknown.text()).isEqualTo(400);
        assertThat(unknown.text()).contains("fields.amount");

        body.add("fieldsToCome", JsonParser.parseString(
                "[{\"id\":\"to-come:Deal size\",\"name\":\"Deal size\",\"type\":\"NUMBER\"}]"));
        ApiServer.Answer good = api.post("adam", "/profiles/checks", body.toString());
        assertThat(good.status()).as(good.text()).isEqualTo(204);

        body.addProperty("currency", "");
        ApiServer.Answer noCurrency = api.post("adam", "/profiles/checks", body.toString());
        assertThat(noCurrency.status()).isEqualTo(400);
        assertThat(noCurrency.text()).contains("\"currency\"", "saleskpi.profile.currency.invalid")
                .doesNotContain("fields.amount");
        assertThat(api.post("vera", "/profiles/checks", body.toString()).status()).isEqualTo(403);
        assertThat(count("SALES")).isEqualTo(before);
    }
}
