/*
 * Compile-only stub of Jira 11.3 com.atlassian.jira.issue.customfields.CustomFieldType<T, S> (interface); never
 * packaged. getKey() ("com.atlassian.jira.plugin.system.customfieldtypes:float" for Jira's number field) as public
 * plugins call it (checked with the code search). The generic parameters are left out: they do not link.
 */
package com.atlassian.jira.issue.customfields;

public interface CustomFieldType {
    String getKey();
}
