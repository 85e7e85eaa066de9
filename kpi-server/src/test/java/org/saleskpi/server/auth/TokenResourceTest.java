package org.saleskpi.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TokenResourceTest {
    private static AuthTestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = AuthTestServer.start();
        server.user("kim", "kim-secret-1");
        server.user("lou", "lou-secret-1");
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void theTokenIsShownOnceAndOnlyItsHashIsStored() {
        AuthTestServer.Answer created = server.call("POST", "/tokens").basic("kim", "kim-secret-1")
                .json("{\"name\":\"export\"}").send();
        String token = created.field("token");

        AuthTestServer.Answer listed = server.call("GET", "/tokens").basic("kim", "kim-secret-1").send();

        assertThat(created.status()).isEqualTo(201);
        assertThat(token).startsWith(AccessTokens.PREFIX);
        assertThat(listed.text()).contains("\"export\"").doesNotContain(token);
        assertThat(listed.json().getAsJsonArray().get(0).getAsJsonObject().get("token").isJsonNull()).isTrue();
        assertThat(server.column("SELECT TOKEN_HASH FROM AO_489536_ACCESS_TOKEN"))
                .contains(Secrets.sha256(token)).doesNotContain(token);
    }

    @Test
    void usingATokenRecordsWhenItWasLastUsed() {
        String token = server.call("POST", "/tokens").basic("kim", "kim-secret-1").json("{\"name\":\"bi\"}").send()
                .field("token");

        server.call("GET", "/session").bearer(token).send();

        assertThat(server.auth().tokens().of("kim")).filteredOn(t -> t.name().equals("bi")).singleElement()
                .satisfies(t -> assertThat(t.lastUsed()).isEqualTo(server.clock().instant()));
    }

    @Test
    void someoneElsesTokenIsNotFoundButAGlobalAdminMayRevokeIt() {
        AuthTestServer.Answer created = server.call("POST", "/tokens").basic("kim", "kim-secret-1")
                .json("{\"name\":\"sync\"}").send();
        String id = created.field("id");

        AuthTestServer.Answer byLou = server.call("DELETE", "/tokens/" + id).basic("lou", "lou-secret-1").send();
        boolean revokedAfterLou = server.auth().tokens().get(Long.parseLong(id)).orElseThrow().revoked();
        AuthTestServer.Answer byRoot = server.call("DELETE", "/tokens/" + id)
                .basic("root", AuthTestServer.ROOT_PASSWORD).send();

        assertThat(byLou.status()).isEqualTo(404);
        assertThat(revokedAfterLou).isFalse();
        assertThat(byRoot.status()).isEqualTo(204);
        assertThat(server.call("GET", "/session").bearer(created.field("token")).send().status()).isEqualTo(401);
    }

    @Test
    void aGlobalAdminListsSomeoneElsesTokensOthersMayNot() {
        server.call("POST", "/tokens").basic("lou", "lou-secret-1").json("{\"name\":\"lou-report\"}").send();

        AuthTestServer.Answer byRoot = server.call("GET", "/tokens?user=LOU")
                .basic("root", AuthTestServer.ROOT_PASSWORD).send();
        AuthTestServer.Answer byKim = server.call("GET", "/tokens?user=lou").basic("kim", "kim-secret-1").send();
        AuthTestServer.Answer ownByName = server.call("GET", "/tokens?user=lou").basic("lou", "lou-secret-1").send();
        AuthTestServer.Answer nobody = server.call("GET", "/tokens?user=nobody")
                .basic("root", AuthTestServer.ROOT_PASSWORD).send();

        assertThat(byRoot.status()).isEqualTo(200);
        assertThat(byRoot.text()).contains("\"lou-report\"");
        assertThat(byRoot.json().getAsJsonArray()).allSatisfy(t -> assertThat(t.getAsJsonObject().get("token").isJsonNull())
                .isTrue());
        assertThat(byRoot.json().getAsJsonArray()).hasSameSizeAs(server.auth().tokens().of("lou"));
        assertThat(byKim.status()).isEqualTo(403);
        assertThat(ownByName.text()).contains("\"lou-report\"");
        assertThat(nobody.status()).isEqualTo(404);
    }

    @Test
    void aTokenNeedsAName() {
        int before = server.column("SELECT ID FROM AO_489536_ACCESS_TOKEN").size();

        AuthTestServer.Answer answer = server.call("POST", "/tokens").basic("lou", "lou-secret-1")
                .json("{\"name\":\" \"}").send();

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.errorFields()).containsExactly("name");
        assertThat(server.column("SELECT ID FROM AO_489536_ACCESS_TOKEN")).hasSize(before);
    }

    @Test
    void anonymousCallersHaveNoTokens() {
        assertThat(server.call("GET", "/tokens").send().status()).isEqualTo(401);
    }
}
