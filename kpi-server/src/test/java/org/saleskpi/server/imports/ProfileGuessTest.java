package org.saleskpi.server.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The profile offered for a project without one guesses only what names say. */
class ProfileGuessTest {

    @Test
    void typesAndStatusesByTheirNames() {
        assertThat(ProfileGuess.kind("Opportunity")).isEqualTo("deal");
        assertThat(ProfileGuess.kind("商談")).isEqualTo("deal");
        assertThat(ProfileGuess.kind("Lead")).isEqualTo("lead");
        assertThat(ProfileGuess.kind("Customer")).isEqualTo("customer");
        assertThat(ProfileGuess.kind("Expense")).isEqualTo("cost");
        assertThat(ProfileGuess.kind("Task")).isEmpty();
        assertThat(ProfileGuess.role("deal", "Closed Won")).isEqualTo("won");
        assertThat(ProfileGuess.role("deal", "Closed Lost")).isEqualTo("lost");
        assertThat(ProfileGuess.role("deal", "受注")).isEqualTo("won");
        assertThat(ProfileGuess.role("deal", "Won't do")).describedAs("not a whole word").isEmpty();
        assertThat(ProfileGuess.role("deal", "Negotiation")).isEmpty();
        assertThat(ProfileGuess.role("lead", "Qualified")).isEqualTo("converted");
        assertThat(ProfileGuess.role("task", "Won")).describedAs("only deals are won").isEmpty();
    }

    @Test
    void columnsByTheirNames() {
        assertThat(ProfileGuess.amount(List.of("Seats", "Deal amount"))).contains("Deal amount");
        assertThat(ProfileGuess.amount(List.of("Seats"))).contains("Seats");
        assertThat(ProfileGuess.amount(List.of("Seats", "Probability"))).isEmpty();
        assertThat(ProfileGuess.customer(List.of("Product", "Customer"))).contains("Customer");
        assertThat(ProfileGuess.closeDate(List.of("Expected close"))).contains("Expected close");
    }
}
