package org.saleskpi.server.jira;

import com.google.gson.JsonObject;
import java.util.List;

/**
 * An issue as read from Jira: its fields as Jira sent them (by field id) and its COMPLETE changelog,
 * oldest first (the reader pages any changelog Jira cut off).
 */
public record JiraIssue(String id, String key, JsonObject fields, List<JiraChangeGroup> changelog) {
    public JiraIssue {
        changelog = List.copyOf(changelog);
    }
}
