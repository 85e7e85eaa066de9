package org.saleskpi.jira.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
    private final UnsubscribeLinks links = new UnsubscribeLinks(new PluginSettingsSeal(settings, new InJvmClusterLocks()), PAGE);

    private static String token(String link) {
        return URLDecoder.decode(link.substring(link.indexOf("token=") + 6),
                StandardCharsets.UTF_8);
    }

    @Test
    void aLinkNamesItsSubscriptionOnEveryNodeOfTheCluster() {
        String link = links.link("https://jira.example.com", 42);

        assertThat(link).startsWith("https://jira.example.com/plugins/servlet/saleskpi-unsubscribe?token=");
        assertThat(settings.values).containsKey(PluginSettingsSeal.KEY);
        // Another node: its own seal over the same settings.
        UnsubscribeLinks otherNode = new UnsubscribeLinks(new PluginSettingsSeal(settings, new InJvmClusterLocks()), PAGE);
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
        assertThat(new UnsubscribeLinks(new PluginSettingsSeal(new MemoryPluginSettings(), new InJvmClusterLocks()), PAGE)
                .subscription(token)).isEmpty();
        // Sealed for another purpose, it does not open as an unsubscribe link.
        String forOtherUse = new PluginSettingsSeal(settings, new InJvmClusterLocks()).seal("42", "invite");
        assertThat(links.subscription(forOtherUse)).isEmpty();
    }

    /**
     * Two nodes sealing their first link at the same instant (ADR 0072): both find no key, then each makes it under
     * the cluster lock and reads again once it holds it, so the second keeps the first's key and both links open
     * on any node. Without the lock the second key replaced the first, and the first node's links stopped working.
     */
    @Test
    void twoNodesMakingTheKeyAtOnceKeepOneAndBothTheirLinksOpen() throws Exception {
        InJvmClusterLocks clusterLocks = new InJvmClusterLocks();
        PluginSettingsFactory bothReadFirst = firstReadsMeet(settings, 2);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> links = List.of(42L, 43L).stream().map(id -> nodes.submit(() ->
                    new UnsubscribeLinks(new PluginSettingsSeal(bothReadFirst, clusterLocks), PAGE)
                            .link("https://jira.example.com", id))).toList();

            UnsubscribeLinks thirdNode = new UnsubscribeLinks(new PluginSettingsSeal(settings, clusterLocks), PAGE);
            assertThat(thirdNode.subscription(token(links.get(0).get(20, TimeUnit.SECONDS)))).contains(42L);
            assertThat(thirdNode.subscription(token(links.get(1).get(20, TimeUnit.SECONDS)))).contains(43L);
            assertThat(settings.writes).isEqualTo(1);
        } finally {
            nodes.shutdownNow();
        }
    }

    /** The settings over {@code shared} where each thread's first read waits until {@code threads} threads read. */
    private static PluginSettingsFactory firstReadsMeet(MemoryPluginSettings shared, int threads) {
        CyclicBarrier together = new CyclicBarrier(threads);
        Set<Thread> readOnce = ConcurrentHashMap.newKeySet();
        PluginSettings meeting = new PluginSettings() {
            @Override
            public Object get(String key) {
                Object value = shared.get(key);
                if (readOnce.add(Thread.currentThread())) {
                    try {
                        together.await(20, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        throw new IllegalStateException("the other node never read", e);
                    }
                }
                return value;
            }

            @Override
            public Object put(String key, Object value) {
                return shared.put(key, value);
            }

            @Override
            public Object remove(String key) {
                return shared.remove(key);
            }
        };
        return new PluginSettingsFactory() {
            @Override
            public PluginSettings createSettingsForKey(String key) {
                throw new UnsupportedOperationException("global settings only");
            }

            @Override
            public PluginSettings createGlobalSettings() {
                return meeting;
            }
        };
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
