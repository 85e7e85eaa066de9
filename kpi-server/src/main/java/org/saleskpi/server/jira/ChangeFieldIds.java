package org.saleskpi.server.jira;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Fills in the {@code fieldId} of changelog items that name their field only. Cloud sends {@code fieldId}
 * (digitalservicebund fixture); older Data Center answers do not (jrjc's 5.0 fixture: {@code "field": "Radio Field",
 * "fieldtype": "custom"}; UNVERIFIED from which DC version it is sent). The item's {@code field} is then either the
 * field's id (system fields such as status, assignee) or its name (custom fields): it is looked up in
 * {@code GET /rest/api/2/field}, read once and again when a name is not found. A name two fields share stays unresolved (null).
 */
final class ChangeFieldIds {
    private final Supplier<List<JiraField>> fields;
    private Map<String, String> idByName;
    private Set<String> ids;

    ChangeFieldIds(Supplier<List<JiraField>> fields) {
        this.fields = fields;
    }

    synchronized List<JiraChangeGroup> complete(List<JiraChangeGroup> groups) {
        if (groups.stream().flatMap(g -> g.items().stream()).allMatch(i -> i.fieldId() != null || i.field() == null)) {
            return groups;
        }
        if (idByName == null || !known(groups)) {
            load();
        }
        List<JiraChangeGroup> completed = new ArrayList<>(groups.size());
        for (JiraChangeGroup g : groups) {
            List<JiraChangeItem> items = new ArrayList<>(g.items().size());
            for (JiraChangeItem i : g.items()) {
                items.add(i.fieldId() != null || i.field() == null ? i : new JiraChangeItem(i.field(), id(i.field()),
                        i.fieldType(), i.from(), i.fromString(), i.to(), i.toText()));
            }
            completed.add(new JiraChangeGroup(g.id(), g.author(), g.created(), items));
        }
        return completed;
    }

    private boolean known(List<JiraChangeGroup> groups) {
        return groups.stream().flatMap(g -> g.items().stream())
                .filter(i -> i.fieldId() == null && i.field() != null)
                .allMatch(i -> ids.contains(i.field()) || idByName.containsKey(key(i.field())));
    }

    private String id(String field) {
        return ids.contains(field) ? field : idByName.get(key(field));
    }

    private void load() {
        Map<String, String> byName = new HashMap<>();
        Set<String> shared = new HashSet<>();
        Set<String> all = new HashSet<>();
        for (JiraField f : fields.get()) {
            all.add(f.id());
            if (f.name() != null && byName.putIfAbsent(key(f.name()), f.id()) != null) {
                shared.add(key(f.name()));
            }
        }
        shared.forEach(byName::remove);
        idByName = byName;
        ids = all;
    }

    private static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }
}
