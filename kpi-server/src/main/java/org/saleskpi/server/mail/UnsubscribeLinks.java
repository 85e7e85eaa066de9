package org.saleskpi.server.mail;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.saleskpi.server.connect.SecretBox;

/**
 * The signed link in every subscription mail that ends the subscription without signing in: the subscription's id
 * sealed by the server's {@link SecretBox} for the purpose {@value #PURPOSE}, so nobody can make one for another
 * subscription, and a link stops working when the server's key changes.
 */
public final class UnsubscribeLinks {
    static final String PURPOSE = "unsubscribe";
    /** The page the link opens. */
    public static final String PAGE = "/unsubscribe";

    private final SecretBox secrets;

    public UnsubscribeLinks(SecretBox secrets) {
        this.secrets = secrets;
    }

    /** The link under {@code siteUrl} that ends subscription {@code id}. */
    public String link(String siteUrl, long id) {
        return siteUrl + PAGE + "?token=" + URLEncoder.encode(secrets.seal(Long.toString(id), PURPOSE),
                StandardCharsets.UTF_8);
    }

    /** The subscription a token names, if the server sealed it. */
    public Optional<Long> subscription(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(secrets.unseal(token.strip(), PURPOSE)));
        } catch (SecretBox.UnreadableSecretException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
