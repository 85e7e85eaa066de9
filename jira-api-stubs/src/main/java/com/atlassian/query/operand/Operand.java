/*
 * Compile-only stub of com.atlassian.query.operand.Operand (interface) for Jira 11.3 and 10.3; never packaged. No
 * member. VERIFIED package and kind: turgaycelik/mysource@ee01e28 (a public copy of the Jira 6 source) (QueryLiteral's source operand). UNVERIFIED on 10.3/11.3 javadoc.
 */
package com.atlassian.query.operand;

public interface Operand {
}
