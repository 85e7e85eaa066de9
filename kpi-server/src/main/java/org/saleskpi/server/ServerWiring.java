package org.saleskpi.server;

import jakarta.servlet.Filter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.saleskpi.core.user.AccessPolicy;
import org.saleskpi.core.user.Directory;
import org.saleskpi.server.database.ServerDatabase;
import org.saleskpi.server.database.ServerSettings;
import org.saleskpi.server.host.NotWiredYet;
import org.saleskpi.server.host.ServerOptions;
import org.saleskpi.store.AoSession;
import org.saleskpi.store.dashboard.StoredDashboards;
import org.saleskpi.store.goal.StoredGoalFolders;
import org.saleskpi.store.goal.StoredGoals;
import org.saleskpi.store.goal.StoredTargets;
import org.saleskpi.store.goal.StoredValueHistory;
import org.saleskpi.store.kpi.StoredKpiProfiles;
import org.saleskpi.store.kpi.StoredQuotas;
import org.saleskpi.web.RestResources;
import org.saleskpi.web.RestServices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every part of the standalone server, wired in start-up order, one line per part. The lines marked
 * "seam" hold a stand-in from {@link NotWiredYet} until the real part arrives.
 */
public final class ServerWiring {
    private static final Logger LOG = LoggerFactory.getLogger(ServerWiring.class);

    private ServerWiring() {
    }

    /** The commands of the jar, by name. */
    public static Map<String, Command> commands() {
        Map<String, Command> commands = new LinkedHashMap<>();
        commands.put(ServerOptions.SERVE, new ServeCommand());
        commands.put("import", NotWiredYet.command("import")); // seam: new ImportCommand()
        return commands;
    }

    /**
     * Builds the parts over the open, upgraded database; on the first start also loads the demo data.
     */
    public static Parts wire(ServerDatabase database, ServerOptions options, Clock clock) {
        AoSession session = database.session();
        ServerSettings settings = new ServerSettings(session);
        boolean firstStart = settings.isFirstStart();

        // seam: new LocalIssueSource(index, access) over new IssueIndex(), filled by new IssueStore(session)
        NotWiredYet.NoIssues issues = new NotWiredYet.NoIssues();
        Directory directory = new NotWiredYet.Nobody(); // seam: the server's Directory over its users table
        AccessPolicy access = new NotWiredYet.NobodySignedIn(); // seam: new ServerAccessPolicy(...)
        if (firstStart) {
            if (options.demo()) {
                LOG.info("The demo data is not wired yet."); // seam: new DemoLoader(...).load()
            }
            settings.recordFirstStart(clock.instant());
        }
        // seam: the admin bootstrap (SALESKPI_ADMIN_PASSWORD) goes here, once users exist

        RestServices services = new RestServices(access, issues, issues, directory, new StoredKpiProfiles(session),
                new StoredGoals(session), new StoredTargets(session), new StoredValueHistory(session),
                new StoredGoalFolders(session), new StoredQuotas(session), new StoredDashboards(session), clock);
        List<Object> rest = new ArrayList<>(RestResources.resources(services));
        rest.addAll(RestResources.providers());
        // seam: the host's resources and filters (/session, /users, /projects/{key}/roles, the auth filter)
        List<Filter> filters = List.of();
        return new Parts(services, rest, filters, firstStart);
    }

    /**
     * What the web server mounts.
     *
     * @param rest the JAX-RS resources, providers and filters under {@code /rest/saleskpi/1.0}
     * @param filters servlet filters in front of everything (pages and REST), in order
     * @param firstStart whether this start was the database's first
     */
    public record Parts(RestServices services, List<Object> rest, List<Filter> filters, boolean firstStart) {
        public Parts {
            Objects.requireNonNull(services, "services");
            rest = List.copyOf(rest);
            filters = List.copyOf(filters);
        }
    }
}
