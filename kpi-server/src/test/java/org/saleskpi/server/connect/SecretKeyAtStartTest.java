package org.saleskpi.server.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.saleskpi.server.RunningServer;
import org.saleskpi.server.SalesKpiServer;
import org.saleskpi.server.host.ServerOptions;

/** A server whose key file other users may read does not start, says what to do, and starts once it is fixed. */
class SecretKeyAtStartTest {

    @Test
    void aKeyFileReadableByOthersStopsTheStartUntilItIsTheServersAlone() throws Exception {
        ServerOptions options = RunningServer.temporaryOptions().withDemo(false);
        Path key = Files.createDirectories(options.dataDir()).resolve(SecretBox.KEY_FILE);
        Files.writeString(key, Base64.getEncoder().encodeToString(new byte[32]) + "\n");
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));

        assertThatThrownBy(() -> SalesKpiServer.start(options, Clock.systemUTC()))
                .isInstanceOf(SecretBox.InvalidKeyException.class)
                .hasMessageEndingWith("Make it the server user's alone: chmod 600 " + key.toAbsolutePath());

        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
        // The refused start released the data directory: the next one takes it.
        try (RunningServer server = RunningServer.start(options, true)) {
            assertThat(server.get(server.rest("/health")).statusCode()).isEqualTo(200);
        }
    }
}
