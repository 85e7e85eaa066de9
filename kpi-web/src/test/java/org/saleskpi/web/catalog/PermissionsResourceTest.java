package org.saleskpi.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.saleskpi.web.ApiServer;
import org.saleskpi.web.SalesBook;

class PermissionsResourceTest {
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
    void anAdministratorMayEditGoalsAndAdministerTheProject() {
        JsonObject adam = api.get("adam", "/projects/SALES/permissions").json().getAsJsonObject();

        assertThat(adam.get("project").getAsString()).isEqualTo("SALES");
        assertThat(adam.get("browse").getAsBoolean()).isTrue();
        assertThat(adam.get("editGoals").getAsBoolean()).isTrue();
        assertThat(adam.get("administer").getAsBoolean()).isTrue();
    }

    @Test
    void aViewerMayOnlyBrowse() {
        JsonObject vera = api.get("vera", "/projects/SALES/permissions").json().getAsJsonObject();

        assertThat(vera.get("browse").getAsBoolean()).isTrue();
        assertThat(vera.get("editGoals").getAsBoolean()).isFalse();
        assertThat(vera.get("administer").getAsBoolean()).isFalse();
    }

    @Test
    void aProjectTheCallerMayNotSeeIsNotFoundLikeOneThatDoesNotExist() {
        ApiServer.Answer hidden = api.get("oscar", "/projects/SALES/permissions");
        ApiServer.Answer missing = api.get("oscar", "/projects/NOPE/permissions");

        assertThat(hidden.status()).isEqualTo(404);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(hidden.text()).isEqualTo(missing.text());
    }
}
