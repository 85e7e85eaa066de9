package org.saleskpi.jira.bridge;

import com.atlassian.jira.issue.Issue;
import java.util.Collection;
import java.util.List;
import java.util.StringJoiner;

/**
 * Jira's search without any viewer's permissions, for filling and refreshing the node's issue cache only
 * (ADR 0028): what the cache holds is filtered per viewer on every read. Nothing else may use it.
 */
public interface SystemSearch {

    /**
     * The ids of the issues {@code jql} matches, from {@code start}, at most {@code max}, in an order that stays the
     * same from page to page (Jira orders them by key).
     */
    List<Long> ids(String jql, int start, int max);

    /** The issues with these ids, read whole, in the same order; ids Jira no longer has are left out. */
    List<Issue> issues(List<Long> ids);

    long count(String jql);

    /** The JQL of exactly these issues, by id ({@code id in (10001, 10002)}). */
    static String idIn(Collection<Long> ids) {
        StringJoiner list = new StringJoiner(", ", "id in (", ")");
        ids.forEach(id -> list.add(Long.toString(id)));
        return list.toString();
    }
}
