/*
 * Compile-only stub of Jira 11.3 com.atlassian.jira.project.Project (interface); never packaged.
 * Source: Jira javadoc (https://docs.atlassian.com/software/jira/docs/api/10.0.0/com/atlassian/jira/project/Project.html).
 * JIRA-PLATFORM.md 1.8 marks getKey [U]; it stays UNVERIFIED here (long-standing, not re-checked for 11).
 */
package com.atlassian.jira.project;

public interface Project {
    String getKey();
}
