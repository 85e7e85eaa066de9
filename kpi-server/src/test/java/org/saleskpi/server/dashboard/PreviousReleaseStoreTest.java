package org.saleskpi.server.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
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
import org.saleskpi.server.dashboard.v1.DashboardV1;
import org.saleskpi.server.dashboard.v1.DashboardVersionV1;
import org.saleskpi.server.dashboard.v1.GadgetV1;
import org.saleskpi.server.dashboard.v1.GadgetVersionV1;
import org.saleskpi.server.host.ServerOptions;
import org.saleskpi.store.AoSession;
import org.saleskpi.store.EntityManagerSession;
import org.saleskpi.store.JdbcSchema;
import org.saleskpi.store.TableNames;
import org.saleskpi.store.upgrade.ModelVersion;
import org.saleskpi.store.upgrade.SchemaUpgrade;
import org.saleskpi.store.upgrade.UpgradeTask;
import org.saleskpi.store.upgrade.v1.CreateV1Schema;

/**
 * A store that the previous release made, when the store itself listed the dashboards' four tables
 * among its thirteen (ADR 0019), opens in this server unchanged: no table, column, index or row of it
 * moves, and its dashboards and gadgets are served as they were saved.
 */
class PreviousReleaseStoreTest {
    /**
     * The previous release's live entities: the store's thirteen, dashboards included, as model version 1
     * froze them (the live profile entity has since gained the pipeline columns of version 2).
     */
    private static final List<Class<? extends RawEntity<?>>> PREVIOUS_ENTITIES = Stream.concat(
            CreateV1Schema.ENTITIES.stream(), Stream.of(DashboardEntity.class, DashboardVersionEntity.class,
                    GadgetEntity.class, GadgetVersionEntity.class)).toList();
    private static final List<String> DASHBOARD_TABLES = List.of("DASHBOARD", "DASHBOARD_VERSION", "GADGET",
            "GADGET_VERSION");

    @ParameterizedTest
    @ValueSource(strings = {"H2", "POSTGRES"})
    void theNewServerKeepsAndServesThePreviousReleasesDashboards(String database) throws Exception {
        ServerOptions options = "H2".equals(database) ? RunningServer.temporaryOptions()
                : RunningServer.temporaryPostgresOptions();
        options = options.withDemo(false);
        DataSource data = DirectDataSources.of(options);

        EntityManager previous = EntityManagers.open(data, TableNames.converter());
        AoSession session = new EntityManagerSession(previous);
        assertThat(new SchemaUpgrade(session, List.of(new PreviousVersionOne()), PREVIOUS_ENTITIES).run())
                .isEqualTo(ModelVersion.valueOf("1"));
        StoredDashboards dashboards = new StoredDashboards(session);
        Dashboard pipeline = dashboards.create(Dashboard.create(Users.ADMIN, "Pipeline", Layout.THREE_COLUMNS));
        dashboards.addGadget(pipeline.id(), "pie", 2, 0, "{\"figure\":\"amount\",\"period\":\"this-quarter\"}");
        dashboards.addGadget(pipeline.id(), "line", 0, 0, "{}");
        Map<String, TreeSet<String>> schemaBefore = JdbcSchema.of(previous);
        Map<String, List<String>> rowsBefore = rows(data, schemaBefore);
        assertThat(schemaBefore.keySet()).hasSize(PREVIOUS_ENTITIES.size() + 1) // and the model version's table
                .anyMatch(table -> table.endsWith("_GADGET"));
        assertThat(rowsBefore.values()).anyMatch(rows -> rows.size() == 2);

        String answered;
        String list;
        try (RunningServer server = RunningServer.start(options, true)) {
            list = asAdmin(server, "/dashboards").body();
            answered = asAdmin(server, "/dashboards/" + pipeline.id()).body();
            server.stop();
            Map<String, TreeSet<String>> schemaAfter = JdbcSchema.of(EntityManagers.open(data, TableNames.converter()));
            // Version 2 only adds (the pipeline columns of KPI_PROFILE, ADR 0004); the dashboards' tables stay as they were.
            schemaBefore.forEach((table, shape) -> assertThat(schemaAfter.get(table)).as(table).containsAll(shape));
            assertThat(schemaAfter).containsAllEntriesOf(schemaBefore.entrySet().stream()
                    .filter(table -> DASHBOARD_TABLES.contains(table.getKey().substring("AO_xxxxxx_".length())))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
            assertThat(rows(data, schemaBefore)).isEqualTo(rowsBefore);
        }

        JsonArray listed = JsonParser.parseString(list).getAsJsonObject().getAsJsonArray("dashboards");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).getAsJsonObject().get("name").getAsString()).isEqualTo("Pipeline");
        JsonObject served = JsonParser.parseString(answered).getAsJsonObject();
        assertThat(served.get("layout").getAsString()).isEqualTo("three-columns");
        List<String> gadgets = new ArrayList<>();
        served.getAsJsonArray("gadgets").forEach(g -> gadgets.add(g.getAsJsonObject().get("type").getAsString() + "@"
                + g.getAsJsonObject().get("column").getAsInt() + " " + g.getAsJsonObject().get("preferences")));
        assertThat(gadgets).containsExactlyInAnyOrder("line@0 {}",
                "pie@2 {\"figure\":\"amount\",\"period\":\"this-quarter\"}");
    }

    /** The previous release's version 1: the store's frozen tables and the dashboards' four. */
    private static final class PreviousVersionOne implements UpgradeTask {
        @Override
        public ModelVersion getModelVersion() {
            return ModelVersion.valueOf("1");
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public void upgrade(ModelVersion currentVersion, AoSession session) {
            List<Class<? extends RawEntity<?>>> frozen = new ArrayList<>(CreateV1Schema.ENTITIES);
            frozen.addAll(List.of(DashboardV1.class, DashboardVersionV1.class, GadgetV1.class, GadgetVersionV1.class));
            session.migrate(frozen.toArray(new Class[0]));
        }
    }

    private static HttpResponse<String> asAdmin(RunningServer server, String path) {
        String credentials = Base64.getEncoder().encodeToString(
                (Users.ADMIN + ":" + server.adminPassword()).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = server.send(HttpRequest.newBuilder(server.rest(path))
                .header("Authorization", "Basic " + credentials).header("Accept", "application/json").GET().build());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return answer;
    }

    /** Every row of the dashboards' tables, as text, by table. */
    private static Map<String, List<String>> rows(DataSource data, Map<String, TreeSet<String>> schema)
            throws SQLException {
        Map<String, List<String>> rows = new TreeMap<>();
        try (Connection connection = data.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : schema.keySet()) {
                if (!DASHBOARD_TABLES.contains(table.substring("AO_xxxxxx_".length()))) {
                    continue;
                }
                List<String> lines = new ArrayList<>();
                try (ResultSet result = statement.executeQuery("SELECT * FROM \"" + table + "\" ORDER BY \"ID\"")) {
                    ResultSetMetaData meta = result.getMetaData();
                    while (result.next()) {
                        StringBuilder line = new StringBuilder();
                        for (int column = 1; column <= meta.getColumnCount(); column++) {
                            line.append(meta.getColumnName(column)).append('=').append(result.getString(column)).append(' ');
                        }
                        lines.add(line.toString());
                    }
                }
                rows.put(table, lines);
            }
        }
        assertThat(rows).hasSize(DASHBOARD_TABLES.size());
        return rows;
    }
}
