package org.saleskpi.core.jql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.saleskpi.core.gadget.Histories.deal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.gadget.Histories;
import org.saleskpi.core.index.IndexedIssueSource;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.core.validation.InvalidInputException;

/**
 * {@code issue in saleskpiSelection("<token>")}: the keys a list saved for the asking user holds (ADR 0033), over
 * four deals. The host's lists here: "ann3" is ann's (SALES-1, SALES-3 and a key no issue has), "old" ann's expired
 * one, "bob1" bob's (SALES-2).
 */
class SavedSelectionClausesTest {
    private static final UserRef ANN = new UserRef("ann", "Ann");
    private static final UserRef BOB = new UserRef("bob", "Bob");
    private static final Instant NOW = Histories.at("2026-03-20 12:00");
    private static final Instant EXPIRED = Histories.at("2026-03-19 12:00");

    private static final SavedKeys LISTS = (token, user) -> {
        Map<String, String> owners = Map.of("ann3", "ann", "old", "ann", "bob1", "bob");
        if (!user.isPresent() || !user.get().equals(owners.get(token))) {
            return new SavedKeys.Found.Unknown();
        }
        return switch (token) {
            case "ann3" -> new SavedKeys.Found.Keys(Set.of("SALES-1", "SALES-3", "GONE-9"));
            case "old" -> new SavedKeys.Found.Expired(EXPIRED);
            default -> new SavedKeys.Found.Keys(Set.of("SALES-2"));
        };
    };

    private static final IndexedIssueSource SOURCE = Histories.indexed(List.of(
            deal("SALES-1", "2026-01-10 10:00", "Prospecting"),
            deal("SALES-2", "2026-01-15 10:00", "Proposal"),
            deal("SALES-3", "2026-02-01 10:00", "Proposal"),
            deal("SALES-4", "2026-02-05 10:00", "Negotiation")), NOW, LISTS);

    private static List<String> keys(String jql, UserRef user) {
        return SOURCE.search(jql, user, 0, 10).issues().stream().map(issue -> issue.record().key()).toList();
    }

    @Test
    void aListSelectsTheIssuesOfItsKeysThatExist() {
        assertThat(keys("issue in saleskpiSelection(\"ann3\") order by key", ANN)).containsExactly("SALES-1", "SALES-3");
        // The function's name ignores case, as JQL's do; "key" and "issuekey" name the same field as "issue".
        assertThat(keys("key in SALESKPISELECTION('ann3') order by key desc", ANN))
                .containsExactly("SALES-3", "SALES-1");
        assertThat(keys("issuekey not in saleskpiSelection(\"ann3\")", ANN))
                .containsExactlyInAnyOrder("SALES-2", "SALES-4");
        // It combines as any clause: SALES-1 and 3 are ann's, SALES-3 and SALES-2 in Proposal.
        assertThat(keys("issue in saleskpiSelection(\"ann3\") and status = Proposal", ANN))
                .containsExactly("SALES-3");
        assertThat(keys("issue in saleskpiSelection(ann3) or status = Negotiation", ANN))
                .containsExactlyInAnyOrder("SALES-1", "SALES-3", "SALES-4");
        assertThat(keys("issue in saleskpiSelection(\"bob1\")", BOB)).containsExactly("SALES-2");
    }

    @Test
    void anotherUsersListOrAnUnknownOneIsTheQuerysErrorAndTheyReadTheSame() {
        assertThat(error("issue in saleskpiSelection(\"bob1\")", ANN)).isEqualTo(error(
                "issue in saleskpiSelection(\"nobody\")", ANN).replace("nobody", "bob1"));
        assertThat(error("issue in saleskpiSelection(\"bob1\")", ANN)).isEqualTo(
                "jql saleskpi.jql.selection.unknown The selection 'bob1' does not exist or is not yours: open the"
                        + " gadget again for a new link.");
    }

    @Test
    void anExpiredListSaysWhenItExpired() {
        assertThat(error("issue in saleskpiSelection(\"old\")", ANN)).isEqualTo("jql saleskpi.jql.selection.expired"
                + " The selection 'old' expired at 2026-03-19T11:00:00Z: open the gadget again for a new link.");
    }

    @Test
    void theFunctionTakesExactlyOneToken() {
        assertThat(error("issue in saleskpiSelection()", ANN)).startsWith("jql saleskpi.jql.function Function"
                + " 'saleskpiSelection()' at character 9 expects one argument");
        assertThat(error("issue in saleskpiSelection(\"ann3\", \"bob1\")", ANN))
                .startsWith("jql saleskpi.jql.function ");
    }

    @Test
    void aHostWithoutListsKnowsNoTokenAndCheckingAQueryAsksOnlyItsShape() {
        IndexedIssueSource without = Histories.indexed(List.of(deal("SALES-1", "2026-01-10 10:00", "Prospecting")),
                NOW);
        assertThatThrownBy(() -> without.count("issue in saleskpiSelection(\"ann3\")", ANN))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).messageKey())
                        .isEqualTo("saleskpi.jql.selection.unknown"));
        // A check has no user to own a list: a well-formed call passes, a malformed one does not.
        without.validate("issue in saleskpiSelection(\"ann3\")");
        assertThatThrownBy(() -> without.validate("issue in saleskpiSelection()"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theClauseALinkCarriesNamesItsTokenAndRefusesAnythingElse() {
        assertThat(SavedSelections.clause("Ab9_-x")).isEqualTo("issue in saleskpiSelection(\"Ab9_-x\")");
        assertThatThrownBy(() -> SavedSelections.clause("a\") or key in (\"X-1")).isInstanceOf(
                IllegalArgumentException.class);
        assertThat(SavedSelections.resolve(JqlParser.parse("status = Won"), LISTS, Optional.of("ann")))
                .isSameAs(SavedSelections.NONE);
    }

    private static String error(String jql, UserRef user) {
        try {
            SOURCE.count(jql, user);
        } catch (InvalidInputException e) {
            return e.errors().get(0).field() + " " + e.errors().get(0).messageKey() + " " + e.errors().get(0)
                    .message();
        }
        throw new AssertionError("no error for " + jql);
    }
}
