/*
 * Compile-only stub of Jira 11.3 com.atlassian.jira.issue.customfields.option.Option (interface, @PublicApi);
 * never packaged. VERIFIED against a public copy of jira-api source found with the code search: Option
 * redeclares String getValue() (it extends SimpleOption<Option>). Value types of select fields per
 * JIRA-PLATFORM.md 1.5 [V].
 */
package com.atlassian.jira.issue.customfields.option;

public interface Option {
    String getValue();
}
