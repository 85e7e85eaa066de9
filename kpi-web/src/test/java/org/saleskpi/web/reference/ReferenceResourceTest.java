package org.saleskpi.web.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.saleskpi.web.ApiServer;
import org.saleskpi.web.SalesBook;

/** The KPI reference over HTTP: where GET /kpis points each KPI, and what that address answers. */
class ReferenceResourceTest {
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
    void everyKpiOfTheCatalogPointsAtASectionThatTheServerAnswers() {
        ApiServer.Answer catalog = api.get("adam", "/kpis");
        assertThat(catalog.status()).isEqualTo(200);
        ApiServer.Answer page = api.get("adam", "/reference/kpis");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html").containsIgnoringCase("charset=utf-8");
        assertThat(page.text()).startsWith("<!DOCTYPE html>").contains("<title>KPI reference - Sales KPI</title>");
        for (JsonElement element : catalog.json().getAsJsonArray()) {
            JsonObject kpi = element.getAsJsonObject();
            String reference = kpi.get("reference").getAsString();
            assertThat(reference).isEqualTo("/reference/kpis#" + kpi.get("key").getAsString());
            String anchor = reference.substring(reference.indexOf('#') + 1);
            assertThat(page.text()).as(reference).contains("<h2 id=\"" + anchor + "\">");
        }
    }

    @Test
    void theReferenceNeedsNoUserAndHoldsNoData() {
        ApiServer.Answer anonymous = api.get(null, "/reference/kpis");
        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(anonymous.header("Cache-Control")).isEqualTo("public, max-age=3600");
    }

    @Test
    void onlyTheBundledDocumentsAreServed() {
        assertThat(api.get("adam", "/reference/no-such-document").status()).isEqualTo(404);
        assertThat(api.get("adam", "/reference/KPIS").status()).isEqualTo(404);
        // An encoded way out of the folder is refused, by the servlet container (400) or by the name rule (404).
        ApiServer.Answer escape = api.get("adam", "/reference/..%2F..%2Fpom");
        assertThat(escape.status()).isIn(400, 404);
        assertThat(escape.text()).doesNotContain("<project");
    }
}
