/*
 * Compile-only stub of Jira 11.3 com.atlassian.jira.bc.portal.PortalPageService (interface, @PublicApi); never
 * packaged. Sources: Jira's own jira-api source in a public copy of Jira 6.x (turgaycelik/mysource at ee01e28,
 * jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/bc/portal/PortalPageService.java): both
 * members below with these erasures, @PublicApi, "since v3.13"; the Jira 6.2.1 and "latest" javadoc pages
 * (docs.atlassian.com/jira/6.2.1/... and docs.atlassian.com/jira/latest/com/atlassian/jira/bc/portal/PortalPageService.html)
 * list the same interface as @PublicApi; public admin scripts (found with the stored code search, Jira version not
 * named) call both as written here. getPortalPage answers null, with an error in the context's collection, for a
 * dashboard that does not exist or is not shared with the context's user; getPortletConfigurations answers the
 * gadgets and dashboard items by column, each column by row, after the same check. UNVERIFIED for 10/11: no
 * javadoc page of either version was found.
 */
package com.atlassian.jira.bc.portal;

import com.atlassian.jira.bc.JiraServiceContext;
import com.atlassian.jira.portal.PortalPage;
import com.atlassian.jira.portal.PortletConfiguration;
import java.util.List;

public interface PortalPageService {
    PortalPage getPortalPage(JiraServiceContext serviceCtx, Long portalPageId);

    List<List<PortletConfiguration>> getPortletConfigurations(JiraServiceContext context, Long portalPageId);
}
