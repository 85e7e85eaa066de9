package org.saleskpi.server.issues;

import java.util.List;

/** A page of an issue's change groups, oldest first, and how many the issue has in all. */
public record Changelog(int total, List<ChangeGroup> groups) {
    public Changelog {
        groups = List.copyOf(groups);
    }
}
