package org.saleskpi.jira.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.saleskpi.jira.cache.MemoryPluginSettings;
import org.saleskpi.web.mail.UnsubscribeLinks;

/**
 * The unsubscribe links of the Jira app: signed under a key made once and kept in SAL's global settings (so every
 * node opens what any node sealed), refused when changed, sealed for another purpose or by another key.
 */
class PluginSettingsSealTest {
    private static final String PAGE = JiraLetters.UNSUBSCRIBE_PAGE;

    private final MemoryPluginSettings settings = new MemoryPluginSettings();
    private final UnsubscribeLinks links = new UnsubscribeLinks(new PluginSettingsSeal(settings), PAGE);

    private static String token(String link) {
        return URLDecoder.decode(link.substring(link.indexOf("token=") + 6),
                StandardCharsets.UTF_8);
    }

    @Test
    void aLinkNamesItsSubscriptionOnEveryNodeOfTheCluster() {
        String link = links.link("https://jira.example.com", 42);

        assertThat(link).startsWith("https://jira.example.com/plugins/servlet/saleskpi/unsubscribe?token=");
        assertThat(settings.values).containsKey(PluginSettingsSeal.KEY);
        // Another node: its own seal over the same settings.
        UnsubscribeLinks otherNode = new UnsubscribeLinks(new PluginSettingsSeal(settings), PAGE);
        assertThat(otherNode.subscription(token(link))).contains(42L);
        assertThat(links.link("https://jira.example.com", 43)).isNotEqualTo(link);
    }

    @Test
    void aChangedForeignOrRepurposedTokenNamesNoSubscription() {
        String token = token(links.link("https://jira.example.com", 42));
        String otherId = Base64.getUrlEncoder().withoutPadding().encodeToString("43".getBytes(StandardCharsets.UTF_8))
                + token.substring(token.indexOf('.'));

        assertThat(links.subscription(otherId)).isEmpty();
        assertThat(links.subscription(token.substring(0, token.length() - 2))).isEmpty();
        assertThat(links.subscription("not a token")).isEmpty();
        assertThat(links.subscription("")).isEmpty();
        // Another Jira (another key) did not seal it.
        assertThat(new UnsubscribeLinks(new PluginSettingsSeal(new MemoryPluginSettings()), PAGE)
                .subscription(token)).isEmpty();
        // Sealed for another purpose, it does not open as an unsubscribe link.
        String forOtherUse = new PluginSettingsSeal(settings).seal("42", "invite");
        assertThat(links.subscription(forOtherUse)).isEmpty();
    }

    @Test
    void withoutAKeyYetNothingOpensAndNoKeyIsMade() {
        assertThat(links.subscription("NDI.AAAA")).isEmpty();
        assertThat(settings.values).doesNotContainKey(PluginSettingsSeal.KEY);
    }

    @Test
    void theSignatureIsHmacSha256AsTheJdkComputesIt() throws Exception {
        for (int keyLength : new int[] {32, 64, 100}) {
            byte[] key = new byte[keyLength];
            new SecureRandom().nextBytes(key);
            Mac jdk = Mac.getInstance("HmacSHA256");
            jdk.init(new SecretKeySpec(key, "HmacSHA256"));

            assertThat(PluginSettingsSeal.signature(key, "unsubscribe", "42"))
                    .isEqualTo(jdk.doFinal(("unsubscribe" + '\0' + "42").getBytes(StandardCharsets.UTF_8)));
        }
    }
}
