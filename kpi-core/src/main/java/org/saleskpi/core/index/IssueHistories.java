package org.saleskpi.core.index;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.saleskpi.core.history.IssueHistory;

/** Port: the recorded histories of stored issues, which the in-memory index does not hold. */
public interface IssueHistories {

    /** No history at all: every issue's past is unknown (a source without a store behind it). */
    IssueHistories NONE = (keys, fieldIds) -> Map.of();

    /**
     * The histories of the issues with these keys, limited to changes of {@code fieldIds}; keys whose
     * past is not held at all are absent (their history is unknown).
     */
    Map<String, IssueHistory> histories(List<String> keys, Set<String> fieldIds);
}
