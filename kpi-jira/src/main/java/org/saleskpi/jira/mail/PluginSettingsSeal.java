package org.saleskpi.jira.mail;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import org.saleskpi.web.mail.Seal;

/**
 * The Jira app's seal for the mails' unsubscribe links (ADR 0068): the text and an HMAC-SHA256 of purpose and text
 * under a random 256-bit key the app keeps in SAL's global plugin settings, shared by every node like the database.
 * The Jira app had no key of its own before (the standalone server's secret box encrypts under a key file; Jira holds
 * no secret of ours to encrypt), and an unsubscribe link needs no secrecy, only that nobody else can make one: so a
 * signature, not encryption. The key is made on first use; a new key ends every link sent before it, so it is made
 * under Jira's cluster lock {@value #KEY_LOCK} and read again once the lock is held: two nodes sealing their first
 * link at the same instant keep one key, the one made first (ADR 0072).
 */
public final class PluginSettingsSeal implements Seal {
    static final String KEY = "org.saleskpi.mail.linkKey";
    /** The cluster lock's name, the settings key's own: lock names are shared by every app of the Jira. */
    static final String KEY_LOCK = KEY;
    /** SHA-256's block size: HMAC pads or hashes the key to it (RFC 2104). */
    private static final int BLOCK = 64;
    private static final Base64.Encoder TEXT = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder READ = Base64.getUrlDecoder();

    private final PluginSettingsFactory settings;
    private final ClusterLockService locks;
    private final SecureRandom random = new SecureRandom();

    @Inject
    public PluginSettingsSeal(PluginSettingsFactory settings, ClusterLockService locks) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.locks = Objects.requireNonNull(locks, "locks");
    }

    @Override
    public String seal(String text, String purpose) {
        byte[] key = key(true).orElseThrow();
        return TEXT.encodeToString(text.getBytes(StandardCharsets.UTF_8)) + "." + TEXT.encodeToString(
                signature(key, purpose, text));
    }

    @Override
    public Optional<String> open(String token, String purpose) {
        int dot = token.indexOf('.');
        Optional<byte[]> key = key(false);
        if (dot < 0 || key.isEmpty()) {
            return Optional.empty();
        }
        try {
            String text = new String(READ.decode(token.substring(0, dot)), StandardCharsets.UTF_8);
            byte[] given = READ.decode(token.substring(dot + 1));
            // A constant-time comparison: the time taken tells nothing about how much of a forged signature matched.
            return MessageDigest.isEqual(given, signature(key.get(), purpose, text)) ? Optional.of(text)
                    : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private Optional<byte[]> key(boolean create) {
        PluginSettings global = settings.createGlobalSettings();
        Optional<byte[]> stored = stored(global);
        if (stored.isPresent() || !create) {
            return stored;
        }
        ClusterLock lock = locks.getLockForName(KEY_LOCK);
        lock.lock();
        try {
            // Another node may have made the key between the read above and the lock: keep that one.
            Optional<byte[]> madeMeanwhile = stored(global);
            if (madeMeanwhile.isPresent()) {
                return madeMeanwhile;
            }
            byte[] key = new byte[32];
            random.nextBytes(key);
            global.put(KEY, TEXT.encodeToString(key));
            return Optional.of(key);
        } finally {
            lock.unlock();
        }
    }

    private static Optional<byte[]> stored(PluginSettings global) {
        return global.get(KEY) instanceof String text && !text.isEmpty() ? Optional.of(READ.decode(text))
                : Optional.empty();
    }

    /**
     * HMAC-SHA256 (RFC 2104) of "purpose NUL text" (the purpose is a fixed word without NUL, so this names one pair),
     * over {@link MessageDigest}: javax.crypto's Mac would add an OSGi import of a JDK package that none of the Jira
     * export lists the bundle tests resolve against names, while java.* always comes from the JVM.
     * {@code PluginSettingsSealTest} checks it against the JDK's HmacSHA256.
     */
    static byte[] signature(byte[] key, String purpose, String text) {
        byte[] message = (purpose + '\0' + text).getBytes(StandardCharsets.UTF_8);
        byte[] block = new byte[BLOCK];
        byte[] shortKey = key.length > BLOCK ? sha256().digest(key) : key;
        System.arraycopy(shortKey, 0, block, 0, shortKey.length);
        MessageDigest inner = sha256();
        MessageDigest outer = sha256();
        for (byte b : block) {
            inner.update((byte) (b ^ 0x36));
            outer.update((byte) (b ^ 0x5c));
        }
        inner.update(message);
        outer.update(inner.digest());
        return outer.digest();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
