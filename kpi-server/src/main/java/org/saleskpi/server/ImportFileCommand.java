package org.saleskpi.server;

import java.io.PrintStream;
import java.time.Clock;
import java.time.ZoneId;
import org.saleskpi.server.auth.AuthSchema;
import org.saleskpi.server.auth.Users;
import org.saleskpi.server.database.ServerDatabase;
import org.saleskpi.server.host.DataDirectory;
import org.saleskpi.server.host.ServerOptions;
import org.saleskpi.server.imports.ImportCommand;
import org.saleskpi.server.imports.JiraCsvImport;
import org.saleskpi.core.index.IssueSink;
import org.saleskpi.server.issues.IssueStore;

/**
 * {@code import --file export.csv ...}: imports into the data directory of a stopped server (it
 * takes the directory's lock, so it refuses while a server runs on it); the next start loads the
 * imported issues into its index.
 */
final class ImportFileCommand implements Command {

    @Override
    public int run(ServerOptions options, PrintStream out) {
        try (DataDirectory directory = DataDirectory.lock(options.dataDir());
                ServerDatabase database = ServerDatabase.open(options, directory)) {
            AuthSchema.migrate(database.session());
            IssueStore store = new IssueStore(database.dataSource(), IssueSink.NONE);
            store.createSchema();
            Users people = new Users(database.session(), Clock.systemDefaultZone());
            return new ImportCommand(new JiraCsvImport(store, people), ZoneId.systemDefault())
                    .run(options.arguments().toArray(String[]::new), out, out);
        }
    }
}
