/*
 * Compile-only stub of com.atlassian.jira.plugin.jql.function.JqlFunction (interface, @PublicSpi) for Jira 11.3 and
 * 10.3; never packaged. Members as kpi-jira implements them: init(JqlFunctionModuleDescriptor),
 * MessageSet validate(ApplicationUser, FunctionOperand, TerminalClause),
 * List<QueryLiteral> getValues(QueryCreationContext, FunctionOperand, TerminalClause), boolean isList(),
 * int getMinimumNumberOfExpectedArguments(), String getFunctionName(), JiraDataType getDataType().
 * VERIFIED: every member in turgaycelik/mysource@ee01e28 (a public copy of the Jira 6 source), jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/plugin/jql/
 * function/JqlFunction.java, whose javadoc also says one instance serves all queries (thread safe), that it runs on
 * every query, and that returned literals carry the passed operand as their source. There validate takes a Crowd
 * User; the ApplicationUser form is the one atlascommunity/jira-plugins-groovy@ef39c51 (a public Jira 8 app that registers JQL functions) implements
 * (src/main/java/ru/mail/jira/plugins/groovy/impl/jql/function/ScriptedFunctionAdapter.java).
 * UNVERIFIED on a Jira 10.3/11.3 javadoc page (none found).
 */
package com.atlassian.jira.plugin.jql.function;

import com.atlassian.jira.JiraDataType;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import java.util.List;

public interface JqlFunction {
    void init(JqlFunctionModuleDescriptor moduleDescriptor);

    MessageSet validate(ApplicationUser searcher, FunctionOperand operand, TerminalClause terminalClause);

    List<QueryLiteral> getValues(QueryCreationContext queryCreationContext, FunctionOperand operand,
            TerminalClause terminalClause);

    boolean isList();

    int getMinimumNumberOfExpectedArguments();

    String getFunctionName();

    JiraDataType getDataType();
}
