package org.saleskpi.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saleskpi.core.testing.HandClock;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.core.validation.InvalidInputException;
import org.saleskpi.store.AoSession;
import org.saleskpi.store.Database;
import org.saleskpi.store.EntityManagerSession;

/** The first administrator, reps known only by name, and the directory, on a real H2 store. */
class UsersTest {
    private AoSession session;
    private Users users;

    @TempDir
    Path dataDir;

    @BeforeEach
    void openStore() {
        session = new EntityManagerSession(Database.H2_MEMORY.open());
        AuthSchema.migrate(session);
        users = new Users(session, new HandClock(Instant.parse("2026-03-02T09:00:00Z")));
    }

    @Test
    void theFirstStartCreatesAdminWithAGeneratedPasswordShownOnceAndKeptInAnOwnerOnlyFile() throws Exception {
        ByteArrayOutputStream console = new ByteArrayOutputStream();

        boolean created = users.ensureAdmin(Optional.empty(), dataDir, new PrintStream(console, true, StandardCharsets.UTF_8));

        Path file = dataDir.resolve(Users.ADMIN_PASSWORD_FILE);
        String password = Files.readString(file).strip();
        assertThat(created).isTrue();
        assertThat(password).hasSize(24);
        assertThat(Files.getPosixFilePermissions(file))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(console.toString(StandardCharsets.UTF_8)).containsOnlyOnce(password);
        assertThat(users.signIn("admin", password)).isInstanceOf(Login.Accepted.class);
        assertThat(users.find("admin").orElseThrow().globalAdmin()).isTrue();
    }

    @Test
    void laterStartsNeitherCreateNorShowNorRewriteAnything() throws Exception {
        users.ensureAdmin(Optional.empty(), dataDir, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        Path file = dataDir.resolve(Users.ADMIN_PASSWORD_FILE);
        String first = Files.readString(file);
        Files.delete(file); // the operator read it and deleted it, as the message asks
        ByteArrayOutputStream console = new ByteArrayOutputStream();

        boolean created = users.ensureAdmin(Optional.empty(), dataDir, new PrintStream(console, true, StandardCharsets.UTF_8));

        assertThat(created).isFalse();
        assertThat(console.size()).isZero();
        assertThat(file).doesNotExist();
        assertThat(users.signIn("admin", first.strip())).isInstanceOf(Login.Accepted.class);
    }

    @Test
    void aPasswordFromTheEnvironmentIsUsedAndNeitherShownNorWritten() {
        ByteArrayOutputStream console = new ByteArrayOutputStream();

        users.ensureAdmin(Optional.of("from-the-env-1"), dataDir, new PrintStream(console, true, StandardCharsets.UTF_8));

        assertThat(users.signIn("admin", "from-the-env-1")).isInstanceOf(Login.Accepted.class);
        assertThat(console.toString(StandardCharsets.UTF_8)).doesNotContain("from-the-env-1");
        assertThat(dataDir.resolve(Users.ADMIN_PASSWORD_FILE)).doesNotExist();
    }

    @Test
    void aTooShortPasswordFromTheEnvironmentIsRefused() {
        assertThatThrownBy(() -> users.ensureAdmin(Optional.of("short"), dataDir, System.out))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("password");
        assertThat(users.list()).isEmpty();
    }

    @Test
    void aCsvNameFindsAUserByUsernameOrDisplayNameInAnyCase() {
        users.create("jdoe", "jdoe-secret-1", "Jane Doe", false);

        assertThat(users.personFor("JDOE")).isEqualTo("jdoe");
        assertThat(users.personFor("  jane doe ")).isEqualTo("jdoe");
        assertThat(users.userKeyFor("Jane Doe")).isEqualTo("jdoe");
        assertThat(users.list()).hasSize(1);
    }

    @Test
    void theDryRunsLookUpFindsKnownPeopleAndCreatesNobody() {
        users.create("jdoe", "jdoe-secret-1", "Jane Doe", false);

        assertThat(users.knownKey(" JANE DOE ")).contains("jdoe");
        assertThat(users.knownKey("jdoe")).contains("jdoe");
        assertThat(users.knownKey("Anna Müller")).isEmpty();
        assertThat(users.knownKey(" ")).isEmpty();
        assertThat(users.list()).hasSize(1);
    }

    @Test
    void anUnknownCsvNameBecomesAPersonWithoutALoginAndIsFoundAgain() {
        String key = users.personFor("Anna Müller");

        assertThat(key).isEqualTo("anna.m.ller");
        Account anna = users.find(key).orElseThrow();
        assertThat(anna.displayName()).isEqualTo("Anna Müller");
        assertThat(anna.canSignIn()).isFalse();
        assertThat(users.signIn(key, "")).isInstanceOf(Login.Refused.class);
        assertThat(users.personFor("ANNA MÜLLER")).isEqualTo(key);
        assertThat(users.list()).hasSize(1);
    }

    @Test
    void twoPeopleWhoseNamesLookAlikeGetTwoKeys() {
        String first = users.personFor("Jo Smith");
        String second = users.personFor("Jo-Smith");
        String third = users.personFor("jo.smith!");

        assertThat(first).isEqualTo("jo.smith");
        assertThat(second).isEqualTo("jo-smith");
        assertThat(third).isEqualTo("jo.smith-2");
    }

    @Test
    void aPersonWithoutALoginGetsOneWhenGivenAPassword() {
        String key = users.personFor("Rep Without Login");

        users.setPassword(key, "now-a-login-1");

        assertThat(users.signIn(key, "now-a-login-1")).isInstanceOf(Login.Accepted.class);
    }

    @Test
    void theDirectorySearchesUsernamesAndDisplayNamesInAnyCaseWithinTheLimit() {
        users.create("a.berg", "password-1", "Anders Berg", false);
        users.create("m_lind", "password-1", "Maria Lindberg", false);
        users.create("ole", "password-1", "Ole Hansen", false);
        ServerDirectory directory = new ServerDirectory(users);

        assertThat(directory.search("BERG", 10)).extracting(UserRef::key).containsExactly("a.berg", "m_lind");
        assertThat(directory.search("berg", 1)).extracting(UserRef::key).containsExactly("a.berg");
        // _ is a LIKE wildcard: it must match only itself.
        assertThat(directory.search("m_", 10)).extracting(UserRef::key).containsExactly("m_lind");
        assertThat(directory.find("ole")).contains(new UserRef("ole", "Ole Hansen"));
        assertThat(directory.find("nobody")).isEmpty();
    }

    @Test
    void aGlobalAdminMayDoEverythingInEveryProject() {
        users.create("boss", "password-1", null, true);
        ServerAccessPolicy access = new ServerAccessPolicy(users, new ProjectRoles(session));
        UserRef boss = new UserRef("boss", "boss");

        assertThat(access.canBrowse(boss, "ANY")).isTrue();
        assertThat(access.canEditGoals(boss, "ANY")).isTrue();
        assertThat(access.canAdminister(boss, "ANY")).isTrue();
        assertThat(access.isSystemAdmin(boss)).isTrue();
    }
}
