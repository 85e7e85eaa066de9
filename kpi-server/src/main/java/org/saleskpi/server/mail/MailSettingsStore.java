package org.saleskpi.server.mail;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.saleskpi.server.connect.SecretBox;

/**
 * The SMTP settings, one row of {@code SK.MAIL_SETTING}, with the password sealed by the {@link SecretBox} for the
 * purpose {@value #PURPOSE} like the Jira tokens: the database alone never reveals it.
 */
public final class MailSettingsStore {
    static final String PURPOSE = "smtp password";

    private final MailTables tables;
    private final SecretBox secrets;

    public MailSettingsStore(MailTables tables, SecretBox secrets) {
        this.tables = tables;
        this.secrets = secrets;
    }

    /** The stored settings with the password opened, if an administrator saved some. */
    public Optional<MailSettings> get() {
        return raw().map(row -> new MailSettings(row.host(), row.port(), row.startTls(), row.username(),
                row.sealedPassword().map(sealed -> secrets.unseal(sealed, PURPOSE)), row.sender(), row.siteUrl()));
    }

    /** Replaces the settings; an empty password keeps the stored one unless {@code forgetPassword}. */
    public MailSettings save(MailSettings wanted, boolean forgetPassword) {
        Optional<String> sealed = wanted.password().map(secret -> secrets.seal(secret, PURPOSE))
                .or(() -> forgetPassword ? Optional.empty() : raw().flatMap(Stored::sealedPassword));
        tables.inTransaction(sql -> {
            try (PreparedStatement delete = sql.prepareStatement("DELETE FROM SK.MAIL_SETTING");
                    PreparedStatement insert = sql.prepareStatement("INSERT INTO SK.MAIL_SETTING (ID, HOST, PORT,"
                            + " START_TLS, USERNAME, PASSWORD, SENDER, SITE_URL) VALUES (1, ?, ?, ?, ?, ?, ?, ?)")) {
                delete.executeUpdate();
                insert.setString(1, wanted.host());
                insert.setInt(2, wanted.port());
                insert.setBoolean(3, wanted.startTls());
                insert.setString(4, wanted.username().orElse(null));
                insert.setString(5, sealed.orElse(null));
                insert.setString(6, wanted.sender());
                insert.setString(7, wanted.siteUrl());
                insert.executeUpdate();
            }
            return null;
        });
        return get().orElseThrow();
    }

    /** The row as stored, the password sealed. */
    Optional<Stored> raw() {
        return tables.read("SELECT HOST, PORT, START_TLS, USERNAME, PASSWORD, SENDER, SITE_URL FROM SK.MAIL_SETTING",
                statement -> {
                }, rows -> rows.next() ? Optional.of(stored(rows)) : Optional.<Stored>empty());
    }

    private static Stored stored(ResultSet rows) throws SQLException {
        return new Stored(rows.getString(1), rows.getInt(2), rows.getBoolean(3), Optional.ofNullable(rows.getString(4)),
                Optional.ofNullable(rows.getString(5)), rows.getString(6), rows.getString(7));
    }

    /** The settings as the table holds them. */
    record Stored(String host, int port, boolean startTls, Optional<String> username, Optional<String> sealedPassword,
            String sender, String siteUrl) {
    }
}
