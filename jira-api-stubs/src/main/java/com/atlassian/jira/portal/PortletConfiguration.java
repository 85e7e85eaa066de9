/*
 * Compile-only stub of Jira 11.3 com.atlassian.jira.portal.PortletConfiguration (interface: one gadget or dashboard
 * item on a dashboard); never packaged. Sources: the public copy of Jira 6.x's jira-api (turgaycelik/mysource at
 * ee01e28, .../com/atlassian/jira/portal/PortletConfiguration.java) and the Jira 7.0.8 javadoc page
 * (docs.atlassian.com/jira/7.0.8/com/atlassian/jira/portal/PortletConfiguration.html): Long getId(),
 * Map<String, String> getUserPrefs() ("an unmodifiable map of user preferences stored for this gadget"); public
 * admin scripts read getUserPrefs() the same way. Deliberately not stubbed: getCompleteModuleKey(), which names a
 * dashboard item's module, because its return type is a fugue Option whose package (com.atlassian.fugue in 7.0.8,
 * io.atlassian.fugue later) is UNVERIFIED for 10/11 and is part of the linked descriptor (JIRA-PLATFORM.md rule 0.1).
 * UNVERIFIED for 10/11.
 */
package com.atlassian.jira.portal;

import java.util.Map;

public interface PortletConfiguration {
    Long getId();

    Map<String, String> getUserPrefs();
}
