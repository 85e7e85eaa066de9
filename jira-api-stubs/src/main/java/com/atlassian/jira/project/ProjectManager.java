/*
 * Compile-only stub of Jira 11.3 com.atlassian.jira.project.ProjectManager (interface); never packaged.
 * Source: JIRA-PLATFORM.md 1.8 [V: getProjectObjByKey called by atlassian-labs/atlassian-slack-integration-server].
 */
package com.atlassian.jira.project;

public interface ProjectManager {
    Project getProjectObjByKey(String projectKey);
}
