package org.saleskpi.web.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.saleskpi.core.issue.IssueQuery;
import org.saleskpi.core.issue.IssueSource;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.web.ApiServer;
import org.saleskpi.web.SalesBook;
import org.saleskpi.web.guard.Guardrails;
import org.saleskpi.web.guard.Limits;

/**
 * The sales book served over HTTP with a "Sales" profile of project SALES, each table it loads remembering its
 * results in the memo {@code memos} gives for the table's query: for tests that count or keep the engine's passes.
 */
record RememberingSalesBook(ApiServer api, long sales) implements AutoCloseable {

    static RememberingSalesBook start(Function<IssueQuery, IssueTable.Memo> memos) throws Exception {
        ApiServer api = ApiServer.start(SalesBook.access(), SalesBook.issues(), SalesBook.fields(), SalesBook.PEOPLE,
                SalesBook.CLOCK, (session, services) -> List.of(), Guardrails.fixed(new Limits(8, 100_000), SalesBook.CLOCK),
                store -> new IssueSource() {
                    @Override
                    public IssueTable load(IssueQuery query) {
                        return store.load(query).rememberingIn(memos.apply(query));
                    }

                    @Override
                    public long count(String jql, UserRef user) {
                        return store.count(jql, user);
                    }
                });
        ApiServer.Answer created = api.post("adam", "/profiles", SalesBook.profileJson("Sales", "SALES",
                "project = SALES"));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return new RememberingSalesBook(api, created.json().getAsJsonObject().get("id").getAsLong());
    }

    @Override
    public void close() throws Exception {
        api.close();
    }
}
