package org.saleskpi.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.stream.Stream;
import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.EntityManagerBuilder;

/**
 * {@link Database} for tests in other packages, where the enum is not visible, and a second
 * EntityManager on the same database, so concurrency tests run two writers with their own
 * connections against one set of tables.
 */
public final class GoalDatabases {

    private GoalDatabases() {
    }

    /** The names of every {@link Database}, for {@code @MethodSource}. */
    public static Stream<String> all() {
        return Arrays.stream(Database.values()).map(Enum::name);
    }

    /** A fresh, empty database. */
    public static EntityManager open(String database) {
        return Database.valueOf(database).open();
    }

    /** Another EntityManager on the database {@code first} is connected to, built as {@link Database} builds it. */
    public static EntityManager another(String database, EntityManager first) {
        String url;
        try (Connection connection = first.getProvider().getConnection()) {
            url = connection.getMetaData().getURL();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database URL", e);
        }
        boolean postgres = Database.valueOf(database) == Database.POSTGRES;
        return EntityManagerBuilder.url(url)
                .username(postgres ? "postgres" : "sa")
                .password(postgres ? "postgres" : "")
                .schema(postgres ? "public" : "PUBLIC")
                .none()
                .tableNameConverter(TableNames.converter())
                .fieldNameConverter(new AtlassianFieldNameConverter())
                .sequenceNameConverter(new AtlassianSequenceNameConverter())
                .triggerNameConverter(new AtlassianTriggerNameConverter())
                .indexNameConverter(new AtlassianIndexNameConverter())
                .uniqueNameConverter(new AtlassianUniqueNameConverter())
                .build();
    }
}
