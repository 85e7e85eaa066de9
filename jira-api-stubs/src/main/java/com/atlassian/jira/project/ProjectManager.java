/*
 * Compile-only stub of com.atlassian.jira.project.ProjectManager (interface) for Jira 11.3 and 10.3; never packaged.
 * Members: Project getProjectObjByKey(String projectKey) (null when no project has that key), Project getProjectObj(Long).
 * VERIFIED: declared so in turgaycelik/mysource@ee01e28, jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/project/ProjectManager.java (found with find_string); called by
 * atlassian-labs/atlassian-slack-integration-server on Jira 10.7 (JIRA-PLATFORM.md 1.8).
 * UNVERIFIED for 11 by a javadoc page (none found).
 * getProjectObj(Long), null for an unknown id: public plugins call it with a Long id (checked with the code
 * search); the Jira 11 erasure is UNVERIFIED.
 */
package com.atlassian.jira.project;

public interface ProjectManager {
    Project getProjectObjByKey(String projectKey);

    Project getProjectObj(Long id);
}
