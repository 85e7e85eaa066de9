package org.saleskpi.jira.drill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.JiraDataTypes;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.drill.KeySelections;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.store.AoSession;
import org.saleskpi.store.Database;
import org.saleskpi.store.EntityManagerSession;
import org.saleskpi.store.StoreSchema;
import org.saleskpi.store.drill.StoredSelections;

/**
 * {@code saleskpiSelection("<token>")} in Jira's navigator: over the store's real table (H2), with Jira's side
 * (searcher, locale) mocked on the stubs. Vera saved a funnel step of 250 keys on Monday; the function gives them to
 * her only, and refuses Walt's search and hers a week later, in the searcher's language.
 */
class SelectionFunctionTest {
    private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");
    private static final TerminalClause CLAUSE = mock(TerminalClause.class);

    private final StoredSelections store = store();
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);

    private static StoredSelections store() {
        AoSession session = new EntityManagerSession(Database.H2_MEMORY.open());
        StoreSchema.schemaUpgrade(session).run();
        return new StoredSelections(session);
    }

    private SelectionFunction function(Instant now) {
        return new SelectionFunction(new KeySelections(store, Clock.fixed(now, ZoneOffset.UTC)), authentication);
    }

    private static ApplicationUser user(String key) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        return user;
    }

    private static QueryCreationContext searchedBy(ApplicationUser user) {
        QueryCreationContext context = mock(QueryCreationContext.class);
        when(context.getApplicationUser()).thenReturn(user);
        return context;
    }

    private String saved() {
        List<String> keys = new ArrayList<>();
        for (int i = 250; i >= 1; i--) {
            keys.add("SALES-" + i);
        }
        return new KeySelections(store, Clock.fixed(MONDAY, ZoneOffset.UTC)).save(new UserRef("vera", "Vera"), keys)
                .orElseThrow();
    }

    @Test
    void theOwnerGetsEveryKeyOfHerListAsLiteralsOfTheOperand() {
        FunctionOperand operand = new FunctionOperand("saleskpiSelection", List.of(saved()));
        SelectionFunction function = function(MONDAY.plusSeconds(3600));

        assertThat(function.validate(user("vera"), operand, CLAUSE).hasAnyErrors()).isFalse();
        List<QueryLiteral> values = function.getValues(searchedBy(user("vera")), operand, CLAUSE);
        // 250 keys, in key order (text order: SALES-1, SALES-10, SALES-100, ...), each with the operand as source.
        assertThat(values).hasSize(250).allSatisfy(value -> assertThat(value.getSourceOperand()).isSameAs(operand));
        assertThat(values).extracting(QueryLiteral::getStringValue).startsWith("SALES-1", "SALES-10", "SALES-100")
                .endsWith("SALES-99");
        assertThat(function.getFunctionName()).isEqualTo("saleskpiSelection");
        assertThat(function.isList()).isTrue();
        assertThat(function.getMinimumNumberOfExpectedArguments()).isEqualTo(1);
        assertThat(function.getDataType()).isSameAs(JiraDataTypes.ISSUE);
    }

    @Test
    void anotherUsersTokenReadsAsAnUnknownOneAndGivesNoKey() {
        FunctionOperand operand = new FunctionOperand("saleskpiSelection", List.of(saved()));
        FunctionOperand unknown = new FunctionOperand("saleskpiSelection", List.of("AAAAAAAAAAAAAAAAAAAAAA"));
        SelectionFunction function = function(MONDAY.plusSeconds(3600));
        when(authentication.getLocale()).thenReturn(Locale.ENGLISH);

        assertThat(function.validate(user("walt"), operand, CLAUSE).getErrorMessages()).containsExactly(
                "The list of issues behind this link does not exist or is not yours. Open the gadget again for a new"
                        + " link.");
        assertThat(function.validate(user("vera"), unknown, CLAUSE).getErrorMessages())
                .isEqualTo(function.validate(user("walt"), operand, CLAUSE).getErrorMessages());
        assertThat(function.getValues(searchedBy(user("walt")), operand, CLAUSE)).isEmpty();
        assertThat(function.getValues(searchedBy(null), operand, CLAUSE)).isEmpty();
    }

    @Test
    void aWeekLaterTheListHasExpiredAndSaysSoInTheSearchersLanguage() {
        FunctionOperand operand = new FunctionOperand("saleskpiSelection", List.of(saved()));
        SelectionFunction function = function(MONDAY.plus(KeySelections.LIFETIME));
        when(authentication.getLocale()).thenReturn(Locale.JAPANESE);

        assertThat(function.validate(user("vera"), operand, CLAUSE).getErrorMessages())
                .containsExactly("このリンクの課題リストは期限切れです。ガジェットを開き直して新しいリンクを使ってください。");
        assertThat(function.getValues(searchedBy(user("vera")), operand, CLAUSE)).isEmpty();
    }

    @Test
    void theFunctionTakesOneToken() {
        when(authentication.getLocale()).thenReturn(Locale.ENGLISH);
        FunctionOperand two = new FunctionOperand("saleskpiSelection", List.of(saved(), "x"));

        assertThat(function(MONDAY).validate(user("vera"), two, CLAUSE).getErrorMessages())
                .containsExactly("saleskpiSelection() takes one argument: the token of a saved list of issues.");
        assertThat(function(MONDAY).getValues(searchedBy(user("vera")), two, CLAUSE)).isEmpty();
    }
}
