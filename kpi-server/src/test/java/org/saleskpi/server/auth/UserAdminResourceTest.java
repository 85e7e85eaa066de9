package org.saleskpi.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class UserAdminResourceTest {
    private static AuthTestServer server;
    private static String root;

    @BeforeAll
    static void start() throws Exception {
        server = AuthTestServer.start();
        root = server.signIn("root", AuthTestServer.ROOT_PASSWORD);
        server.user("nina", "nina-secret-1");
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void aGlobalAdminCreatesAUserWhoCanThenSignIn() {
        AuthTestServer.Answer created = asRoot("POST", "/users",
                "{\"username\":\"Paul.Berg\",\"password\":\"paul-secret-1\",\"displayName\":\"Paul Berg\"}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.field("key")).isEqualTo("paul.berg");
        assertThat(created.field("displayName")).isEqualTo("Paul Berg");
        assertThat(created.json().getAsJsonObject().get("globalAdmin").getAsBoolean()).isFalse();
        assertThat(server.call("GET", "/session").basic("paul.berg", "paul-secret-1").send().status()).isEqualTo(200);
    }

    @Test
    void thePasswordIsStoredAsABcryptHashNeverInClear() {
        asRoot("POST", "/users", "{\"username\":\"clara\",\"password\":\"clara-secret-1\"}");

        List<String> hashes = server.column("SELECT PASSWORD_HASH FROM AO_489536_USER WHERE USER_KEY = 'clara'");

        assertThat(hashes).singleElement().asString().startsWith("$2a$10$").doesNotContain("clara-secret-1");
    }

    @Test
    void aUsernameIsTakenInAnyCase() {
        AuthTestServer.Answer answer = asRoot("POST", "/users", "{\"username\":\"NINA\",\"password\":\"other-secret\"}");

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.errorFields()).containsExactly("username");
    }

    @Test
    void invalidFieldsAreNamedAndNothingIsWritten() {
        int before = users();

        AuthTestServer.Answer badName = asRoot("POST", "/users", "{\"username\":\"ann smith\",\"password\":\"long-enough\"}");
        AuthTestServer.Answer tooLong = asRoot("POST", "/users", "{\"username\":\"" + "a".repeat(65)
                + "\",\"password\":\"long-enough\"}");
        AuthTestServer.Answer shortPassword = asRoot("POST", "/users", "{\"username\":\"ann\",\"password\":\"short\"}");
        AuthTestServer.Answer both = asRoot("POST", "/users", "{\"username\":\"ann/x\",\"password\":\"short\"}");
        AuthTestServer.Answer wrongType = asRoot("POST", "/users",
                "{\"username\":\"ann\",\"password\":\"long-enough\",\"globalAdmin\":\"yes\"}");
        AuthTestServer.Answer malformed = asRoot("POST", "/users", "{\"username\":");

        assertThat(badName.status()).isEqualTo(400);
        assertThat(badName.errorFields()).containsExactly("username");
        assertThat(tooLong.errorFields()).containsExactly("username");
        assertThat(shortPassword.status()).isEqualTo(400);
        assertThat(shortPassword.errorFields()).containsExactly("password");
        assertThat(both.errorFields()).containsExactlyInAnyOrder("username", "password");
        assertThat(wrongType.errorFields()).containsExactly("globalAdmin");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.errorFields()).containsExactly("body");
        assertThat(users()).isEqualTo(before);
    }

    @Test
    void onlyGlobalAdminsCreateUsersAndSeeTheirRoles() {
        String nina = server.signIn("nina", "nina-secret-1");

        AuthTestServer.Answer create = server.call("POST", "/users").cookie(nina).xsrf()
                .json("{\"username\":\"eve\",\"password\":\"eve-secret-1\"}").send();
        AuthTestServer.Answer list = server.call("GET", "/users").cookie(nina).send();
        AuthTestServer.Answer anonymous = server.call("GET", "/users").send();

        assertThat(create.status()).isEqualTo(403);
        // Others get the people picker's answer: keys and names, no roles, no admin flags.
        assertThat(list.status()).isEqualTo(200);
        list.json().getAsJsonArray().forEach(user -> assertThat(user.getAsJsonObject().keySet())
                .containsExactlyInAnyOrder("key", "displayName"));
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(server.auth().users().find("eve")).isEmpty();
    }

    @Test
    void theListShowsEveryUserWithTheirRoles() {
        server.auth().roles().grant("SALES", "nina", Role.EDITOR);

        AuthTestServer.Answer list = server.call("GET", "/users").cookie(root).send();

        assertThat(list.status()).isEqualTo(200);
        var nina = java.util.stream.StreamSupport.stream(list.json().getAsJsonArray().spliterator(), false)
                .map(e -> e.getAsJsonObject()).filter(u -> u.get("key").getAsString().equals("nina"))
                .findFirst().orElseThrow();
        assertThat(nina.getAsJsonArray("roles").toString()).isEqualTo("[{\"projectKey\":\"SALES\",\"role\":\"editor\"}]");
        assertThat(list.text()).doesNotContain("$2a$").doesNotContain("asswordHash");
    }

    @Test
    void aGlobalAdminResetsAPasswordAndTheUsersSessionsEnd() {
        server.user("tom", "tom-secret-1");
        String toms = server.signIn("tom", "tom-secret-1");

        AuthTestServer.Answer reset = asRoot("PUT", "/users/tom/password", "{\"password\":\"tom-secret-2\"}");

        assertThat(reset.status()).isEqualTo(204);
        assertThat(server.call("GET", "/session").cookie(toms).send().status()).isEqualTo(401);
        assertThat(server.call("GET", "/session").basic("tom", "tom-secret-2").send().status()).isEqualTo(200);
    }

    @Test
    void aUserChangesTheirOwnPasswordWithTheOldOne() {
        server.user("ugo", "ugo-secret-1");
        String session = server.signIn("ugo", "ugo-secret-1");

        AuthTestServer.Answer wrongOld = server.call("PUT", "/users/ugo/password").cookie(session).xsrf()
                .json("{\"oldPassword\":\"not-it-at-all\",\"password\":\"ugo-secret-2\"}").send();
        AuthTestServer.Answer changed = server.call("PUT", "/users/ugo/password").cookie(session).xsrf()
                .json("{\"oldPassword\":\"ugo-secret-1\",\"password\":\"ugo-secret-2\"}").send();

        assertThat(wrongOld.status()).isEqualTo(400);
        assertThat(wrongOld.errorFields()).containsExactly("oldPassword");
        assertThat(changed.status()).isEqualTo(204);
        assertThat(server.call("GET", "/session").cookie(session).send().status()).isEqualTo(200);
        assertThat(server.call("GET", "/session").basic("ugo", "ugo-secret-2").send().status()).isEqualTo(200);
    }

    @Test
    void aUserMayNotSetSomeoneElsesPassword() {
        String nina = server.signIn("nina", "nina-secret-1");

        AuthTestServer.Answer answer = server.call("PUT", "/users/root/password").cookie(nina).xsrf()
                .json("{\"oldPassword\":\"" + AuthTestServer.ROOT_PASSWORD + "\",\"password\":\"taken-over\"}").send();

        assertThat(answer.status()).isEqualTo(403);
        assertThat(server.call("GET", "/session").basic("root", AuthTestServer.ROOT_PASSWORD).send().status())
                .isEqualTo(200);
    }

    private static AuthTestServer.Answer asRoot(String method, String path, String json) {
        return server.call(method, path).cookie(root).xsrf().json(json).send();
    }

    private static int users() {
        return server.column("SELECT USER_KEY FROM AO_489536_USER").size();
    }
}
