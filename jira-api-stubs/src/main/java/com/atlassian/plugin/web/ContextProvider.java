/*
 * Compile-only stub of com.atlassian.plugin.web.ContextProvider (interface, atlassian-plugins-webfragment) as
 * Jira 11.3 provides it; never packaged. A plugin point: web panels name an implementation in
 * <context-provider class="...">, Jira builds it with the plugin's Spring context, calls init once with the
 * descriptor's params, then getContextMap for every rendering.
 * Sources: the interface's public source text in the code index (package com.atlassian.plugin.web, "Called after
 * creation and autowiring"; its NoOpContextProvider implements both methods with these generic signatures) and
 * public issue-view providers that implement it and read the viewed issue as (Issue) context.get("issue") (the
 * Jira DVCS connector's DvcsTabPanelContextProvider, package com.atlassian.jira.plugins.dvcs.webwork, and several
 * view-issue providers and conditions in the same index). Which keys a right-context web panel gets beside
 * "issue" is UNVERIFIED; the app reads "issue" only. The real init declares "throws PluginParseException"
 * (com.atlassian.plugin); left out here because an implementation may throw less and kpi-jira never names the
 * exception. Unchanged in Jira 11: UNVERIFIED.
 */
package com.atlassian.plugin.web;

import java.util.Map;

public interface ContextProvider {
    void init(Map<String, String> params);

    Map<String, Object> getContextMap(Map<String, Object> context);
}
