/*
 * Compile-only stub of com.atlassian.jira.util.MessageSet (interface) for Jira 11.3 and 10.3; never packaged.
 * Members: boolean hasAnyErrors(), Set<String> getErrorMessages().
 * VERIFIED: getErrorMessages() returns a Set<String> in turgaycelik/mysource@ee01e28, jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/util/MessageSet.java (found with
 * find_string); both called by Jira's own gadget resource code (JIRA-PLATFORM.md 1.1 [V]).
 * UNVERIFIED for 10/11 by a javadoc page (none found).
 */
package com.atlassian.jira.util;

import java.util.Set;

public interface MessageSet {
    boolean hasAnyErrors();

    Set<String> getErrorMessages();
}
