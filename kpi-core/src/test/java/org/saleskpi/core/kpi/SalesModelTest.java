package org.saleskpi.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.validation.FieldError;
import org.saleskpi.core.validation.InvalidInputException;

class SalesModelTest {
    private final SalesModel valid = SalesFixture.model();

    @Test
    void namesEveryContradictionAtItsField() {
        assertThatThrownBy(() -> new SalesModel("project = SALES", Set.of("Deal"), Set.of("Deal"), Set.of(), Set.of(),
                Set.of(), Set.of("Won"), Set.of("Won", "Lost"), Set.of(), Set.of(), " ", Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                valid.currency(), valid.calendar(), 0))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting(FieldError::field)
                        .containsExactly("lostStatuses", "leadTypes", "amountField", "staleDays"))
                .hasMessageContaining("Won").hasMessageContaining("Deal");
    }

    @Test
    void dealsNeedATypeAndAWonStatus() {
        assertThatThrownBy(() -> new SalesModel("", Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
                Set.of(), Set.of(), Set.of(), "customfield_1", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), valid.currency(), valid.calendar(), 14))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting(FieldError::field)
                        .containsExactly("dealTypes", "wonStatuses"));
    }

    @Test
    void customerIssuesSwitchOnExplicitChurn() {
        assertThat(valid.hasCustomerIssues()).isTrue();
    }
}
