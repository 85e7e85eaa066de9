package org.saleskpi.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.saleskpi.server.fakejira.FakeUser;
import org.saleskpi.server.jira.JiraCredentials;
import org.saleskpi.server.jira.JiraKind;
import org.saleskpi.store.Database;

/**
 * A full run with faults, a kill, a resume and an expired token writes none of the site's secrets to the log, a
 * status, an error or a settings' text.
 */
class SyncSecretsTest {

    @ParameterizedTest
    @EnumSource(JiraKind.class)
    void noTokenOfTheSiteReachesALogLineAStatusOrAnError(JiraKind kind) {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream original = System.err;
        List<String> seen = new ArrayList<>();
        String token;
        try (SyncRig rig = new SyncRig(Database.H2_MEMORY, kind, 250, 3)) {
            token = rig.site.token(rig.account.accountId());
            // The server's log goes to standard error (slf4j-simple); a copy is kept here and still shown.
            System.setErr(new PrintStream(new Tee(original, log), true, StandardCharsets.UTF_8));
            rig.fake.faults().serverError("/rest", 1, 503);
            rig.pagesBeforeKill.set(1);
            SyncStatus killed = rig.sync.runOnce(SyncRig.CONNECTION);
            rig.restart(1);
            SyncStatus resumed = rig.sync.runOnce(SyncRig.CONNECTION);
            rig.fake.faults().expireToken(token);
            SyncStatus refused = rig.sync.runOnce(SyncRig.CONNECTION);

            assertThat(killed.lastError()).contains("killed");
            assertThat(resumed.lastError()).isEmpty();
            assertThat(refused.lastError()).isPresent();
            assertThat(refused.lastError().get()).contains("401");
            for (SyncStatus status : List.of(killed, resumed, refused, rig.sync.status(SyncRig.CONNECTION))) {
                seen.add(status.toString());
                seen.add(status.lastError().orElse(""));
            }
            seen.add(rig.connections.get(SyncRig.CONNECTION).toString());
            seen.add(rig.connections.get(SyncRig.CONNECTION).site().toString());
            seen.add(new Gson().toJson(refused.lastError().orElse("")));
            seen.addAll(rig.fake.requestLog());
            System.err.flush();
            seen.add(log.toString(StandardCharsets.UTF_8));

            // The log was captured: it tells the error of the refused run.
            assertThat(log.toString(StandardCharsets.UTF_8)).contains("The sync of connection 1 stopped").contains("401");
            List<String> secrets = new ArrayList<>();
            for (FakeUser user : rig.site.users()) {
                String secret = rig.site.token(user.accountId());
                secrets.add(secret);
                secrets.add(Base64.getEncoder().encodeToString((user.email() + ":" + secret)
                        .getBytes(StandardCharsets.UTF_8)));
            }
            for (String text : seen) {
                for (String secret : secrets) {
                    assertThat(text).doesNotContain(secret);
                }
            }
        } finally {
            System.setErr(original);
        }
    }

    @Test
    void anErrorTextHoldingTheSecretOrItsHeaderHasThemBlottedOut() {
        JiraCredentials basic = new JiraCredentials.Basic("sam@example.com", "tok-3a9F");
        String header = basic.authorization();

        String text = JiraSync.redacted("refused tok-3a9F; sent " + header + "; and " + header.substring(6), basic);

        assertThat(text).isEqualTo("refused ***; sent ***; and ***").doesNotContain("tok-3a9F");
        assertThat(JiraSync.redacted("PAT pat-77 expired", new JiraCredentials.Bearer("pat-77")))
                .isEqualTo("PAT *** expired");
    }

    /** Writes to both streams. */
    private static final class Tee extends OutputStream {
        private final PrintStream shown;
        private final ByteArrayOutputStream kept;

        Tee(PrintStream shown, ByteArrayOutputStream kept) {
            this.shown = shown;
            this.kept = kept;
        }

        @Override
        public synchronized void write(int b) {
            kept.write(b);
            shown.write(b);
        }

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) {
            kept.write(bytes, offset, length);
            shown.write(bytes, offset, length);
        }
    }
}
