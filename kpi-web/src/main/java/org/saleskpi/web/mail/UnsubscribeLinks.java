package org.saleskpi.web.mail;

import com.google.gson.JsonElement;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.saleskpi.web.json.JsonInput;

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

    /**
     * {@code POST /subscriptions/unsubscribe} on either host: ends the subscription the body's {@code token} names, or
     * answers 400 naming {@code token} when this host did not seal it. A link used twice finds nothing the second
     * time and still says the mails have stopped.
     *
     * @param naming adds to the answer what the ended subscription was about (its dashboard's or folder's name)
     */
    public Map<String, Object> unsubscribe(JsonElement body, SubscriptionStore subscriptions,
            BiConsumer<Subscription, Map<String, Object>> naming) {
        JsonInput in = JsonInput.of(body);
        Optional<Long> id = subscription(in.requiredText("token", 400));
        if (id.isEmpty()) {
            in.reject("token", "saleskpi.subscription.token.invalid", "is not a link this server made");
        }
        in.done();
        Map<String, Object> answer = new LinkedHashMap<>();
        id.flatMap(subscriptions::get).ifPresent(ended -> {
            subscriptions.delete(ended.id());
            naming.accept(ended, answer);
        });
        answer.put("unsubscribed", true);
        return answer;
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
