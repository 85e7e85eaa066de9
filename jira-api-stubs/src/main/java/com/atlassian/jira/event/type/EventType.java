/*
 * Compile-only stub of com.atlassian.jira.event.type.EventType (class, @PublicApi) for Jira 11.3 and 10.3; never
 * packaged. Only the constants public static final Long ISSUE_CREATED_ID = 1L, ISSUE_UPDATED_ID = 2L,
 * ISSUE_DELETED_ID = 8L, ISSUE_MOVED_ID = 9L. They are java.lang.Long fields, not compile-time constants, so every use
 * links to the field by name and type (JIRA-PLATFORM.md rule 0.1): the type matters.
 * VERIFIED: the four, as Long, in J6 (turgaycelik/mysource@ee01e28, jira-project/jira-components/jira-api/src/main/
 * java/com/atlassian/jira/event/type/EventType.java); ISSUE_CREATED_ID and ISSUE_UPDATED_ID in Atlassian's Slack app
 * built against Jira 11 (atlassian-labs/atlassian-slack-integration-server at 94c50dc,
 * jira-slack-server-integration-plugin/.../model/EventMatcherType.java).
 * UNVERIFIED: ISSUE_DELETED_ID and ISSUE_MOVED_ID on a Jira 10/11 page or in Jira 10/11 code.
 */
package com.atlassian.jira.event.type;

public class EventType {
    public static final Long ISSUE_CREATED_ID = 1L;
    public static final Long ISSUE_UPDATED_ID = 2L;
    public static final Long ISSUE_DELETED_ID = 8L;
    public static final Long ISSUE_MOVED_ID = 9L;
}
