/*
 * Compile-only stub of com.atlassian.jira.issue.security.IssueSecurityLevelPermission (class: one grant of an issue
 * security level) for Jira 11.3 and 10.3; never packaged. The five-argument constructor (tests only) and
 * String getType() (the grant's type key: "group", "user", "projectrole", "lead", "reporter", "assignee", "userCF",
 * "groupCF" in Jira 6's permission-types.xml; "applicationRole" also in Jira Cloud's REST documentation).
 * VERIFIED in Jira 6.x source (turgaycelik/mysource@ee01e28, jira-project/jira-components/jira-api/src/main/java/
 * com/atlassian/jira/issue/security/IssueSecurityLevelPermission.java): a class, constructor (Long id, Long schemeId,
 * Long securityLevelId, String type, String parameter), String getType(). Listed as a class in the Jira "server"
 * javadoc package summary. UNVERIFIED for 10/11.
 */
package com.atlassian.jira.issue.security;

public class IssueSecurityLevelPermission {
    private final String type;

    public IssueSecurityLevelPermission(Long id, Long schemeId, Long securityLevelId, String type, String parameter) {
        this.type = type;
    }

    public String getType() {
        return type;
    }
}
