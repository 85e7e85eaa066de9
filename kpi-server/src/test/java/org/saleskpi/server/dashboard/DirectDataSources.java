package org.saleskpi.server.dashboard;

import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.saleskpi.server.host.DataDirectory;
import org.saleskpi.server.host.ServerOptions;

/**
 * The database a server with these options would open, reached without the server: the tests of older stores fill
 * it the way an earlier release did before the server under test starts on it.
 */
final class DirectDataSources {
    private DirectDataSources() {
    }

    static DataSource of(ServerOptions options) {
        if (options.dbUrl().isPresent()) {
            PGSimpleDataSource postgres = new PGSimpleDataSource();
            postgres.setURL(options.dbUrl().get());
            postgres.setUser(options.dbUser());
            postgres.setPassword(options.dbPassword());
            return postgres;
        }
        JdbcDataSource h2 = new JdbcDataSource();
        try (DataDirectory directory = DataDirectory.lock(options.dataDir())) {
            h2.setURL("jdbc:h2:file:" + directory.h2File());
        }
        h2.setUser("sa");
        h2.setPassword("");
        return h2;
    }
}
