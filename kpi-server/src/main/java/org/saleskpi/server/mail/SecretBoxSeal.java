package org.saleskpi.server.mail;

import java.util.Optional;
import org.saleskpi.server.connect.SecretBox;
import org.saleskpi.web.mail.Seal;

/** The server's {@link SecretBox} as the mails' {@link Seal}: tokens sealed with the key of the stored secrets. */
final class SecretBoxSeal implements Seal {
    private final SecretBox secrets;

    SecretBoxSeal(SecretBox secrets) {
        this.secrets = secrets;
    }

    @Override
    public String seal(String text, String purpose) {
        return secrets.seal(text, purpose);
    }

    @Override
    public Optional<String> open(String token, String purpose) {
        try {
            return Optional.of(secrets.unseal(token, purpose));
        } catch (SecretBox.UnreadableSecretException e) {
            return Optional.empty();
        }
    }
}
