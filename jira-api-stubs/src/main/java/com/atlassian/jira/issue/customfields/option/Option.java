/*
 * Compile-only stub of com.atlassian.jira.issue.customfields.option.Option (interface, @PublicApi) for Jira 11.3 and
 * 10.3; never packaged. Only String getValue(), which Option redeclares over SimpleOption<Option>.
 * VERIFIED in a Jira 6.x jira-api source copy: turgaycelik/mysource@ee01e28, jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/customfields/option/Option.java.
 * Select fields hold an Option, multi-selects a Collection<Option> (JIRA-PLATFORM.md 1.5 [V]).
 * UNVERIFIED for 10/11 (no newer javadoc page found).
 */
package com.atlassian.jira.issue.customfields.option;

public interface Option {
    String getValue();
}
