package org.saleskpi.store.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.EntityManager;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.saleskpi.core.kpi.KpiProfile;
import org.saleskpi.core.kpi.PipelineSettings;
import org.saleskpi.core.kpi.Stage;
import org.saleskpi.store.AoSession;
import org.saleskpi.store.Database;
import org.saleskpi.store.EntityManagerSession;
import org.saleskpi.store.JdbcSchema;
import org.saleskpi.store.StoreSchema;
import org.saleskpi.store.upgrade.ModelVersion;
import org.saleskpi.store.upgrade.SchemaUpgrade;
import org.saleskpi.store.upgrade.v1.CreateV1Schema;
import org.saleskpi.store.upgrade.v1.KpiProfileV1;
import org.saleskpi.store.upgrade.v1.ProfileVersionV1;

/**
 * A store of model version 1, the release before the pipeline settings, with its profiles written as
 * that release wrote them, upgraded by this release: every profile reads back as it was, with no
 * pipeline settings, and takes stages from then on.
 */
class PipelineSettingsUpgradeTest {

    @ParameterizedTest
    @EnumSource(Database.class)
    void profilesOfVersionOneReadBackUnchangedWithoutPipelineSettings(Database database) throws SQLException {
        EntityManager manager = database.open();
        AoSession session = new EntityManagerSession(manager);
        // Release 1: its one task, then its live entities, which were the frozen copies of version 1.
        assertThat(new SchemaUpgrade(session, List.of(new CreateV1Schema()), CreateV1Schema.ENTITIES).run())
                .isEqualTo(ModelVersion.valueOf("1"));
        long full = profileOfReleaseOne(session, "Pipeline 営業 🚀", 3);
        long bare = bareProfileOfReleaseOne(session);

        SchemaUpgrade upgrade = StoreSchema.schemaUpgrade(session);
        // Versions 3 (saved key lists) and 4 (check-ins) touch no profile table.
        assertThat(upgrade.run()).isEqualTo(ModelVersion.valueOf("4"));
        assertThat(upgrade.storedVersion()).isEqualTo(ModelVersion.valueOf("4"));

        StoredKpiProfiles profiles = new StoredKpiProfiles(session);
        KpiProfile fullRead = profiles.get(full).orElseThrow();
        assertThat(fullRead).isEqualTo(new KpiProfile(full, "SALES", "Pipeline 営業 🚀", Profiles.withoutPipeline(), 3));
        assertThat(fullRead.model().pipeline()).isEqualTo(PipelineSettings.none());
        assertThat(profiles.get(bare)).contains(new KpiProfile(bare, "SALES", "Bare", Profiles.bare(), 1));

        // The upgraded tables are those a new store gets, and they take the new settings.
        EntityManager fresh = database.open();
        StoreSchema.schemaUpgrade(new EntityManagerSession(fresh)).run();
        assertThat(JdbcSchema.of(manager)).isEqualTo(JdbcSchema.of(fresh));
        PipelineSettings stages = new PipelineSettings(List.of(Stage.of("Proposal", "0.4")), Optional.empty(),
                Optional.empty(), Map.of());
        KpiProfile updated = profiles.update(new KpiProfile(full, "SALES", "Pipeline 営業 🚀",
                Profiles.withoutPipeline().withPipeline(stages), 3));
        assertThat(profiles.get(full)).contains(updated);
        assertThat(updated.version()).isEqualTo(4);
    }

    /** {@link Profiles#withoutPipeline()} in the columns release 1 wrote, name sets in {@link StringSetCodec} text. */
    private static long profileOfReleaseOne(AoSession session, String name, long version) {
        Map<String, Object> values = new HashMap<>();
        values.put("PROJECT_KEY", "SALES");
        values.put("NAME", name);
        values.put("SCOPE_JQL", "project = \"営業\" AND summary ~ 'ä, \"b\"' " + "x".repeat(10_000));
        values.put("LEAD_TYPES", "4:Lead,12:Lead, \"warm\",4:見込み客,");
        values.put("DEAL_TYPES", "10:Deal: 3:x,,11:Opportunity,");
        values.put("CUSTOMER_TYPES", "8:Customer,");
        values.put("CAMPAIGN_TYPES", "10:Campaign 📧,");
        values.put("COST_TYPES", "7:Expense,");
        values.put("WON_STATUSES", "11:Closed, Won,3:Won,");
        values.put("LOST_STATUSES", "4:Lost,7:Perdu ❌,");
        values.put("CONVERTED_STATUSES", "9:Converted,9:Qualified,");
        values.put("CHURNED_STATUSES", "7:Churned,");
        values.put("AMOUNT_FIELD", "customfield_10010");
        values.put("CLOSE_DATE_FIELD", "customfield_10011");
        values.put("CUSTOMER_FIELD", "customfield_10020");
        values.put("COST_FIELD", "customfield_10030");
        values.put("EMAILS_SENT_FIELD", "customfield_10040");
        values.put("EMAILS_OPENED_FIELD", "customfield_10041");
        values.put("REP_FIELD", "customfield_10050");
        values.put("CURRENCY_CODE", "JPY");
        values.put("ZONE_ID", "Asia/Tokyo");
        values.put("FISCAL_START_MONTH", 4);
        values.put("WEEK_START", "SUNDAY");
        values.put("STALE_DAYS", 45);
        values.put("ROW_VERSION", version);
        return created(session, values, version);
    }

    private static long bareProfileOfReleaseOne(AoSession session) {
        Map<String, Object> values = new HashMap<>();
        values.put("PROJECT_KEY", "SALES");
        values.put("NAME", "Bare");
        values.put("DEAL_TYPES", "4:Deal,");
        values.put("WON_STATUSES", "3:Won,");
        values.put("AMOUNT_FIELD", "customfield_1");
        values.put("CURRENCY_CODE", "EUR");
        values.put("ZONE_ID", "Europe/Berlin");
        values.put("FISCAL_START_MONTH", 1);
        values.put("WEEK_START", "MONDAY");
        values.put("STALE_DAYS", 30);
        values.put("ROW_VERSION", 1L);
        return created(session, values, 1L);
    }

    private static long created(AoSession session, Map<String, Object> values, long version) {
        KpiProfileV1 row = session.create(KpiProfileV1.class, values);
        session.create(ProfileVersionV1.class, Map.of("OWNER_ID", (long) row.getID(), "ROW_VERSION", version));
        return row.getID();
    }
}
