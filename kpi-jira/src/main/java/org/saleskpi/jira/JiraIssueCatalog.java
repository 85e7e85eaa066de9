package org.saleskpi.jira;

import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.issue.IssueCatalog;
import org.saleskpi.core.user.UserRef;

/**
 * {@link IssueCatalog} over Jira's custom field, status, issue type and permission managers. A user Jira does not
 * know gets empty lists, and Jira is not asked about them.
 */
public final class JiraIssueCatalog implements IssueCatalog {
    /** The key prefix of the custom field types Jira itself ships. */
    static final String JIRA_TYPES = "com.atlassian.jira.plugin.system.customfieldtypes:";

    /**
     * Jira's field types whose values {@link CustomFieldValues} reads: a multi select or checkboxes field counts
     * by its first option. Fields of other types (cascading selects, multi-user pickers, apps' types) are left out.
     */
    private static final Map<String, FieldType> READABLE = Map.of(
            JIRA_TYPES + "float", FieldType.NUMBER,
            JIRA_TYPES + "datepicker", FieldType.DATE,
            JIRA_TYPES + "datetime", FieldType.DATE,
            JIRA_TYPES + "textfield", FieldType.TEXT,
            JIRA_TYPES + "textarea", FieldType.TEXT,
            JIRA_TYPES + "select", FieldType.OPTION,
            JIRA_TYPES + "radiobuttons", FieldType.OPTION,
            JIRA_TYPES + "multiselect", FieldType.OPTION,
            JIRA_TYPES + "multicheckboxes", FieldType.OPTION,
            JIRA_TYPES + "userpicker", FieldType.USER);

    private final CustomFieldManager customFields;
    private final StatusManager statuses;
    private final IssueTypeManager issueTypes;
    private final PermissionManager permissions;
    private final JiraUsers users;

    public JiraIssueCatalog(CustomFieldManager customFields, StatusManager statuses, IssueTypeManager issueTypes,
            PermissionManager permissions, UserManager users) {
        this.customFields = Objects.requireNonNull(customFields, "customFields");
        this.statuses = Objects.requireNonNull(statuses, "statuses");
        this.issueTypes = Objects.requireNonNull(issueTypes, "issueTypes");
        this.permissions = Objects.requireNonNull(permissions, "permissions");
        this.users = new JiraUsers(users);
    }

    /** The engine's type of a Jira custom field type key, if the engine can read such fields. */
    static Optional<FieldType> typeOf(String typeKey) {
        return Optional.ofNullable(typeKey == null ? null : READABLE.get(typeKey));
    }

    @Override
    public List<FieldInfo> fields(UserRef user) {
        if (users.find(user).isEmpty()) {
            return List.of();
        }
        return customFields.getCustomFieldObjects().stream()
                .flatMap(field -> info(field).stream())
                .toList();
    }

    @Override
    public List<String> statuses(UserRef user) {
        return users.find(user).isEmpty() ? List.of() : names(statuses.getStatuses(), Status::getName);
    }

    @Override
    public List<String> issueTypes(UserRef user) {
        return users.find(user).isEmpty() ? List.of() : names(issueTypes.getIssueTypes(), IssueType::getName);
    }

    /** Asks Jira for the projects the user may browse, never for all projects. */
    @Override
    public List<String> projects(UserRef user) {
        Optional<ApplicationUser> asking = users.find(user);
        if (asking.isEmpty()) {
            return List.of();
        }
        return names(permissions.getProjects(ProjectPermissions.BROWSE_PROJECTS, asking.get()), Project::getKey)
                .stream().sorted().toList();
    }

    private static Optional<FieldInfo> info(CustomField field) {
        CustomFieldType type = field.getCustomFieldType();
        return typeOf(type == null ? null : type.getKey())
                .map(fieldType -> new FieldInfo(field.getId(), field.getName(), fieldType));
    }

    /** Jira's order, each name once. */
    private static <T> List<String> names(Collection<T> things, Function<T, String> name) {
        return things == null ? List.of()
                : things.stream().map(name).filter(Objects::nonNull).distinct().toList();
    }
}
