package org.saleskpi.server.issues;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A sink that remembers what it was given, in order, as the index would. */
public final class RecordingSink implements IssueSink {
    public final List<CustomField> fields = new ArrayList<>();
    public final Map<String, LocalIssue> issues = new TreeMap<>();
    public int upserts;

    @Override
    public void defineField(CustomField field) {
        fields.add(field);
    }

    @Override
    public void upsert(Collection<LocalIssue> batch) {
        upserts++;
        for (LocalIssue issue : batch) {
            issues.put(issue.key(), issue);
        }
    }
}
