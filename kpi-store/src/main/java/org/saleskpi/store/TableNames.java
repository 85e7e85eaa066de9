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
     * {@code AO_} and six upper-case hex digits of the namespace's MD5 hash, then {@code _}. Which
     * six digits Jira takes is to be checked against a real Jira (issue 3); only the shape is tested.
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
