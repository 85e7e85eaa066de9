/*
 * Compile-only stub of com.atlassian.jira.plugin.jql.function.JqlFunctionModuleDescriptor (interface) for Jira 11.3
 * and 10.3; never packaged. No member: kpi-jira's function receives it in init and keeps nothing of it.
 * VERIFIED package and kind: turgaycelik/mysource@ee01e28 (a public copy of the Jira 6 source) (JqlFunction.init's parameter); atlascommunity/jira-plugins-groovy@ef39c51 (a public Jira 8 app that registers JQL functions) builds its
 * JqlFunctionModuleDescriptorImpl from a <jql-function> element. UNVERIFIED on 10.3/11.3 javadoc.
 */
package com.atlassian.jira.plugin.jql.function;

public interface JqlFunctionModuleDescriptor {
}
