package org.saleskpi.jira.permission;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.security.IssueSecurityLevel;
import com.atlassian.jira.issue.security.IssueSecurityLevelManager;
import com.atlassian.jira.issue.security.IssueSecurityLevelPermission;
import com.atlassian.jira.issue.security.IssueSecuritySchemeManager;
import com.atlassian.jira.permission.PermissionSchemeEntry;
import com.atlassian.jira.permission.PermissionSchemeManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Jira's permission model in memory, behind the stubs: users, groups, project roles per project, each project's
 * Browse Projects grants and its issue security scheme (or none), the levels of each scheme and their grants to a
 * group, a single user, a project role, any user with application access, the reporter or the assignee. {@link #permissionManager()} and its siblings are Jira's
 * components answering from it the way Jira 6's code does (turgaycelik/mysource@ee01e28, jira-core):
 * a project is browsable when one of its Browse grants holds; a level is the user's in a project when one of its
 * grants holds there, a reporter grant holding for everyone at project level (CurrentReporter.hasProjectPermission).
 *
 * <p>{@link #sees} is the reference: Jira's permission filter decided per issue, with nothing cached and no sets of
 * levels (Browse on the project, then, for an issue with a level, a grant of that level held for that issue).
 * The model changes under a test ({@link #removeFromGroup}, {@link #revokeBrowse}, ...) and announces nothing:
 * the test publishes the event Jira would.
 */
public final class SimulatedPermissions {
    /** One grant of a permission or a security level: Jira's type key and its parameter. */
    public record Grant(String type, String parameter) {
        public static Grant group(String name) {
            return new Grant("group", name);
        }

        public static Grant user(String key) {
            return new Grant("user", key);
        }

        public static Grant role(String name) {
            return new Grant("projectrole", name);
        }

        public static Grant reporter() {
            return new Grant("reporter", null);
        }

        public static Grant assignee() {
            return new Grant("assignee", null);
        }

        /** Jira 7+'s "any user with application access". */
        public static Grant anyUser() {
            return new Grant("applicationRole", null);
        }
    }

    private record Level(long id, String scheme, List<Grant> grants) {
    }

    private final Set<String> users = new HashSet<>();
    private final Map<String, Set<String>> groupMembers = new HashMap<>();
    /** project -> role -> user keys and group names holding it. */
    private final Map<String, Map<String, Set<String>>> roleUsers = new HashMap<>();
    private final Map<String, Map<String, Set<String>>> roleGroups = new HashMap<>();
    private final Map<String, List<Grant>> browse = new LinkedHashMap<>();
    private final Map<String, String> securitySchemeOf = new HashMap<>();
    private final Map<Long, Level> levels = new LinkedHashMap<>();
    private final Map<String, Project> projects = new HashMap<>();
    /** Jira's objects, made once each: Mockito doubles are slow to make. */
    private final Map<String, ApplicationUser> applicationUsers = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<Long, IssueSecurityLevel> securityLevels = new java.util.concurrent.ConcurrentHashMap<>();
    private final AtomicInteger questions = new AtomicInteger();

    public SimulatedPermissions user(String... keys) {
        users.addAll(List.of(keys));
        return this;
    }

    public SimulatedPermissions group(String name, String... members) {
        groupMembers.computeIfAbsent(name, g -> new HashSet<>()).addAll(List.of(members));
        return this;
    }

    /** A project whose Browse Projects permission is granted to {@code browseGrants}. */
    public SimulatedPermissions project(String key, Grant... browseGrants) {
        browse.put(key, new ArrayList<>(List.of(browseGrants)));
        Project project = mock(Project.class, "project " + key);
        when(project.getKey()).thenReturn(key);
        projects.put(key, project);
        return this;
    }

    public SimulatedPermissions roleUsers(String project, String role, String... userKeys) {
        roleUsers.computeIfAbsent(project, p -> new HashMap<>()).computeIfAbsent(role, r -> new HashSet<>())
                .addAll(List.of(userKeys));
        return this;
    }

    public SimulatedPermissions roleGroups(String project, String role, String... groups) {
        roleGroups.computeIfAbsent(project, p -> new HashMap<>()).computeIfAbsent(role, r -> new HashSet<>())
                .addAll(List.of(groups));
        return this;
    }

    /** An issue security scheme used by {@code projects}. */
    public SimulatedPermissions securityScheme(String scheme, String... projectKeys) {
        for (String project : projectKeys) {
            securitySchemeOf.put(project, scheme);
        }
        return this;
    }

    public SimulatedPermissions level(long id, String scheme, Grant... grants) {
        levels.put(id, new Level(id, scheme, new ArrayList<>(List.of(grants))));
        return this;
    }

    public SimulatedPermissions removeFromGroup(String group, String userKey) {
        groupMembers.getOrDefault(group, new HashSet<>()).remove(userKey);
        return this;
    }

    public SimulatedPermissions revokeBrowse(String project, Grant grant) {
        browse.get(project).remove(grant);
        return this;
    }

    public SimulatedPermissions revokeLevelGrant(long level, Grant grant) {
        levels.get(level).grants().remove(grant);
        return this;
    }

    /** The levels a project's issues may carry: those of its scheme, none without one. */
    public List<Long> levelsOf(String project) {
        String scheme = securitySchemeOf.get(project);
        return levels.values().stream().filter(level -> level.scheme().equals(scheme)).map(Level::id).toList();
    }

    public Set<String> users() {
        return Set.copyOf(users);
    }

    /** How many times Jira's components were asked something: a cache hit asks nothing. */
    public int questions() {
        return questions.get();
    }

    /** The reference check: may {@code user} see an issue of {@code project} at {@code level}, reported by {@code reporter}. */
    public boolean sees(String user, String project, Long level, String reporter) {
        return sees(user, project, level, reporter, null);
    }

    /** The reference check for an issue with an assignee too (null: unassigned). */
    public boolean sees(String user, String project, Long level, String reporter, String assignee) {
        boolean browses = browse.getOrDefault(project, List.of()).stream()
                .anyMatch(grant -> holdsForIssue(user, project, grant, reporter, assignee));
        if (!browses || level == null) {
            return browses;
        }
        Level security = levels.get(level);
        return security.scheme().equals(securitySchemeOf.get(project)) && security.grants().stream()
                .anyMatch(grant -> holdsForIssue(user, project, grant, reporter, assignee));
    }

    private boolean holdsForIssue(String user, String project, Grant grant, String reporter, String assignee) {
        return switch (grant.type()) {
            case "reporter" -> user.equals(reporter);
            case "assignee" -> user.equals(assignee);
            default -> holdsInProject(user, project, grant);
        };
    }

    /** Jira's project-level answer, as SecurityType.hasPermission(project, parameter, user, false) gives it. */
    private boolean holdsInProject(String user, String project, Grant grant) {
        return switch (grant.type()) {
            case "group" -> groupMembers.getOrDefault(grant.parameter(), Set.of()).contains(user);
            case "user" -> grant.parameter().equals(user);
            case "projectrole" -> roleUsers.getOrDefault(project, Map.of()).getOrDefault(grant.parameter(), Set.of())
                    .contains(user)
                    || roleGroups.getOrDefault(project, Map.of()).getOrDefault(grant.parameter(), Set.of()).stream()
                            .anyMatch(group -> groupMembers.getOrDefault(group, Set.of()).contains(user));
            case "applicationRole" -> users.contains(user);
            // Jira 6: "If the entity is a Project the permission is always true" (AbstractIssueFieldSecurityType).
            case "reporter", "assignee" -> true;
            default -> throw new IllegalArgumentException("grant type " + grant.type());
        };
    }

    /** Jira's PermissionManager: getProjects(BROWSE_PROJECTS, user). */
    public PermissionManager permissionManager() {
        PermissionManager manager = mock(PermissionManager.class);
        when(manager.getProjects(eq(ProjectPermissions.BROWSE_PROJECTS), any(ApplicationUser.class)))
                .thenAnswer(call -> {
                    questions.incrementAndGet();
                    String user = call.<ApplicationUser>getArgument(1).getKey();
                    return browse.entrySet().stream()
                            .filter(e -> e.getValue().stream().anyMatch(g -> holdsInProject(user, e.getKey(), g)))
                            .map(e -> projects.get(e.getKey())).toList();
                });
        return manager;
    }

    /** Jira's PermissionSchemeManager: each project has a permission scheme of its own, holding its Browse grants. */
    public PermissionSchemeManager permissionSchemeManager() {
        List<String> keys = new ArrayList<>();
        PermissionSchemeManager manager = mock(PermissionSchemeManager.class);
        when(manager.getSchemeIdFor(any(Project.class))).thenAnswer(call -> {
            questions.incrementAndGet();
            String project = call.<Project>getArgument(0).getKey();
            if (!keys.contains(project)) {
                keys.add(project);
            }
            return (long) keys.indexOf(project);
        });
        when(manager.getPermissionSchemeEntries(anyLong(), eq(ProjectPermissions.BROWSE_PROJECTS))).thenAnswer(call -> {
            questions.incrementAndGet();
            String project = keys.get((int) (long) call.<Long>getArgument(0));
            return browse.get(project).stream().map(g -> new PermissionSchemeEntry(null, null, "BROWSE_PROJECTS",
                    g.type(), g.parameter())).toList();
        });
        return manager;
    }

    /** The app's policy over this model's Jira components. */
    public JiraVisibilityPolicy policy(java.time.Clock clock) {
        return new JiraVisibilityPolicy(permissionManager(), permissionSchemeManager(), levelManager(),
                schemeManager(), userManager(), clock);
    }

    /** Jira's IssueSecurityLevelManager: getUsersSecurityLevels(project, user), the levels of the project's scheme held there. */
    public IssueSecurityLevelManager levelManager() {
        IssueSecurityLevelManager manager = mock(IssueSecurityLevelManager.class);
        when(manager.getUsersSecurityLevels(any(Project.class), any(ApplicationUser.class))).thenAnswer(call -> {
            questions.incrementAndGet();
            String project = call.<Project>getArgument(0).getKey();
            String user = call.<ApplicationUser>getArgument(1).getKey();
            List<IssueSecurityLevel> held = new ArrayList<>();
            for (long id : levelsOf(project)) {
                if (levels.get(id).grants().stream().anyMatch(grant -> holdsInProject(user, project, grant))) {
                    held.add(securityLevels.computeIfAbsent(id, SimulatedPermissions::securityLevel));
                }
            }
            return held;
        });
        return manager;
    }

    /** Jira's IssueSecuritySchemeManager: getPermissionsBySecurityLevel(level). */
    public IssueSecuritySchemeManager schemeManager() {
        IssueSecuritySchemeManager manager = mock(IssueSecuritySchemeManager.class);
        when(manager.getPermissionsBySecurityLevel(anyLong())).thenAnswer(call -> {
            questions.incrementAndGet();
            Level level = levels.get(call.<Long>getArgument(0));
            return level == null ? List.of() : level.grants().stream()
                    .map(g -> new IssueSecurityLevelPermission(null, null, level.id(), g.type(), g.parameter()))
                    .toList();
        });
        return manager;
    }

    /** Jira's UserManager: getUserByKey, null for a key it does not know. */
    public UserManager userManager() {
        UserManager manager = mock(UserManager.class);
        when(manager.getUserByKey(anyString())).thenAnswer(call -> {
            String key = call.getArgument(0);
            return users.contains(key) ? applicationUsers.computeIfAbsent(key, SimulatedPermissions::applicationUser)
                    : null;
        });
        return manager;
    }

    private static ApplicationUser applicationUser(String key) {
        ApplicationUser user = mock(ApplicationUser.class, "user " + key);
        when(user.getKey()).thenReturn(key);
        return user;
    }

    private static IssueSecurityLevel securityLevel(long id) {
        IssueSecurityLevel level = mock(IssueSecurityLevel.class, "level " + id);
        when(level.getId()).thenReturn(id);
        return level;
    }
}
