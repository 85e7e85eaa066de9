/*
 * Compile-only stub of com.atlassian.query.operand.FunctionOperand (class, an Operand) for Jira 11.3 and 10.3; never
 * packaged. Members: FunctionOperand(String name, List<String> args), String getName(), List<String> getArgs().
 * VERIFIED getArgs(): called by atlascommunity/jira-plugins-groovy@ef39c51 (a public Jira 8 app that registers JQL functions) (e.g. impl/jql/function/builtin/AbstractLinkedIssuesOfRecursiveFunction.java);
 * getName() and the constructor UNVERIFIED (the tests build operands with it). The body exists so tests can run
 * against the stubs.
 */
package com.atlassian.query.operand;

import java.util.List;

public class FunctionOperand implements Operand {
    private final String name;
    private final List<String> args;

    public FunctionOperand(String name, List<String> args) {
        this.name = name;
        this.args = List.copyOf(args);
    }

    public String getName() {
        return name;
    }

    public List<String> getArgs() {
        return args;
    }
}
