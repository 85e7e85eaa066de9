package org.saleskpi.web.mail;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The signed link in every subscription mail that ends the subscription without signing in: the subscription's id
 * sealed by the host's {@link Seal} for the purpose {@value #PURPOSE}, so nobody can make one for another
 * subscription, and a link stops working when the host's key changes.
 */
public final class UnsubscribeLinks {
    static final String PURPOSE = "unsubscribe";
    /** The standalone server's page the link opens. */
    public static final String PAGE = "/unsubscribe";

    private final Seal seal;
    private final String page;

    /**
     * @param page the path under the site's address of the page that asks for the token's unsubscribe (the server's
     *     {@value #PAGE})
     */
    public UnsubscribeLinks(Seal seal, String page) {
        this.seal = seal;
        this.page = page;
    }

    /** The link under {@code siteUrl} that ends subscription {@code id}. */
    public String link(String siteUrl, long id) {
        return siteUrl + page + "?token=" + URLEncoder.encode(seal.seal(Long.toString(id), PURPOSE),
                StandardCharsets.UTF_8);
    }

    /** The subscription a token names, if this host sealed it. */
    public Optional<Long> subscription(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        try {
            return seal.open(token.strip(), PURPOSE).map(Long::parseLong);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
