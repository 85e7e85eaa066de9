package org.saleskpi.core.gadget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Saved preferences read as the data API's query, as the dashboard page's script reads them. */
class SavedPreferencesTest {
    /** A type of version 2 whose step renamed {@code measure} to {@code kpi} and brought {@code bucket}. */
    private static final Gadget TYPE = new Gadget() {
        @Override
        public String key() {
            return "example";
        }

        @Override
        public int version() {
            return 2;
        }

        @Override
        public List<OptionSpec> options() {
            return List.of(OptionSpec.jql(), OptionSpec.figures("won-revenue"), OptionSpec.period("this-month"),
                    OptionSpec.of("bucket", OptionKind.BUCKET).since(2), OptionSpec.colours());
        }

        @Override
        public List<Migration> migrations() {
            return List.of(new Migration(2, Map.of("measure", "kpi"), Map.of("bucket", "month"), List.of("legacy")));
        }

        @Override
        public Plan plan(GadgetRequest request) {
            throw new UnsupportedOperationException();
        }
    };

    @Test
    void aVersionOneGadgetIsMigratedGivenItsDefaultsAndLosesTheKeysOfThePage() {
        Map<String, List<String>> query = SavedPreferences.query(TYPE, Map.of("v", "1", "title", "Mine",
                "profile", "3", "measure", "won-revenue, win-rate.count,", "legacy", "x", "colours", "#fff",
                "height", "300", "pinned", "true", "unknown", "y", "jql", ""));

        assertThat(query).containsExactlyInAnyOrderEntriesOf(Map.of("profile", List.of("3"),
                "kpi", List.of("won-revenue", "win-rate.count"), "bucket", List.of("month"),
                "period", List.of("this-month")));
    }

    @Test
    void aCurrentGadgetKeepsItsChoicesAndAnEmptyOneGetsTheTypesDefaults() {
        assertThat(SavedPreferences.query(TYPE, Map.of("v", "2", "kpi", "win-rate", "period", "2024-03-01..2024-04-01",
                "bucket", "week", "jql", "assignee = rep"))).containsExactlyInAnyOrderEntriesOf(Map.of(
                        "kpi", List.of("win-rate"), "period", List.of("2024-03-01..2024-04-01"),
                        "bucket", List.of("week"), "jql", List.of("assignee = rep")));
        assertThat(SavedPreferences.query(TYPE, Map.of("v", "2"))).containsExactlyInAnyOrderEntriesOf(Map.of(
                "kpi", List.of("won-revenue"), "period", List.of("this-month")));
        assertThat(SavedPreferences.query(TYPE, Map.of())).describedAs("no v is the first shape, migrated")
                .containsEntry("bucket", List.of("month"));
        assertThat(SavedPreferences.title(Map.of("title", "  Pipeline  "))).isEqualTo("Pipeline");
    }
}
