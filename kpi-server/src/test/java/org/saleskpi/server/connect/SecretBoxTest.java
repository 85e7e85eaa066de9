package org.saleskpi.server.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretBoxTest {
    private static final String TOKEN = "ATATT3xFfGF0-a-cloud-api-token-of-rita";
    private static final String KEY = "q83vEjRWeJASNFZ4kKvN7wEjRWeJq83vEjRWeJASNFY=";

    @TempDir
    Path dataDir;

    @Test
    void aSealedSecretOpensAgainForItsPurposeAndHidesTheSecret() {
        SecretBox box = SecretBox.load(dataDir, Map.of());

        String first = box.seal(TOKEN, "connection 1");
        String second = box.seal(TOKEN, "connection 1");

        assertThat(box.unseal(first, "connection 1")).isEqualTo(TOKEN);
        assertThat(box.unseal(second, "connection 1")).isEqualTo(TOKEN);
        assertThat(first).describedAs("a fresh nonce for every seal").isNotEqualTo(second);
        byte[] raw = Base64.getDecoder().decode(first);
        // version + 12-byte nonce + the token's bytes + 16-byte tag
        assertThat(raw).hasSize(1 + 12 + TOKEN.length() + 16);
        assertThat(raw[0]).isEqualTo((byte) 1);
        assertThat(new String(raw, StandardCharsets.ISO_8859_1)).doesNotContain("cloud-api-token");
    }

    @Test
    void everyChangedByteIsDetected() {
        SecretBox box = SecretBox.ofKey(Base64.getDecoder().decode(KEY));
        byte[] sealed = Base64.getDecoder().decode(box.seal(TOKEN, "connection 1"));

        for (int i = 0; i < sealed.length; i++) {
            byte[] changed = sealed.clone();
            changed[i] ^= 0x01;
            String tampered = Base64.getEncoder().encodeToString(changed);
            assertThatThrownBy(() -> box.unseal(tampered, "connection 1")).as("byte %d", i)
                    .isInstanceOf(SecretBox.UnreadableSecretException.class)
                    .hasMessageStartingWith("The secret of connection 1 cannot be read")
                    .hasMessageNotContaining(TOKEN);
        }
        String cut = Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(sealed, sealed.length - 1));
        assertThatThrownBy(() -> box.unseal(cut, "connection 1"))
                .isInstanceOf(SecretBox.UnreadableSecretException.class);
    }

    @Test
    void aValueMovedToAnotherPurposeOrOpenedWithAnotherKeyDoesNotOpen() {
        SecretBox box = SecretBox.ofKey(Base64.getDecoder().decode(KEY));
        String sealed = box.seal(TOKEN, "connection 1");

        assertThatThrownBy(() -> box.unseal(sealed, "connection 2"))
                .isInstanceOf(SecretBox.UnreadableSecretException.class)
                .hasMessageContaining("connection 2");
        byte[] otherKey = Base64.getDecoder().decode(KEY);
        otherKey[0] ^= 0x01;
        assertThatThrownBy(() -> SecretBox.ofKey(otherKey).unseal(sealed, "connection 1"))
                .isInstanceOf(SecretBox.UnreadableSecretException.class)
                .hasMessageContaining("sealed with another key");
    }

    @Test
    void theKeyFileIsCreatedOnTheFirstSealForItsOwnerAloneAndReadAfterARestart() throws Exception {
        Path file = dataDir.resolve(SecretBox.KEY_FILE);
        SecretBox box = SecretBox.load(dataDir, Map.of());
        assertThat(file).describedAs("not before a secret is sealed").doesNotExist();

        String sealed = box.seal(TOKEN, "connection 7");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).hasSize(32);
        assertThat(Files.list(dataDir)).describedAs("no temporary file left").containsExactly(file);
        SecretBox restarted = SecretBox.load(dataDir, Map.of());
        assertThat(restarted.unseal(sealed, "connection 7")).isEqualTo(TOKEN);
        assertThat(restarted.keySource()).isEqualTo("the file " + file.toAbsolutePath());
    }

    @Test
    void aKeyFileOthersMayReadStopsTheStart() throws Exception {
        SecretBox.load(dataDir, Map.of()).seal(TOKEN, "connection 1");
        Path file = dataDir.resolve(SecretBox.KEY_FILE);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        assertThatThrownBy(() -> SecretBox.load(dataDir, Map.of()))
                .isInstanceOf(SecretBox.InvalidKeyException.class)
                .hasMessage("The key file " + file.toAbsolutePath() + " may be read or changed by other users (mode"
                        + " rw-r--r--). Make it the server user's alone: chmod 600 " + file.toAbsolutePath());
    }

    @Test
    void aKeyFileWithoutAKeyStopsTheStartWithoutShowingWhatItHolds() throws Exception {
        Path file = dataDir.resolve(SecretBox.KEY_FILE);
        Files.writeString(file, "c2hvcnQ=\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));

        assertThatThrownBy(() -> SecretBox.load(dataDir, Map.of()))
                .isInstanceOf(SecretBox.InvalidKeyException.class)
                .hasMessageContaining("holds no 32-byte key")
                .hasMessageNotContaining("c2hvcnQ");
    }

    @Test
    void theEnvironmentVariableWinsAndNoFileIsWritten() {
        SecretBox box = SecretBox.load(dataDir, Map.of(SecretBox.KEY_VARIABLE, KEY));

        String sealed = box.seal(TOKEN, "connection 1");

        assertThat(dataDir.resolve(SecretBox.KEY_FILE)).doesNotExist();
        assertThat(SecretBox.ofKey(Base64.getDecoder().decode(KEY)).unseal(sealed, "connection 1")).isEqualTo(TOKEN);
        // The URL-safe alphabet without padding names the same key.
        String urlSafe = KEY.replace('+', '-').replace('/', '_').replace("=", "");
        assertThat(SecretBox.load(dataDir, Map.of(SecretBox.KEY_VARIABLE, urlSafe)).unseal(sealed, "connection 1"))
                .isEqualTo(TOKEN);
        assertThat(box.keySource()).isEqualTo("the environment variable SALESKPI_SECRET_KEY");
    }

    @Test
    void aVariableWithoutA32ByteKeyStopsTheStart() {
        String sixteenBytes = Base64.getEncoder().encodeToString(new byte[16]);

        assertThatThrownBy(() -> SecretBox.load(dataDir, Map.of(SecretBox.KEY_VARIABLE, sixteenBytes)))
                .isInstanceOf(SecretBox.InvalidKeyException.class)
                .hasMessage("The environment variable SALESKPI_SECRET_KEY holds no 32-byte key in base64 (make one"
                        + " with `openssl rand -base64 32`).");
        assertThatThrownBy(() -> SecretBox.load(dataDir, Map.of(SecretBox.KEY_VARIABLE, "not base64 at all!")))
                .isInstanceOf(SecretBox.InvalidKeyException.class);
    }

    @Test
    void aDeletedKeyFileMakesSecretsUnreadableInsteadOfMakingANewKey() throws Exception {
        String sealed = SecretBox.load(dataDir, Map.of()).seal(TOKEN, "connection 1");
        Files.delete(dataDir.resolve(SecretBox.KEY_FILE));

        assertThatThrownBy(() -> SecretBox.load(dataDir, Map.of()).unseal(sealed, "connection 1"))
                .isInstanceOf(SecretBox.UnreadableSecretException.class)
                .hasMessageContaining("is gone");
        assertThat(dataDir.resolve(SecretBox.KEY_FILE)).doesNotExist();
    }
}
