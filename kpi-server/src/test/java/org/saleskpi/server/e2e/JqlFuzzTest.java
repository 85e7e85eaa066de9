package org.saleskpi.server.e2e;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.saleskpi.server.RunningServer;

/**
 * Fuzzed JQL through the issue search and a gadget, on the demo data: each query is answered or refused with a
 * 400 naming it, never a 500, a stack trace or a hang. The dictionary gives the fuzzer the subset's words; the
 * inputs kept beside this class start it from real queries.
 */
class JqlFuzzTest {
    private static RunningServer server;
    private static Client admin;

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.h2();
        admin = Api.of(server).admin();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @FuzzTest(maxDuration = "2m")
    @DictionaryEntries({"project", "issuetype", "status", "assignee", "reporter", "created", "updated", "resolved",
        "duedate", "labels", "summary", "text", "key", "issuekey", "statusCategory", "resolution", "AND", "OR", "NOT",
        "IN", "WAS", "CHANGED", "EMPTY", "NULL", "ORDER BY", "ASC", "DESC", "~", "!~", "!=", ">=", "<=", "currentUser()",
        "startOfMonth(", "endOfQuarter(", "startOfYear(-1)", "membersOf(", "saleskpiSelection(", "\"2024/03/01\"",
        "-5d", "cf[10000]", "Amount", "ACME", "Done", "BEFORE", "AFTER", "DURING", "FROM", "TO", "BY", "ON"})
    void everyQueryIsAnsweredOrRefusedClearly(FuzzedDataProvider data) {
        String jql = Api.query(data.consumeRemainingAsString());
        String search = "/issues?maxResults=5&jql=" + jql;
        Answer found = admin.get(search);
        ClearAnswers.assertClear(search, found);
        if (found.status() != 200) {
            return;
        }
        // A query the search accepts goes on to the engine, through a gadget.
        String gadget = "/gadgets/calculation/data?profile=1&kpi=won-revenue&period=this-quarter&jql=" + jql;
        ClearAnswers.assertClear(gadget, admin.get(gadget));
    }
}
