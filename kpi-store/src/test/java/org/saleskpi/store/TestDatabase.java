package org.saleskpi.store;

import java.sql.Connection;
import java.sql.SQLException;
import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.EntityManagerBuilder;

/**
 * {@link Database} for tests in the repository packages, where the package-private enum is out of
 * reach; it also opens a second EntityManager on a database, as a second server node would.
 */
public enum TestDatabase {
    H2_MEMORY,
    H2_FILE,
    POSTGRES;

    /** A new, empty database. */
    public EntityManager open() {
        return Database.valueOf(name()).open();
    }

    /** Another EntityManager, with its own connections, on the database {@code first} uses. */
    public EntityManager openAgain(EntityManager first) {
        String url;
        String user;
        try (Connection connection = first.getProvider().getConnection()) {
            url = connection.getMetaData().getURL();
            user = connection.getMetaData().getUserName();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the first EntityManager's database", e);
        }
        // The same settings as Database.build: Database's credentials, Jira's name converters.
        boolean postgres = this == POSTGRES;
        return EntityManagerBuilder.url(url).username(user)
                .password(postgres ? "postgres" : "").schema(postgres ? "public" : "PUBLIC").none()
                .tableNameConverter(TableNames.converter())
                .fieldNameConverter(new AtlassianFieldNameConverter())
                .sequenceNameConverter(new AtlassianSequenceNameConverter())
                .triggerNameConverter(new AtlassianTriggerNameConverter())
                .indexNameConverter(new AtlassianIndexNameConverter())
                .uniqueNameConverter(new AtlassianUniqueNameConverter())
                .build();
    }
}
