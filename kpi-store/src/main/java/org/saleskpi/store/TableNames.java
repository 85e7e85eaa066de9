package org.saleskpi.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.TablePrefix;

/**
 * The {@code AO_xxxxxx_} prefix Jira gives the tables of an {@code <ao namespace=...>} module, so
 * that the standalone server's schema is the one Jira would create.
 */
public final class TableNames {
    /** The namespace of the app's {@code <ao>} module. */
    public static final String NAMESPACE = "org.saleskpi";

    private TableNames() {
    }

    /**
     * {@code AO_}, the last six hex digits of the namespace's MD5 hash in upper case, then {@code _}:
     * the rule of Atlassian's "Table names" page (developer.atlassian.com, Active Objects), whose
     * worked example {@code TableNamesTest} checks. For {@code org.saleskpi}: {@code AO_489536_}.
     */
    public static TablePrefix prefix(String namespace) {
        String hash = md5Hex(namespace);
        String code = "AO_" + hash.substring(hash.length() - 6).toUpperCase(Locale.ROOT) + "_";
        return name -> code + name;
    }

    public static AtlassianTableNameConverter converter() {
        return new AtlassianTableNameConverter(prefix(NAMESPACE));
    }

    private static String md5Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has MD5", e);
        }
    }
}
