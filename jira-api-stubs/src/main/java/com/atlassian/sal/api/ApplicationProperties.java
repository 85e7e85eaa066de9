/*
 * Compile-only stub of SAL's com.atlassian.sal.api.ApplicationProperties (interface), a service Jira exports to apps;
 * never packaged. Only the member this app calls is declared: String getBaseUrl(UrlMode).
 * VERIFIED (package, kind, getBaseUrl(com.atlassian.sal.api.UrlMode) returning String): the products' own
 * implementations' javadoc, e.g. https://docs.atlassian.com/atlassian-confluence/5.8.2/com/atlassian/confluence/api/impl/sal/ConfluenceApplicationProperties.html
 * ("getBaseUrl in interface com.atlassian.sal.api.ApplicationProperties"); getBaseUrl(UrlMode.CANONICAL) called by
 * public apps for links in messages (code index, "getBaseUrl(UrlMode.CANONICAL)": an issue link built as
 * base URL + "/browse/" + key).
 * UNVERIFIED: a Platform 8 (Jira 11) javadoc page of SAL (none found).
 */
package com.atlassian.sal.api;

public interface ApplicationProperties {

    String getBaseUrl(UrlMode urlMode);
}
