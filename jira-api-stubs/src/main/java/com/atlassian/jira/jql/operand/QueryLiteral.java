/*
 * Compile-only stub of com.atlassian.jira.jql.operand.QueryLiteral (class) for Jira 11.3 and 10.3; never packaged.
 * Members: QueryLiteral(Operand sourceOperand, String stringValue), getStringValue(), getSourceOperand().
 * VERIFIED: the (Operand, String) constructor is called by atlascommunity/jira-plugins-groovy@ef39c51 (a public Jira 8 app that registers JQL functions) (src/examples/groovy/tests/ScriptedValuesFunction.groovy,
 * with a FunctionOperand) and by other public JQL functions returning issue keys (code search); the getters are
 * UNVERIFIED (the tests read them). The body exists so tests can run against the stubs.
 */
package com.atlassian.jira.jql.operand;

import com.atlassian.query.operand.Operand;

public class QueryLiteral {
    private final Operand sourceOperand;
    private final String stringValue;

    public QueryLiteral(Operand sourceOperand, String stringValue) {
        this.sourceOperand = sourceOperand;
        this.stringValue = stringValue;
    }

    public String getStringValue() {
        return stringValue;
    }

    public Operand getSourceOperand() {
        return sourceOperand;
    }
}
