package org.saleskpi.server.fakejira;

import java.time.Instant;
import java.util.List;

/** One change group of an issue's history: who changed what, when (Jira's "history" entry). */
public record FakeChangeGroup(String id, String authorAccountId, Instant created, List<FakeChangeItem> items) {
    public FakeChangeGroup {
        items = List.copyOf(items);
    }
}
