/*
 * Compile-only stub of com.atlassian.query.clause.TerminalClause (interface) for Jira 11.3 and 10.3; never packaged.
 * No member: kpi-jira's function does not read the clause. VERIFIED package and kind: turgaycelik/mysource@ee01e28 (a public copy of the Jira 6 source) (JqlFunction's
 * parameters). UNVERIFIED on 10.3/11.3 javadoc.
 */
package com.atlassian.query.clause;

public interface TerminalClause {
}
