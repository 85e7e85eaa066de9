package org.saleskpi.server;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneId;
import javax.sql.DataSource;
import org.saleskpi.server.auth.AuthSchema;
import org.saleskpi.server.auth.Users;
import org.saleskpi.server.cluster.ClusterFeed;
import org.saleskpi.server.cluster.ClusterNode;
import org.saleskpi.server.database.ServerDatabase;
import org.saleskpi.server.host.DataDirectory;
import org.saleskpi.server.host.ServerOptions;
import org.saleskpi.server.imports.ImportCommand;
import org.saleskpi.server.imports.JiraCsvImport;
import org.saleskpi.core.index.IssueSink;
import org.saleskpi.server.issues.IssueStore;
import org.saleskpi.server.issues.WriteRoom;

/**
 * {@code import --file export.csv ...}: imports into the data directory of a stopped server (it
 * takes the directory's lock, so it refuses while a server runs on it); the next start loads the
 * imported issues into its index. On PostgreSQL it may run beside running servers, which learn of the import from
 * the write sequence as of any write of theirs (ADR 0041).
 */
final class ImportFileCommand implements Command {

    @Override
    public int run(ServerOptions options, PrintStream out) {
        try (DataDirectory directory = DataDirectory.lock(options.dataDir())) {
            // This process only imports: its compilations may stay quick (ADR 0071).
            QuickCompilerOnly quick = QuickCompilerOnly.apply(directory.path());
            try {
                return importInto(directory, options, out);
            } finally {
                quick.close();
            }
        }
    }

    private static int importInto(DataDirectory directory, ServerOptions options, PrintStream out) {
        // The database opens on a thread of its own while the command reads the file a first time (ADR 0079).
        try (MadeInBackground<ImportTarget> target = MadeInBackground.start(() -> ImportTarget.open(directory, options),
                ImportTarget::close, "import-database-opening")) {
            ImportCommand command = new ImportCommand(() -> target.get().importer(), ZoneId.systemDefault(),
                    Clock.systemUTC());
            return command.run(options.arguments().toArray(String[]::new), out, out);
        }
    }

    /** The opened database an import writes into, and what it is written with; closed in the reverse order. */
    private record ImportTarget(ServerDatabase database, StoringInBackground storing, JiraCsvImport importer) {

        static ImportTarget open(DataDirectory directory, ServerOptions options) {
            ServerDatabase database = ServerDatabase.open(options, directory);
            try {
                AuthSchema.migrate(database.session());
                // On PostgreSQL the import is numbered in the write sequence as the server's writes are, so that
                // running nodes learn of it; on H2 (one process) it stops while the disk is nearly full, as an upload
                // does, and loads empty tables before adding their keys (ADR 0056).
                ClusterNode node = new ClusterNode(database.dataSource(), ClusterFeed.DEFAULT_CATCH_UP);
                IssueStore store = node.store(IssueSink.NONE);
                store.createSchema();
                database.diskRoom().ifPresent(room -> {
                    store.guardImports(new WriteRoom(room::usableBytes));
                    store.addKeysAfterLoadingEmptyTables();
                });
                database.setupDone();
                if (options.dbUrl().isEmpty()) {
                    bulkCache(database.dataSource());
                }
                Users people = new Users(database.session(), Clock.systemDefaultZone());
                // On H2 the file's pages are written by H2's background thread while the rows go in (ADR 0077).
                StoringInBackground storing = database.diskRoom().isPresent()
                        ? StoringInBackground.start(database.dataSource()) : null;
                return new ImportTarget(database, storing, new JiraCsvImport(store, people));
            } catch (RuntimeException | Error e) {
                try {
                    database.close();
                } catch (RuntimeException again) {
                    e.addSuppressed(again);
                }
                throw e;
            }
        }

        void close() {
            try {
                if (storing != null) {
                    storing.close();
                }
            } finally {
                database.close();
            }
        }
    }

    /**
     * An import is one transaction: H2 keeps every page it changes until the commit, and with its default cache
     * (a few per cent of the heap) reads them back from disk again and again. This process does nothing else, so
     * it lets H2 cache up to half of its heap (a setting of the open database, not stored in it).
     */
    private static void bulkCache(DataSource dataSource) {
        long kib = Runtime.getRuntime().maxMemory() / 2 / 1024;
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SET CACHE_SIZE " + Math.min(kib, Integer.MAX_VALUE));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot size the database cache for the import", e);
        }
    }
}
