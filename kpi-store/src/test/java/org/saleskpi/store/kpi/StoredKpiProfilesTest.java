package org.saleskpi.store.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.saleskpi.core.goal.ConflictException;
import org.saleskpi.core.kpi.ForecastCategory;
import org.saleskpi.core.kpi.KpiProfile;
import org.saleskpi.core.kpi.PipelineSettings;
import org.saleskpi.core.kpi.Stage;
import org.saleskpi.store.AoSession;
import org.saleskpi.store.EntityManagerSession;
import org.saleskpi.store.StoreException;
import org.saleskpi.store.Database;

class StoredKpiProfilesTest {

    private static StoredKpiProfiles profiles(AoSession session) {
        session.migrate(KpiProfileEntity.class, ProfileVersionEntity.class, PipelineStageEntity.class,
                ForecastOptionEntity.class);
        return new StoredKpiProfiles(session);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void everySettingComesBackAsSaved(Database database) {
        StoredKpiProfiles profiles = profiles(new EntityManagerSession(database.open()));
        KpiProfile full = profiles.create(Profiles.unsaved("SALES", "Pipeline 営業 🚀", Profiles.everySetting()));
        KpiProfile bare = profiles.create(Profiles.unsaved("SALES", "Bare", Profiles.bare()));

        assertThat(full.id()).isPositive();
        assertThat(full.version()).isEqualTo(1);
        assertThat(profiles.get(full.id())).contains(full);
        assertThat(full.model()).isEqualTo(Profiles.everySetting());
        assertThat(profiles.get(bare.id()).orElseThrow().model()).isEqualTo(Profiles.bare());
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aProjectListsOnlyItsOwnProfilesByName(Database database) {
        StoredKpiProfiles profiles = profiles(new EntityManagerSession(database.open()));
        KpiProfile zeta = profiles.create(Profiles.unsaved("SALES", "Zeta", Profiles.bare()));
        profiles.create(Profiles.unsaved("OTHER", "Elsewhere", Profiles.bare()));
        KpiProfile alpha = profiles.create(Profiles.unsaved("SALES", "Alpha", Profiles.everySetting()));

        assertThat(profiles.ofProject("SALES")).containsExactly(alpha, zeta);
        assertThat(profiles.ofProject("NONE")).isEmpty();
        assertThat(profiles.get(999_999)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void allListsEveryProjectsProfilesByProjectThenName(Database database) {
        StoredKpiProfiles profiles = profiles(new EntityManagerSession(database.open()));
        assertThat(profiles.all()).isEmpty();
        KpiProfile salesZeta = profiles.create(Profiles.unsaved("SALES", "Zeta", Profiles.bare()));
        KpiProfile other = profiles.create(Profiles.unsaved("OTHER", "Elsewhere", Profiles.bare()));
        KpiProfile salesAlpha = profiles.create(Profiles.unsaved("SALES", "Alpha", Profiles.everySetting()));

        assertThat(profiles.all()).containsExactly(other, salesAlpha, salesZeta);
        profiles.delete(other.id());
        assertThat(profiles.all()).containsExactly(salesAlpha, salesZeta);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void anUpdateStoresEverySettingAndTheNextVersion(Database database) {
        StoredKpiProfiles profiles = profiles(new EntityManagerSession(database.open()));
        KpiProfile bare = profiles.create(Profiles.unsaved("SALES", "Bare", Profiles.bare()));

        KpiProfile updated = profiles.update(new KpiProfile(bare.id(), "SALES2", "Full now", Profiles.everySetting(), 1));
        assertThat(updated.version()).isEqualTo(2);
        assertThat(profiles.get(bare.id())).contains(updated);
        assertThat(updated.model()).isEqualTo(Profiles.everySetting());

        // And back: every optional setting that was set is cleared again.
        KpiProfile back = profiles.update(new KpiProfile(bare.id(), "SALES", "Bare", Profiles.bare(), 2));
        assertThat(profiles.get(bare.id()).orElseThrow().model()).isEqualTo(Profiles.bare());
        assertThat(back.version()).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void anUpdateFromAStaleVersionIsAConflictAndChangesNothing(Database database) {
        StoredKpiProfiles profiles = profiles(new EntityManagerSession(database.open()));
        KpiProfile read = profiles.create(Profiles.unsaved("SALES", "Pipeline", Profiles.bare()));
        KpiProfile first = profiles.update(new KpiProfile(read.id(), "SALES", "First", Profiles.bare(), read.version()));

        assertThatThrownBy(() -> profiles.update(new KpiProfile(read.id(), "SALES", "Second", Profiles.everySetting(),
                read.version())))
                .isInstanceOf(ConflictException.class)
                .hasMessage("KPI profile " + read.id() + " changed since version 1 was read");
        assertThat(profiles.get(read.id())).contains(first);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void updatingADeletedProfileSaysItIsGone(Database database) {
        StoredKpiProfiles profiles = profiles(new EntityManagerSession(database.open()));
        KpiProfile read = profiles.create(Profiles.unsaved("SALES", "Pipeline", Profiles.bare()));
        profiles.delete(read.id());

        assertThat(profiles.get(read.id())).isEmpty();
        assertThatThrownBy(() -> profiles.update(read)).isInstanceOf(ConflictException.class)
                .hasMessage("KPI profile " + read.id() + " no longer exists");
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void anUpdateThatFailsHalfWayLeavesProfileAndVersionAsTheyWere(Database database) {
        StoredKpiProfiles profiles = profiles(new EntityManagerSession(database.open()));
        KpiProfile read = profiles.create(Profiles.unsaved("SALES", "Pipeline", Profiles.bare()));

        // The version is claimed first; the name then overflows its 255-character column.
        assertThatThrownBy(() -> profiles.update(new KpiProfile(read.id(), "SALES", "n".repeat(300),
                Profiles.everySetting(), read.version()))).isInstanceOf(RuntimeException.class)
                .isNotInstanceOf(ConflictException.class);

        assertThat(profiles.get(read.id())).contains(read);
        KpiProfile retried = profiles.update(new KpiProfile(read.id(), "SALES", "Retried", Profiles.everySetting(),
                read.version()));
        assertThat(retried.version()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void stagesComeBackInTheProfilesOrderAndAnUpdateReplacesThem(Database database) {
        AoSession session = new EntityManagerSession(database.open());
        StoredKpiProfiles profiles = profiles(session);
        KpiProfile stored = profiles.create(Profiles.unsaved("SALES", "Pipeline", Profiles.everySetting()));
        KpiProfile other = profiles.create(Profiles.unsaved("SALES", "Other", Profiles.everySetting()));

        assertThat(profiles.get(stored.id()).orElseThrow().model().pipeline().stages()).extracting(Stage::status)
                .containsExactly("Qualifying", "Proposal, \"sent\"", "交渉 🤝", "Commit");
        PipelineSettings fewer = new PipelineSettings(List.of(Stage.of("Commit", "0.8"), Stage.of("Qualifying", null)),
                Optional.empty(), Optional.of("customfield_10061"), Map.of("Maybe", ForecastCategory.PIPELINE));
        KpiProfile updated = profiles.update(new KpiProfile(stored.id(), "SALES", "Pipeline",
                Profiles.everySetting().withPipeline(fewer), stored.version()));

        assertThat(profiles.get(stored.id())).contains(updated);
        assertThat(updated.model().pipeline()).isEqualTo(fewer);
        assertThat(session.count(PipelineStageEntity.class, Query.select().where("PROFILE_ID = ?", stored.id())))
                .isEqualTo(2);
        // The other profile's rows are its own.
        assertThat(profiles.get(other.id()).orElseThrow().model()).isEqualTo(Profiles.everySetting());

        profiles.delete(stored.id());
        assertThat(session.count(PipelineStageEntity.class, Query.select().where("PROFILE_ID = ?", stored.id())))
                .isZero();
        assertThat(session.count(ForecastOptionEntity.class, Query.select().where("PROFILE_ID = ?", stored.id())))
                .isZero();
        assertThat(profiles.get(other.id()).orElseThrow().model()).isEqualTo(Profiles.everySetting());
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void anUpdateWhoseStagesCannotBeStoredLeavesTheWholeProfileAsItWas(Database database) {
        AoSession session = new EntityManagerSession(database.open());
        StoredKpiProfiles profiles = profiles(session);
        KpiProfile read = profiles.create(Profiles.unsaved("SALES", "Pipeline", Profiles.everySetting()));

        // The profile row is written first; the second stage's status then overflows its 255-character column.
        PipelineSettings tooLong = new PipelineSettings(List.of(Stage.of("Fine", "0.2"), Stage.of("s".repeat(300), null)),
                Optional.empty(), Optional.empty(), Map.of());
        assertThatThrownBy(() -> profiles.update(new KpiProfile(read.id(), "SALES", "Renamed",
                Profiles.bare().withPipeline(tooLong), read.version()))).isInstanceOf(RuntimeException.class)
                .isNotInstanceOf(ConflictException.class);

        assertThat(profiles.get(read.id())).contains(read);
        assertThat(session.count(PipelineStageEntity.class, Query.select().where("PROFILE_ID = ?", read.id())))
                .isEqualTo(4);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void anUnknownStoredForecastCategoryNamesTheProfile(Database database) {
        AoSession session = new EntityManagerSession(database.open());
        StoredKpiProfiles profiles = profiles(session);
        KpiProfile stored = profiles.create(Profiles.unsaved("SALES", "Pipeline", Profiles.everySetting()));
        for (ForecastOptionEntity option : session.find(ForecastOptionEntity.class, Query.select())) {
            option.setCategory("upside");
            option.save();
        }

        assertThatThrownBy(() -> profiles.get(stored.id())).isInstanceOf(StoreException.class)
                .hasMessageContaining("KPI profile " + stored.id()).hasMessageContaining("unknown forecast category upside");
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aStoredProfileThatBreaksTheRulesNamesItsId(Database database) {
        AoSession session = new EntityManagerSession(database.open());
        StoredKpiProfiles profiles = profiles(session);
        KpiProfile stored = profiles.create(Profiles.unsaved("SALES", "Pipeline", Profiles.bare()));
        // As an older release without the won/lost overlap rule could have saved it.
        KpiProfileEntity row = session.get(KpiProfileEntity.class, (int) stored.id());
        row.setLostStatuses(row.getWonStatuses());
        row.save();

        assertThatThrownBy(() -> profiles.get(stored.id())).isInstanceOf(StoreException.class)
                .hasMessageContaining("KPI profile " + stored.id() + " is stored with settings that are no longer valid")
                .hasMessageContaining("A status cannot mean both won and lost: [Won]");
        assertThatThrownBy(() -> profiles.ofProject("SALES")).isInstanceOf(StoreException.class)
                .hasMessageContaining("KPI profile " + stored.id());
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void anUnknownStoredZoneNamesTheProfileToo(Database database) {
        AoSession session = new EntityManagerSession(database.open());
        StoredKpiProfiles profiles = profiles(session);
        KpiProfile stored = profiles.create(Profiles.unsaved("SALES", "Pipeline", Profiles.bare()));
        KpiProfileEntity row = session.get(KpiProfileEntity.class, (int) stored.id());
        row.setZoneId("Mars/Olympus_Mons");
        row.save();

        assertThatThrownBy(() -> profiles.get(stored.id())).isInstanceOf(StoreException.class)
                .hasMessageContaining("KPI profile " + stored.id()).hasMessageContaining("Mars/Olympus_Mons");
    }
}
