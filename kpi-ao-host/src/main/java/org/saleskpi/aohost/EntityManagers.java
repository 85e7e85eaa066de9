package org.saleskpi.aohost;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Objects;
import javax.sql.DataSource;
import net.java.ao.DatabaseProvider;
import net.java.ao.DisposableDataSource;
import net.java.ao.EntityManager;
import net.java.ao.EntityManagerConfiguration;
import net.java.ao.DefaultSchemaConfiguration;
import net.java.ao.SchemaConfiguration;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.DelegatingDisposableDataSourceHandler;
import net.java.ao.builder.SimpleNameConverters;
import net.java.ao.db.H2DatabaseProvider;
import net.java.ao.db.PostgreSQLDatabaseProvider;
import net.java.ao.schema.NameConverters;
import net.java.ao.schema.TableNameConverter;
import net.java.ao.schema.info.CachingEntityInfoResolverFactory;
import net.java.ao.schema.info.EntityInfoResolverFactory;

/**
 * Active Objects' own {@link EntityManager} over a {@link DataSource} (a pool, or a plain source in
 * tests), with Atlassian's field, sequence, trigger, index and unique name converters so that the
 * schema is the one Jira would create. AO's builder only takes a JDBC URL and opens a connection per
 * statement; its database providers take any data source, which is what this uses.
 */
public final class EntityManagers {
    private EntityManagers() {
    }

    /**
     * An EntityManager on H2 (schema {@code PUBLIC}) or PostgreSQL (schema {@code public}), whichever
     * {@code dataSource} connects to. The caller keeps owning the data source and closes it.
     *
     * @param tables the app's table name converter (the {@code AO_xxxxxx_} prefix of its namespace)
     */
    public static EntityManager open(DataSource dataSource, TableNameConverter tables) {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(tables, "tables");
        return new EntityManager(provider(dataSource), new AtlassianNames(tables));
    }

    private static DatabaseProvider provider(DataSource dataSource) {
        // Disposing the provider must not close the caller's pool: the owner of the pool does that.
        DisposableDataSource source = DelegatingDisposableDataSourceHandler.newInstance(dataSource, () -> { });
        String product = productName(dataSource);
        if (product.contains("h2")) {
            // H2 2.x: without the schema, migrate() fails reading INFORMATION_SCHEMA.CONSTANTS.
            return new H2DatabaseProvider(source, "PUBLIC");
        }
        if (product.contains("postgresql")) {
            return new PostgreSQLDatabaseProvider(source, "public");
        }
        throw new IllegalArgumentException("Sales KPI runs on H2 or PostgreSQL, not on " + product);
    }

    private static String productName(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to the database: " + e.getMessage(), e);
        }
    }

    /** What AO's builder would configure, with Atlassian's converters instead of AO's defaults. */
    private static final class AtlassianNames implements EntityManagerConfiguration {
        private final NameConverters names;
        private final SchemaConfiguration schema = new DefaultSchemaConfiguration();
        private final EntityInfoResolverFactory entityInfo = new CachingEntityInfoResolverFactory();

        AtlassianNames(TableNameConverter tables) {
            this.names = new SimpleNameConverters(tables, new AtlassianFieldNameConverter(),
                    new AtlassianSequenceNameConverter(), new AtlassianTriggerNameConverter(),
                    new AtlassianIndexNameConverter(), new AtlassianUniqueNameConverter());
        }

        @Override
        public boolean useWeakCache() {
            return false;
        }

        @Override
        public NameConverters getNameConverters() {
            return names;
        }

        @Override
        public SchemaConfiguration getSchemaConfiguration() {
            return schema;
        }

        @Override
        public EntityInfoResolverFactory getEntityInfoResolverFactory() {
            return entityInfo;
        }
    }
}
