package org.saleskpi.server.connect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.index.CustomField;
import org.saleskpi.core.index.IssueSink;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.kpi.KpiProfile;
import org.saleskpi.core.kpi.KpiProfileRepository;
import org.saleskpi.core.kpi.PipelineSettings;
import org.saleskpi.core.kpi.SalesModel;
import org.saleskpi.core.period.SalesCalendar;
import org.saleskpi.server.issues.IssueStore;
import org.saleskpi.store.Database;

class ProfileDefaultsTest {
    private final IssueStore store = new IssueStore(Database.H2_MEMORY.openDataSource(), IssueSink.NONE);
    private final Profiles profiles = new Profiles();
    private final ProfileDefaults defaults = new ProfileDefaults(profiles, store);

    @Test
    void withoutProfilesThereIsNoDefault() {
        store.createSchema();

        assertThat(defaults.jql()).isEmpty();
        assertThat(defaults.fieldNames()).isEmpty();
    }

    @Test
    void theScopesAreOredOnceEachWithoutTheirOrderAndABlankScopeIsItsProject() {
        store.createSchema();
        CustomField amount = store.defineField("Amount", FieldType.NUMBER);
        profiles.add("SALES", model("", amount.id(), Optional.empty(), Optional.empty()));
        assertThat(defaults.jql()).contains("project = SALES");

        profiles.add("DEAL", model("project = DEAL AND issuetype = Deal ORDER BY created DESC", amount.id(),
                Optional.empty(), Optional.empty()));
        profiles.add("SALES", model("project = SALES", amount.id(), Optional.empty(), Optional.empty()));

        assertThat(defaults.jql()).contains("(project = SALES) OR (project = DEAL AND issuetype = Deal)");
    }

    @Test
    void theFieldsAreTheLocalNamesOfWhatTheProfilesRead() {
        store.createSchema();
        CustomField amount = store.defineField("Amount", FieldType.NUMBER);
        CustomField close = store.defineField("Close date", FieldType.DATE);
        CustomField rep = store.defineField("Account executive", FieldType.USER);
        store.defineField("Notes", FieldType.TEXT);
        profiles.add("SALES", model("project = SALES", amount.id(), Optional.of(close.id()), Optional.empty()));
        // The second profile reads the amount too, a rep field, and a field this store never defined.
        profiles.add("DEAL", model("project = DEAL", amount.id(), Optional.of("customfield_19999"),
                Optional.of(rep.id())));

        assertThat(defaults.fieldNames()).containsExactly("Amount", "Close date", "Account executive");
    }

    private static SalesModel model(String scope, String amount, Optional<String> closeDate, Optional<String> rep) {
        return new SalesModel(scope, Set.of(), Set.of("Deal"), Set.of(), Set.of(), Set.of(), Set.of("Won"),
                Set.of("Lost"), Set.of(), Set.of(), amount, closeDate, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), rep, Currency.getInstance("EUR"),
                SalesCalendar.of(java.time.ZoneId.of("Europe/Berlin")), 14, PipelineSettings.none());
    }

    /** The profiles as a repository lists them; defaults read nothing else. */
    private static final class Profiles implements KpiProfileRepository {
        private final List<KpiProfile> all = new ArrayList<>();

        void add(String project, SalesModel model) {
            all.add(new KpiProfile(all.size() + 1, project, "Profile " + (all.size() + 1), model, 1));
        }

        @Override
        public List<KpiProfile> all() {
            return List.copyOf(all);
        }

        @Override
        public KpiProfile create(KpiProfile profile) {
            throw new UnsupportedOperationException("not read by the defaults");
        }

        @Override
        public Optional<KpiProfile> get(long id) {
            return all.stream().filter(p -> p.id() == id).findFirst();
        }

        @Override
        public List<KpiProfile> ofProject(String projectKey) {
            return all.stream().filter(p -> p.projectKey().equals(projectKey)).toList();
        }

        @Override
        public KpiProfile update(KpiProfile profile) {
            throw new UnsupportedOperationException("not read by the defaults");
        }

        @Override
        public void delete(long id) {
            throw new UnsupportedOperationException("not read by the defaults");
        }
    }
}
