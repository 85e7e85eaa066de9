package org.saleskpi.core.gadget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OptionSpecTest {

    @Test
    void anOptionIsDeclaredByItsNameAndKindThenNarrowed() {
        OptionSpec groupBy = OptionSpec.grouping("groupBy", false).field("groupByRep").byDefault("rep");

        assertThat(groupBy.name()).isEqualTo("groupBy");
        assertThat(groupBy.field()).isEqualTo("groupByRep");
        assertThat(groupBy.kind()).isEqualTo(OptionKind.GROUPING);
        assertThat(groupBy.byDefault()).contains("rep");
        assertThat(groupBy.none()).isFalse();
        assertThat(groupBy.required()).isFalse();
        assertThat(groupBy.since()).isEqualTo(1);

        OptionSpec maxStacks = OptionSpec.whole("maxStacks", 1, 50).applies(Applies.ADDITIVE);
        assertThat(maxStacks.min()).contains(BigDecimal.ONE);
        assertThat(maxStacks.max()).contains(BigDecimal.valueOf(50));
        assertThat(maxStacks.applies()).contains(Applies.ADDITIVE);
        assertThat(OptionSpec.of("colours", OptionKind.COLOURS).asLocal().local()).isTrue();
    }

    @Test
    void membersThatDoNotFitTheKindAreRefused() {
        assertThatThrownBy(() -> new OptionSpec("jql", "jql", OptionKind.JQL, false, Optional.empty(),
                Optional.of(BigDecimal.ONE), Optional.empty(), List.of(), false, Optional.empty(), false, 1))
                .hasMessageContaining("only a number has a range");
        assertThatThrownBy(() -> OptionSpec.of("topN", OptionKind.WHOLE)).hasMessageContaining("needs its range");
        assertThatThrownBy(() -> OptionSpec.of("order", OptionKind.CHOICE)).hasMessageContaining("lists its choices");
        assertThatThrownBy(() -> new OptionSpec("kpi", "kpi", OptionKind.FIGURE, false, Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), true, Optional.empty(), false, 1))
                .hasMessageContaining("only a grouping");
        assertThatThrownBy(() -> OptionSpec.jql().since(0)).hasMessageContaining("1 or later");
        assertThatThrownBy(() -> OptionSpec.of(" ", OptionKind.FLAG)).hasMessageContaining("name");
    }
}
