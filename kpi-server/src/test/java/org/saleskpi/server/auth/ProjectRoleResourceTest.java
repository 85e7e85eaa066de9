package org.saleskpi.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.user.UserRef;

class ProjectRoleResourceTest {
    private static AuthTestServer server;
    private static ServerAccessPolicy access;
    private static String root;

    @BeforeAll
    static void start() throws Exception {
        server = AuthTestServer.start();
        access = server.auth().access();
        root = server.signIn("root", AuthTestServer.ROOT_PASSWORD);
        server.user("rita", "rita-secret-1");
        server.user("ben", "ben-secret-1");
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void grantingAndRevokingARoleChangesWhatTheUserMayDo() {
        UserRef rita = new UserRef("rita", "rita");
        assertThat(access.canBrowse(rita, "ACME")).isFalse();

        AuthTestServer.Answer viewer = asRoot("PUT", "/projects/ACME/roles/Rita", "{\"role\":\"viewer\"}");
        boolean browseAsViewer = access.canBrowse(rita, "ACME");
        boolean editAsViewer = access.canEditGoals(rita, "ACME");
        asRoot("PUT", "/projects/ACME/roles/rita", "{\"role\":\"EDITOR\"}");
        boolean editAsEditor = access.canEditGoals(rita, "ACME");
        boolean administerAsEditor = access.canAdminister(rita, "ACME");
        AuthTestServer.Answer revoked = asRoot("DELETE", "/projects/ACME/roles/rita", null);

        assertThat(viewer.status()).isEqualTo(200);
        assertThat(viewer.field("role")).isEqualTo("viewer");
        assertThat(browseAsViewer).isTrue();
        assertThat(editAsViewer).isFalse();
        assertThat(editAsEditor).isTrue();
        assertThat(administerAsEditor).isFalse();
        assertThat(access.canBrowse(rita, "OTHER")).isFalse();
        assertThat(revoked.status()).isEqualTo(204);
        assertThat(access.canBrowse(rita, "ACME")).isFalse();
    }

    @Test
    void aUserHasOneRolePerProject() {
        asRoot("PUT", "/projects/ONE/roles/ben", "{\"role\":\"viewer\"}");
        asRoot("PUT", "/projects/ONE/roles/ben", "{\"role\":\"admin\"}");

        AuthTestServer.Answer members = server.call("GET", "/projects/ONE/roles").cookie(root).send();

        assertThat(members.status()).isEqualTo(200);
        assertThat(members.json().getAsJsonArray()).hasSize(1);
        assertThat(members.json().getAsJsonArray().get(0).getAsJsonObject().get("role").getAsString())
                .isEqualTo("admin");
    }

    @Test
    void aProjectAdminGrantsRolesInTheirProjectOnly() {
        server.auth().roles().grant("OWN", "ben", Role.ADMIN);
        String ben = server.signIn("ben", "ben-secret-1");

        AuthTestServer.Answer own = server.call("PUT", "/projects/OWN/roles/rita").cookie(ben).xsrf()
                .json("{\"role\":\"editor\"}").send();
        AuthTestServer.Answer foreign = server.call("PUT", "/projects/FOREIGN/roles/rita").cookie(ben).xsrf()
                .json("{\"role\":\"editor\"}").send();

        assertThat(own.status()).isEqualTo(200);
        // A project one may not even browse is answered as not found, as everywhere in the API.
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(server.auth().roles().roleOf("rita", "FOREIGN")).isEmpty();
    }

    @Test
    void aViewerMayNotGrantRoles() {
        server.auth().roles().grant("SEEN", "rita", Role.VIEWER);
        String rita = server.signIn("rita", "rita-secret-1");

        AuthTestServer.Answer answer = server.call("PUT", "/projects/SEEN/roles/rita").cookie(rita).xsrf()
                .json("{\"role\":\"admin\"}").send();
        AuthTestServer.Answer list = server.call("GET", "/projects/SEEN/roles").cookie(rita).send();

        assertThat(answer.status()).isEqualTo(403);
        assertThat(list.status()).isEqualTo(403);
        assertThat(server.auth().roles().roleOf("rita", "SEEN")).contains(Role.VIEWER);
    }

    @Test
    void anUnknownRoleIsNamedAndNothingIsGranted() {
        AuthTestServer.Answer unknown = asRoot("PUT", "/projects/BAD/roles/ben", "{\"role\":\"owner\"}");
        AuthTestServer.Answer missing = asRoot("PUT", "/projects/BAD/roles/ben", "{}");

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.errorFields()).containsExactly("role");
        assertThat(missing.errorFields()).containsExactly("role");
        assertThat(server.auth().roles().ofProject("BAD")).isEmpty();
    }

    @Test
    void anUnknownUserOrAMalformedProjectKeyIsRefused() {
        AuthTestServer.Answer unknownUser = asRoot("PUT", "/projects/X/roles/nobody", "{\"role\":\"viewer\"}");
        AuthTestServer.Answer badKey = asRoot("PUT", "/projects/1X/roles/ben", "{\"role\":\"viewer\"}");

        assertThat(unknownUser.status()).isEqualTo(404);
        assertThat(badKey.status()).isEqualTo(400);
        assertThat(badKey.errorFields()).containsExactly("projectKey");
    }

    @Test
    void anonymousCallersAreAskedToSignIn() {
        assertThat(server.call("GET", "/projects/ACME/roles").send().status()).isEqualTo(401);
    }

    private static AuthTestServer.Answer asRoot(String method, String path, String json) {
        AuthTestServer.Call call = server.call(method, path).cookie(root).xsrf();
        return (json == null ? call : call.json(json)).send();
    }
}
