package org.saleskpi.server.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.sql.DataSource;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.saleskpi.aohost.EntityManagers;
import org.saleskpi.core.dashboard.Dashboard;
import org.saleskpi.core.dashboard.Layout;
import org.saleskpi.server.RunningServer;
import org.saleskpi.server.auth.Users;
import org.saleskpi.server.host.ServerOptions;
import org.saleskpi.store.AoSession;
import org.saleskpi.store.EntityManagerSession;
import org.saleskpi.store.JdbcSchema;
import org.saleskpi.store.StoreSchema;
import org.saleskpi.store.TableNames;
import org.saleskpi.store.upgrade.ModelVersion;
import org.saleskpi.store.upgrade.SchemaUpgrade;
import org.saleskpi.store.upgrade.UpgradeTask;

/**
 * A data directory of the release before sharing (ADR 0061), already at the store's model version 3 without the
 * share, favourite and last-opened tables, opens in this server: the tables are added by the migration of the live
 * entities, its dashboards stay private to their owners, and they can be shared from then on.
 */
class StoreBeforeSharingTest {
    /** The previous release's server entities: the store's and the dashboards' first four. */
    private static final List<Class<? extends RawEntity<?>>> PREVIOUS_ENTITIES = Stream.concat(
            StoreSchema.ENTITIES.stream(), Stream.of(DashboardEntity.class, DashboardVersionEntity.class,
                    GadgetEntity.class, GadgetVersionEntity.class)).toList();

    @ParameterizedTest
    @ValueSource(strings = {"H2", "POSTGRES"})
    void itsDashboardsStayTheirOwnersUntilShared(String database) throws Exception {
        ServerOptions options = ("H2".equals(database) ? RunningServer.temporaryOptions()
                : RunningServer.temporaryPostgresOptions()).withDemo(false);
        DataSource data = DirectDataSources.of(options);
        EntityManager previous = EntityManagers.open(data, TableNames.converter());
        AoSession session = new EntityManagerSession(previous);
        assertThat(new SchemaUpgrade(session, previousTasks(), PREVIOUS_ENTITIES).run())
                .isEqualTo(ModelVersion.valueOf("3"));
        Dashboard plans = new StoredDashboards(session).create(Dashboard.create("ann", "Ann's plans", Layout.ONE_COLUMN));
        Map<String, TreeSet<String>> before = JdbcSchema.of(previous);
        assertThat(before.keySet()).noneMatch(table -> table.endsWith("_DASHBOARD_SHARE"));

        try (RunningServer server = RunningServer.start(options, true)) {
            for (String user : List.of("ann", "ben")) {
                assertThat(send(server, Users.ADMIN, server.adminPassword(), "POST", "/users", "{\"username\":\"" + user
                        + "\",\"password\":\"correct horse 42\"}").statusCode()).isEqualTo(201);
            }
            String path = "/dashboards/" + plans.id();
            assertThat(send(server, "ben", "correct horse 42", "GET", path, null).statusCode()).isEqualTo(404);
            assertThat(body(send(server, "ben", "correct horse 42", "GET", "/dashboards?filter=shared", null))
                    .getAsJsonArray("dashboards")).isEmpty();
            JsonObject mine = body(send(server, "ann", "correct horse 42", "GET", "/dashboards", null))
                    .getAsJsonArray("dashboards").get(0).getAsJsonObject();
            assertThat(mine.get("name").getAsString()).isEqualTo("Ann's plans");
            assertThat(mine.get("access").getAsString()).isEqualTo("owner");

            assertThat(send(server, "ann", "correct horse 42", "PUT", path + "/shares",
                    "{\"shares\":[{\"user\":\"ben\",\"rights\":\"view\"}]}").statusCode()).isEqualTo(200);
            assertThat(body(send(server, "ben", "correct horse 42", "GET", path, null)).get("access").getAsString())
                    .isEqualTo("view");
        }
    }

    /** The previous release's tasks: the store's, version 1 also creating the dashboards' four tables. */
    private static List<UpgradeTask> previousTasks() {
        // The release before sharing stood at the store's version 3: the check-ins' version 4 came with it (ADR 0062).
        return StoreSchema.UPGRADE_TASKS.stream().filter(task -> !task.getModelVersion().isSame(ModelVersion.valueOf("4")))
                .map(task -> !task.getModelVersion().isSame(ModelVersion.valueOf("1"))
                ? task : new UpgradeTask() {
                    @Override
                    public ModelVersion getModelVersion() {
                        return task.getModelVersion();
                    }

                    @Override
                    @SuppressWarnings({"unchecked", "rawtypes"})
                    public void upgrade(ModelVersion currentVersion, AoSession session) {
                        task.upgrade(currentVersion, session);
                        session.migrate(DashboardTables.VERSION_1.toArray(new Class[0]));
                    }
                }).toList();
    }

    private static JsonObject body(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JsonParser.parseString(answer.body()).getAsJsonObject();
    }

    private static HttpResponse<String> send(RunningServer server, String user, String password, String method,
            String path, String json) {
        return server.send(HttpRequest.newBuilder(server.rest(path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json)).build());
    }
}
