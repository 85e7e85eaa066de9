/*
 * Compile-only stub of com.atlassian.jira.timezone.TimeZoneManager (interface) for Jira 11.3 and 10.3; never packaged.
 * Only TimeZone getTimeZoneforUser(ApplicationUser) and TimeZone getDefaultTimezone() (note the lower-case "f" and
 * "z" in Jira's names).
 * VERIFIED: package, kind, both names and the java.util.TimeZone returns in turgaycelik/mysource@ee01e28,
 * jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/timezone/TimeZoneManager.java (Jira 6.x,
 * since 4.4) and on https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/timezone/TimeZoneManager.html.
 * Both name the parameter a Crowd User; public plugin code (CODE in docs/jira-stubs.md, a tutorial plugin's
 * TimeDataFormatter) calls getTimeZoneforUser with an ApplicationUser, as Jira 7 changed its user APIs.
 * UNVERIFIED: the ApplicationUser erasure on a Jira 10/11 javadoc page (none found), and that Jira falls back to the
 * default time zone inside getTimeZoneforUser for a user who chose none (Jira 6's TimeZoneManagerImpl does).
 * Importing it as a component (kpi-jira lists it in META-INF/plugin-components/imports) is what public Data Center
 * apps do: a Jira report plugin's CreatedVsResolvedReport (package com.wd.jira.jira.reports) and JQL-function apps'
 * query parsers take com.atlassian.jira.timezone.TimeZoneManager as an @ComponentImport constructor parameter (found
 * with the code index's exact-string search for "@ComponentImport TimeZoneManager"); that Jira 10.3 and 11.3 still
 * export it to plugins is UNVERIFIED, as for every import here without a Jira to start.
 */
package com.atlassian.jira.timezone;

import com.atlassian.jira.user.ApplicationUser;
import java.util.TimeZone;

public interface TimeZoneManager {
    TimeZone getTimeZoneforUser(ApplicationUser user);

    TimeZone getDefaultTimezone();
}
