/*
 * Compile-only stub of Jira 11.3 com.atlassian.jira.project.ProjectManager (interface); never packaged.
 * Source: JIRA-PLATFORM.md 1.8 [V: getProjectObjByKey called by atlassian-labs/atlassian-slack-integration-server].
 * getProjectObj(Long), null for an unknown id: public plugins call it with a Long id (checked with the code
 * search); the Jira 11 erasure is UNVERIFIED.
 */
package com.atlassian.jira.project;

public interface ProjectManager {
    Project getProjectObjByKey(String projectKey);

    Project getProjectObj(Long id);
}
