package org.saleskpi.core.gadget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Currency;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.kpi.SalesModel;
import org.saleskpi.core.metric.Dimension;
import org.saleskpi.core.metric.Filter;
import org.saleskpi.core.period.SalesCalendar;

class GroupByTest {

    @Test
    void keysRoundTrip() {
        for (GroupBy groupBy : GroupBy.values()) {
            assertThat(GroupBy.fromKey(groupBy.key())).isEqualTo(groupBy);
        }
        assertThat(GroupBy.ISSUE_TYPE.key()).isEqualTo("issue-type");
        assertThatThrownBy(() -> GroupBy.fromKey("team")).hasMessage("unknown groupBy: team");
    }

    @Test
    void repsAreTheModelsRepColumnOverDeals() {
        assertThat(GroupBy.REP.dimension(Pipeline.model()))
                .isEqualTo(Dimension.by(Column.ASSIGNEE, Filter.typeIn(Set.of("Deal"))));
        assertThat(GroupBy.REP.dimension(Pipeline.modelCreditingRepField()))
                .isEqualTo(Dimension.by(Pipeline.REP_COLUMN, Filter.typeIn(Set.of("Deal"))));
    }

    @Test
    void customersNeedACustomerField() {
        SalesModel withoutCustomers = new SalesModel("project = SALES", Set.of("Lead"), Set.of("Deal"), Set.of(),
                Set.of(), Set.of(), Set.of("Won"), Set.of("Lost"), Set.of(), Set.of(), Pipeline.AMOUNT,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Currency.getInstance("EUR"), SalesCalendar.of(Pipeline.ZONE), 14);

        assertThat(GroupBy.CUSTOMER.dimension(Pipeline.model()))
                .isEqualTo(Dimension.by(Pipeline.CUSTOMER_COLUMN, Filter.typeIn(Set.of("Deal"))));
        assertThatThrownBy(() -> GroupBy.CUSTOMER.dimension(withoutCustomers))
                .hasMessageStartingWith("groupBy customer needs");
    }
}
