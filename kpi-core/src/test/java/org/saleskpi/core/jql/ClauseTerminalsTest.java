package org.saleskpi.core.jql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one walk through And, Or and Not to the clauses that name a field, in the order they are written. */
class ClauseTerminalsTest {

    private static List<String> fields(JqlQuery query) {
        return query.terminals().map(terminal -> terminal.field().text()).toList();
    }

    @Test
    void reachesEveryTerminalThroughNestedNotAndOrInWrittenOrder() {
        // a OR (NOT (b AND NOT (c OR d)) AND e) OR NOT NOT f: an Or of three, holding an And holding a Not of an And
        // holding a Not of an Or, and a double Not.
        JqlQuery query = JqlParser.parse(
                "a = 1 OR (NOT (b = 2 AND NOT (c = 3 OR d = 4)) AND e = 5) OR NOT NOT f = 6 ORDER BY g");

        Clause.Or or = (Clause.Or) query.where().orElseThrow();
        assertThat(or.clauses()).hasSize(3);
        assertThat(((Clause.And) or.clauses().get(1)).clauses().get(0)).isInstanceOf(Clause.Not.class);
        assertThat(((Clause.Not) or.clauses().get(2)).clause()).isInstanceOf(Clause.Not.class);
        // ORDER BY keys are not clauses.
        assertThat(fields(query)).containsExactly("a", "b", "c", "d", "e", "f");
    }

    @Test
    void aTerminalIsItsOwnWalkAndTheSameTerminalTwiceIsWalkedTwice() {
        Clause.Terminal won = new Clause.Terminal(new Clause.FieldName("status", 0), Operator.EQUALS,
                new Operand.Literal("Won", false, 9));
        Clause tree = new Clause.And(List.of(new Clause.Not(won), new Clause.Or(List.of(won, new Clause.Not(
                new Clause.Not(won))))));

        assertThat(won.terminals()).containsExactly(won);
        assertThat(tree.terminals()).containsExactly(won, won, won);
    }

    @Test
    void aQueryWithoutConditionHasNoTerminals() {
        assertThat(fields(JqlParser.parse("ORDER BY created DESC"))).isEmpty();
        assertThat(fields(JqlParser.parse(""))).isEmpty();
    }

    @Test
    void theQuestionsAskedOfAQueryWalkEveryBranch() {
        // A WAS or a function deep under a Not still counts; a tree of plain literals reads no history.
        assertThat(JqlParser.parse("a = 1 AND NOT (b = 2 OR status WAS Won)").readsHistory()).isTrue();
        assertThat(JqlParser.parse("a = 1 AND NOT (b = 2 OR status = Won)").readsHistory()).isFalse();
        assertThat(JqlParser.parse("a = 1 OR NOT (b = 2 AND assignee = currentUser())").isContextFree()).isFalse();
        assertThat(JqlParser.parse("a = 1 OR NOT (b = 2 AND assignee = bob)").isContextFree()).isTrue();
    }
}
