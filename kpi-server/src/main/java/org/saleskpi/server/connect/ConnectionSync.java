package org.saleskpi.server.connect;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a connection keeps the local store in step with its Jira site, as the administrator chose it.
 *
 * @param jql the issues to copy; empty: the KPI profiles' scopes, OR-ed, as they are at each run
 * @param fieldNames the fields to copy, by their names on the site; empty: the fields the KPI profiles name
 * @param intervalMinutes minutes between two scheduled runs, 1 to 1440
 * @param lookBackMinutes how far before the last run's watermark an incremental run reads again, 0 to 1440
 * @param enabled whether the scheduler runs it (never before the site's kind is confirmed)
 */
public record ConnectionSync(Optional<String> jql, List<String> fieldNames, int intervalMinutes, int lookBackMinutes,
        boolean enabled, PermissionMode permissionMode) {
    public static final int DEFAULT_INTERVAL_MINUTES = 5;
    public static final int DEFAULT_LOOK_BACK_MINUTES = 5;
    public static final int MAX_MINUTES = 1440;

    public ConnectionSync {
        Objects.requireNonNull(jql, "jql");
        fieldNames = List.copyOf(fieldNames);
        Objects.requireNonNull(permissionMode, "permissionMode");
        if (intervalMinutes < 1 || intervalMinutes > MAX_MINUTES) {
            throw new IllegalArgumentException("interval of " + intervalMinutes + " minutes");
        }
        if (lookBackMinutes < 0 || lookBackMinutes > MAX_MINUTES) {
            throw new IllegalArgumentException("look-back of " + lookBackMinutes + " minutes");
        }
    }

    /** A new connection's: the profiles' scopes and fields, every 5 minutes, 5 minutes back, off, project mapping. */
    public static ConnectionSync defaults() {
        return new ConnectionSync(Optional.empty(), List.of(), DEFAULT_INTERVAL_MINUTES, DEFAULT_LOOK_BACK_MINUTES,
                false, PermissionMode.PROJECT_MAPPING);
    }
}
