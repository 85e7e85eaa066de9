package org.saleskpi.core.jql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.saleskpi.core.validation.FieldError;
import org.saleskpi.core.validation.InvalidInputException;
import org.saleskpi.core.index.IssueIndex;
import org.saleskpi.core.index.TwelveIssues;

/** The tree a query parses to, and the errors a broken query gets: positions count from 0 like Jira's. */
class JqlParserTest {
    private static final IssueIndex INDEX = TwelveIssues.index();
    private static final JqlContext CONTEXT = new JqlContext(TwelveIssues.NOW, TwelveIssues.ZONE, Optional.empty(),
            DayOfWeek.MONDAY);

    @Test
    void orBindsLooserThanAndAndNotTighterThanBoth() {
        JqlQuery query = JqlParser.parse("a = 1 OR NOT b = 2 AND c in (3, EMPTY) ORDER BY created DESC, key");

        Clause.Or or = (Clause.Or) query.where().orElseThrow();
        assertThat(or.clauses().get(0)).isInstanceOf(Clause.Terminal.class);
        Clause.And and = (Clause.And) or.clauses().get(1);
        assertThat(and.clauses().get(0)).isInstanceOf(Clause.Not.class);
        Clause.Terminal in = (Clause.Terminal) and.clauses().get(1);
        assertThat(in.operator()).isEqualTo(Operator.IN);
        assertThat(((Operand.Values) in.operand()).values()).satisfiesExactly(
                v -> assertThat(v).isEqualTo(new Operand.Literal("3", false, 29)),
                v -> assertThat(v).isInstanceOf(Operand.Empty.class));
        assertThat(query.orderBy()).extracting(k -> k.field().text(), JqlQuery.SortKey::descending)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("created", true),
                        org.assertj.core.groups.Tuple.tuple("key", false));
    }

    @Test
    void theEmptyQueryHasNoConditionAndAnOrderAlone() {
        assertThat(JqlParser.parse("").where()).isEmpty();
        assertThat(JqlParser.parse("order by key").where()).isEmpty();
        assertThat(JqlParser.parse("order by key").orderBy()).hasSize(1);
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                // "project = SALES AND (status = Won" is 33 characters long: the end is character 33.
                Arguments.of("project = SALES AND (status = Won", "Expecting ')' at character 33."),
                Arguments.of("assignee in (bob, alice", "Expecting ')' at character 23."),
                Arguments.of("project foo SALES", "Expecting operator but got 'foo' at character 8."),
                Arguments.of("project = SALES status = Won",
                        "Expecting either 'OR' or 'AND' but got 'status' at character 16."),
                Arguments.of("project = ", "Expecting a value at character 10."),
                Arguments.of("and = 1", "Expecting a field name but got 'and' at character 0."),
                Arguments.of("status is Won", "Expecting 'EMPTY' or 'NULL' but got 'Won' at character 10."),
                Arguments.of("summary ~ \"open", "The quoted string starting at character 10 has not been completed."),
                Arguments.of("status ! Won", "Expecting '!=' or '!~' but got '!' at character 7."),
                Arguments.of("foo = bar", "Field 'foo' does not exist or you do not have permission to view it."),
                Arguments.of("cf[99999] = 1",
                        "Field 'cf[99999]' does not exist or you do not have permission to view it."),
                Arguments.of("created > \"2024-13-01\"", "Date value '2024-13-01' for field 'created' is invalid."
                        + " Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd',"
                        + " or a period format e.g. '-5d', '4w 2d'."),
                Arguments.of("due = tomorrow", "Date value 'tomorrow' for field 'due' is invalid. Valid formats"
                        + " include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period"
                        + " format e.g. '-5d', '4w 2d'."),
                Arguments.of("created > foo()", "Unable to find JQL function 'foo()' at character 10."),
                Arguments.of("status > Won", "The operator '>' is not supported by the 'status' field."),
                Arguments.of("summary = deal", "The operator '=' is not supported by the 'summary' field."),
                Arguments.of("Amount > lots", "The value 'lots' for field 'Amount' is invalid: expecting a number."),
                Arguments.of("project = A order by labels", "Field 'labels' does not support sorting."));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("errors")
    void rejectsWithAJiraLikeMessageOnTheJqlField(String jql, String message) {
        assertThatThrownBy(() -> INDEX.read(columns -> {
            JqlFilter.check(JqlParser.parse(jql), columns, CONTEXT);
            return null;
        })).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.errors()).extracting(FieldError::field).containsExactly("jql");
            assertThat(e.getMessage()).isEqualTo(message);
        });
    }

    @Test
    void rejectsQueriesOverFourThousandCharacters() {
        String longest = "summary ~ \"" + "a".repeat(4000 - 12) + "\"";
        assertThat(longest).hasSize(4000);
        assertThat(JqlParser.parse(longest).where()).isPresent();

        assertThatThrownBy(() -> JqlParser.parse(longest + " "))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("The query is 4001 characters long; at most 4000 are allowed.");
    }

    @Test
    void rejectsNestingDeeperThanFiftyLevelsWithoutOverflowingTheStack() {
        String fifty = "(".repeat(50) + "project = SALES" + ")".repeat(50);
        assertThat(JqlParser.parse(fifty).where()).isPresent();

        assertThatThrownBy(() -> JqlParser.parse("(" + fifty + ")"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("The query nests more than 50 levels deep at character 50.");
        assertThatThrownBy(() -> JqlParser.parse("NOT ".repeat(100) + "project = A"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("The query nests more than 50 levels deep at character 200.");
    }
}
