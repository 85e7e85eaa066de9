package org.saleskpi.server.jira;

import java.time.Instant;
import java.util.List;

/** One changelog history: who changed what at which instant. */
public record JiraChangeGroup(String id, JiraUser author, Instant created, List<JiraChangeItem> items) {
    public JiraChangeGroup {
        items = List.copyOf(items);
    }
}
