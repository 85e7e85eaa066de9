package org.saleskpi.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.transaction.TransactionCallback;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.java.ao.Entity;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import org.junit.jupiter.api.Test;

class ActiveObjectsSessionTest {
    /** Stands for any of the store's entities. */
    interface Deal extends Entity {
    }

    private final JiraMocks jira = new JiraMocks();
    private final ActiveObjectsSession session = new ActiveObjectsSession(jira.ao);
    private final Deal deal = mock(Deal.class);

    @Test
    void readsGoThroughActiveObjects() {
        Query query = Query.select().where("ID > ?", 3);
        when(jira.ao.find(Deal.class, query)).thenReturn(new Deal[] {deal});
        when(jira.ao.get(Deal.class, 7)).thenReturn(deal);
        when(jira.ao.count(Deal.class, query)).thenReturn(1);

        assertThat(session.find(Deal.class, query)).containsExactly(deal);
        assertThat(session.get(Deal.class, 7)).isSameAs(deal);
        assertThat(session.count(Deal.class, query)).isEqualTo(1);
    }

    @Test
    void writesGoThroughActiveObjects() {
        Map<String, Object> values = Map.of("NAME", "Acme");
        when(jira.ao.create(Deal.class, values)).thenReturn(deal);
        when(jira.ao.deleteWithSQL(Deal.class, "VERSION = ?", 4)).thenReturn(1);

        assertThat(session.create(Deal.class, values)).isSameAs(deal);
        session.delete(deal);
        assertThat(session.deleteWithSQL(Deal.class, "VERSION = ?", 4)).isEqualTo(1);
        session.migrate(Deal.class);

        verify(jira.ao).delete(deal);
        verify(jira.ao).migrate(Deal.class);
    }

    @Test
    void streamsHandTheCallbackToActiveObjects() {
        Query query = Query.select();
        EntityStreamCallback<Deal, Integer> callback = row -> { };

        session.stream(Deal.class, query, callback);

        verify(jira.ao).stream(Deal.class, query, callback);
    }

    @Test
    @SuppressWarnings("unchecked")
    void workRunsInsideExecuteInTransaction() {
        List<String> events = new ArrayList<>();
        when(jira.ao.executeInTransaction(any())).thenAnswer(call -> {
            events.add("begin");
            Object result = ((TransactionCallback<Object>) call.getArgument(0)).doInTransaction();
            events.add("commit");
            return result;
        });

        String result = session.inTransaction(() -> {
            events.add("work");
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(events).containsExactly("begin", "work", "commit");
    }

    @Test
    void workIsNotRunOutsideTheTransaction() {
        // Jira's service runs the callback; a session that ran the work itself would run it untransacted.
        List<String> events = new ArrayList<>();
        session.inTransaction(() -> events.add("work"));

        assertThat(events).isEmpty();
        verify(jira.ao).executeInTransaction(any());
    }

    @Test
    void failuresInsideTheTransactionReachTheCaller() {
        when(jira.ao.executeInTransaction(any())).thenAnswer(
                call -> ((TransactionCallback<?>) call.getArgument(0)).doInTransaction());

        assertThatThrownBy(() -> session.inTransaction(() -> {
            throw new IllegalStateException("conflict");
        })).isInstanceOf(IllegalStateException.class).hasMessage("conflict");
        verifyNoInteractions(deal);
    }
}
