package org.saleskpi.server.connect.access;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.saleskpi.core.index.IndexCodedColumn;
import org.saleskpi.core.index.IndexColumns;
import org.saleskpi.core.index.IndexLongColumn;
import org.saleskpi.core.index.IssueIndex;
import org.saleskpi.core.index.Visibility;
import org.saleskpi.core.index.VisibilityPolicy;
import org.saleskpi.core.user.UserRef;

/**
 * The project policy, narrowed for the issues of per-user connections to what Jira shows each user through their own
 * token (ADR 0036). Every project holding such an issue is limited by key ({@link Visibility#allowedKeys}): its
 * other issues stay listed, and of the connection's issues only those whose Jira ids the user's token returned. A
 * user without a linked token, or whose token Jira refuses, sees none of them; a project the user may not browse
 * locally stays hidden whatever Jira says. The connection's security levels count there, since Jira applied them.
 */
public final class PerUserVisibility implements VisibilityPolicy {
    private final VisibilityPolicy projects;
    private final IssueIndex index;
    private final PerUserConnections connections;
    private final JiraIdsForUser jira;
    private volatile Layout layout;

    public PerUserVisibility(VisibilityPolicy projects, IssueIndex index, PerUserConnections connections,
            JiraIdsForUser jira) {
        this.projects = projects;
        this.index = index;
        this.connections = connections;
        this.jira = jira;
    }

    @Override
    public Visibility of(UserRef user, Collection<String> projectsInIndex) {
        Visibility base = projects.of(user, projectsInIndex);
        Set<Long> perUser = connections.perUser();
        if (perUser.isEmpty()) {
            return base;
        }
        Layout rows = layout(perUser);
        if (rows.otherKeys().isEmpty()) {
            return base;
        }
        Map<String, Set<String>> allowed = new HashMap<>();
        rows.otherKeys().forEach((project, keys) -> allowed.put(project, new HashSet<>(keys)));
        rows.projectsOf().forEach((connection, held) -> {
            // Jira is asked only for a user who may browse some project the connection's issues are in.
            if (held.stream().noneMatch(base.projects()::contains)) {
                return;
            }
            if (jira.idsFor(connection, user) instanceof TokenView.Seen seen) {
                Map<String, String> keys = rows.keysByJiraId().get(connection);
                for (String id : seen.jiraIds()) {
                    String key = keys.get(id);
                    String project = key == null ? null : rows.projectOfKey().get(key);
                    if (project != null) {
                        allowed.get(project).add(key);
                    }
                }
            }
        });
        Map<String, Set<Long>> levels = new HashMap<>(base.projectLevels());
        rows.levels().forEach((project, held) -> levels.merge(project, held, (a, b) -> {
            Set<Long> both = new HashSet<>(a);
            both.addAll(b);
            return both;
        }));
        return new Visibility(base.projects(), base.securityLevels(), levels, base.undecided(), allowed);
    }

    /** Where the per-user connections' issues are in the index now, read again after any index write. */
    private Layout layout(Set<Long> perUser) {
        Layout held = layout;
        long version = index.version();
        if (held != null && held.version() == version && held.connections().equals(perUser)) {
            return held;
        }
        synchronized (this) {
            held = layout;
            if (held != null && held.version() == version && held.connections().equals(perUser)) {
                return held;
            }
            // The version is read before the rows: a write in between makes this layout older than the index, so
            // the next request reads it again; meanwhile the new row is in no key list of its project, so hidden.
            Map<Long, Map<String, String>> keysByJiraId = new HashMap<>();
            Map<String, Long> connectionOfKey = new HashMap<>();
            for (long connection : perUser) {
                Map<String, String> keys = Map.copyOf(connections.keysByJiraId(connection));
                keysByJiraId.put(connection, keys);
                keys.values().forEach(key -> connectionOfKey.put(key, connection));
            }
            layout = index.read(columns -> Layout.of(version, perUser, keysByJiraId, connectionOfKey, columns));
            return layout;
        }
    }

    /**
     * The per-user connections' issues as the index holds them at {@code version}.
     *
     * @param otherKeys per project holding some connection issue, its issues no per-user connection decides
     * @param projectOfKey the project of each connection issue the index holds
     * @param projectsOf per connection, the projects its issues are in
     * @param levels per project, the security levels its connection issues hold
     */
    private record Layout(long version, Set<Long> connections, Map<Long, Map<String, String>> keysByJiraId,
            Map<String, Set<String>> otherKeys, Map<String, String> projectOfKey, Map<Long, Set<String>> projectsOf,
            Map<String, Set<Long>> levels) {

        static Layout of(long version, Set<Long> connections, Map<Long, Map<String, String>> keysByJiraId,
                Map<String, Long> connectionOfKey, IndexColumns columns) {
            IndexCodedColumn<String> projects = columns.project();
            IndexLongColumn securityLevels = columns.securityLevel();
            Map<String, String> projectOfKey = new HashMap<>();
            Map<Long, Set<String>> projectsOf = new HashMap<>();
            Map<String, Set<Long>> levels = new HashMap<>();
            Map<String, Set<String>> otherKeys = new HashMap<>();
            boolean[] limited = new boolean[projects.cardinality()];
            connectionOfKey.forEach((key, connection) -> {
                int row = columns.row(key);
                if (row < 0) {
                    return;
                }
                String project = projects.value(projects.code(row));
                limited[projects.code(row)] = true;
                projectOfKey.put(key, project);
                projectsOf.computeIfAbsent(connection, c -> new HashSet<>()).add(project);
                otherKeys.computeIfAbsent(project, p -> new HashSet<>());
                long level = securityLevels.value(row);
                if (level != IndexLongColumn.NONE) {
                    levels.computeIfAbsent(project, p -> new HashSet<>()).add(level);
                }
            });
            // The other issues of those projects, which stay as the project policy shows them.
            for (int row = 0; row < columns.rows(); row++) {
                int code = projects.code(row);
                if (limited[code]) {
                    String key = columns.key(row);
                    if (!connectionOfKey.containsKey(key)) {
                        otherKeys.get(projects.value(code)).add(key);
                    }
                }
            }
            return new Layout(version, Set.copyOf(connections), keysByJiraId, otherKeys, projectOfKey, projectsOf,
                    levels);
        }
    }
}
