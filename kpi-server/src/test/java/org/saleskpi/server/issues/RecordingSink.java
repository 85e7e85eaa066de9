package org.saleskpi.server.issues;

import org.saleskpi.core.index.CustomField;
import org.saleskpi.core.index.IndexedIssue;
import org.saleskpi.core.index.IssueSink;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A sink that remembers what it was given, in order, as the index would. */
public final class RecordingSink implements IssueSink {
    public final List<CustomField> fields = new ArrayList<>();
    public final Map<String, IndexedIssue> issues = new TreeMap<>();
    public int upserts;
    public int removals;

    @Override
    public void defineField(CustomField field) {
        fields.add(field);
    }

    @Override
    public void upsert(Collection<IndexedIssue> batch) {
        upserts++;
        for (IndexedIssue issue : batch) {
            issues.put(issue.key(), issue);
        }
    }

    @Override
    public void remove(Collection<String> keys) {
        removals++;
        keys.forEach(issues::remove);
    }
}
