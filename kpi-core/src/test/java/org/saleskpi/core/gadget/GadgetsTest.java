package org.saleskpi.core.gadget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GadgetsTest {

    @Test
    void findsEveryTypeOfTheBuildByKeyInKeyOrder() {
        assertThat(Gadgets.keys()).containsExactly("bar", "battery", "calculation", "completed",
                "forecast",
                "funnel",
                "goals",
                "kpi-list", "leaderboard", "line", "pie",
                "pipeline-movement",
                "pipeline-trend",
                "table",
                "time-in-stage",
                "whos-behind", "worked-on");
        assertThat(Gadgets.find("pie")).get().extracting(Gadget::titleKey).isEqualTo("saleskpi.gadget.type.pie.title");
        assertThat(Gadgets.find("Pie")).isEmpty();
        assertThat(Gadgets.all()).extracting(Gadget::key).doesNotHaveDuplicates();
    }

    @Test
    void eachTypeNamesEachOptionOnceAndEachFormFieldOnce() {
        for (Gadget gadget : Gadgets.all()) {
            assertThat(gadget.options()).as(gadget.key()).extracting(OptionSpec::name).doesNotHaveDuplicates();
            assertThat(gadget.options()).as(gadget.key()).extracting(OptionSpec::field).doesNotHaveDuplicates();
        }
    }

    @Test
    void theFiguresOptionIsRequiredWhereverAGadgetShowsFigures() {
        Set<String> withFigures = Gadgets.all().stream()
                .filter(g -> g.options().stream().anyMatch(o -> o.kind() == OptionKind.FIGURE
                        || o.kind() == OptionKind.FIGURES))
                .map(Gadget::key).collect(Collectors.toSet());

        assertThat(withFigures).containsExactlyInAnyOrder("bar", "calculation", "kpi-list", "line", "pie", "table");
        for (String key : withFigures) {
            OptionSpec kpi = Gadgets.find(key).orElseThrow().options().stream()
                    .filter(o -> o.name().equals("kpi")).findFirst().orElseThrow();
            assertThat(kpi.required()).as(key).isTrue();
        }
    }

    @Test
    void aTypeWhoseDeclarationDoesNotHoldTogetherIsRefused() {
        assertThatThrownBy(() -> Gadgets.check(gadget(1, List.of(OptionSpec.jql(), OptionSpec.jql()), List.of())))
                .hasMessageContaining("two options on the field jql");
        assertThatThrownBy(() -> Gadgets.check(gadget(1, List.of(OptionSpec.jql().since(2)), List.of())))
                .hasMessageContaining("newer than the type");
        assertThatThrownBy(() -> Gadgets.check(gadget(2, List.of(), List.of())))
                .hasMessageContaining("lead to version 1, not to 2");
        assertThatThrownBy(() -> Gadgets.check(gadget(3, List.of(), List.of(step(3)))))
                .hasMessageContaining("migration to 3 does not follow version 1");

        Gadgets.check(gadget(3, List.of(OptionSpec.jql().since(3)), List.of(step(2), step(3))));
    }

    private static Migration step(int to) {
        return new Migration(to, Map.of("old", "new"), Map.of(), List.of());
    }

    private static Gadget gadget(int version, List<OptionSpec> options, List<Migration> migrations) {
        return new Gadget() {
            @Override
            public String key() {
                return "test";
            }

            @Override
            public int version() {
                return version;
            }

            @Override
            public List<OptionSpec> options() {
                return options;
            }

            @Override
            public List<Migration> migrations() {
                return migrations;
            }

            @Override
            public Plan plan(GadgetRequest request) {
                throw new UnsupportedOperationException("a declaration only");
            }
        };
    }
}
