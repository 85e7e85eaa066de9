package org.saleskpi.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.issue.IssueCatalog.FieldInfo;
import org.saleskpi.core.user.UserRef;

class JiraIssueCatalogTest {
    private static final UserRef ALICE = new UserRef("alice", "Alice Abe");
    private static final UserRef STRANGER = new UserRef("JIRAUSER99999", "Nobody");

    private final JiraMocks jira = new JiraMocks();
    private final ApplicationUser alice = jira.user("alice", "Alice Abe");
    private final JiraIssueCatalog catalog = new JiraIssueCatalog(jira.customFields, jira.statuses, jira.issueTypes, jira.permissions,
            jira.users);

    @Test
    void eachReadableJiraFieldTypeMapsToTheEnginesTypeAndOthersAreLeftOut() {
        List<CustomField> fields = new ArrayList<>();
        String[][] jiraTypes = {
            {"float", "NUMBER"}, {"datepicker", "DATE"}, {"datetime", "DATE"}, {"textfield", "TEXT"},
            {"textarea", "TEXT"}, {"select", "OPTION"}, {"radiobuttons", "OPTION"}, {"multiselect", "OPTION"},
            {"multicheckboxes", "OPTION"}, {"userpicker", "USER"}};
        List<FieldInfo> expected = new ArrayList<>();
        int id = 10000;
        for (String[] type : jiraTypes) {
            fields.add(field("customfield_" + id, "Field " + type[0], JiraIssueCatalog.JIRA_TYPES + type[0]));
            expected.add(new FieldInfo("customfield_" + id, "Field " + type[0], FieldType.valueOf(type[1])));
            id++;
        }
        fields.add(field("customfield_20000", "Region", JiraIssueCatalog.JIRA_TYPES + "cascadingselect"));
        fields.add(field("customfield_20001", "Helpers", JiraIssueCatalog.JIRA_TYPES + "multiuserpicker"));
        fields.add(field("customfield_20002", "Score", "com.example.app:score"));
        fields.add(field("customfield_20003", "Broken", null));
        when(jira.customFields.getCustomFieldObjects()).thenReturn(fields);

        assertThat(catalog.fields(ALICE)).containsExactlyElementsOf(expected);
    }

    @Test
    void listsOnlyTheProjectsJiraSaysTheUserMayBrowseSortedByKey() {
        Project sales = project("SALES");
        Project crm = project("CRM");
        when(jira.permissions.getProjects(ProjectPermissions.BROWSE_PROJECTS, alice)).thenReturn(List.of(sales, crm));

        assertThat(catalog.projects(ALICE)).containsExactly("CRM", "SALES");
        verify(jira.permissions).getProjects(ProjectPermissions.BROWSE_PROJECTS, alice);
        verifyNoInteractions(jira.projects);
    }

    @Test
    void statusesAndIssueTypesAreJirasNamesOnceEach() {
        Status open = mock(Status.class);
        when(open.getName()).thenReturn("Open");
        Status won = mock(Status.class);
        when(won.getName()).thenReturn("Won");
        Status wonAgain = mock(Status.class);
        when(wonAgain.getName()).thenReturn("Won");
        when(jira.statuses.getStatuses()).thenReturn(List.of(open, won, wonAgain));
        IssueType deal = mock(IssueType.class);
        when(deal.getName()).thenReturn("Deal");
        when(jira.issueTypes.getIssueTypes()).thenReturn(List.of(deal));

        assertThat(catalog.statuses(ALICE)).containsExactly("Open", "Won");
        assertThat(catalog.issueTypes(ALICE)).containsExactly("Deal");
    }

    @Test
    void aUserJiraDoesNotKnowSeesNothingAndJiraIsNotAsked() {
        assertThat(catalog.fields(STRANGER)).isEmpty();
        assertThat(catalog.statuses(STRANGER)).isEmpty();
        assertThat(catalog.issueTypes(STRANGER)).isEmpty();
        assertThat(catalog.projects(STRANGER)).isEmpty();
        assertThat(catalog.projects(null)).isEmpty();
        verifyNoInteractions(jira.customFields, jira.statuses, jira.issueTypes, jira.permissions);
    }

    private static CustomField field(String id, String name, String typeKey) {
        CustomField field = mock(CustomField.class, id);
        when(field.getId()).thenReturn(id);
        when(field.getName()).thenReturn(name);
        if (typeKey != null) {
            CustomFieldType type = mock(CustomFieldType.class);
            when(type.getKey()).thenReturn(typeKey);
            when(field.getCustomFieldType()).thenReturn(type);
        }
        return field;
    }

    private static Project project(String key) {
        Project project = mock(Project.class, key);
        when(project.getKey()).thenReturn(key);
        return project;
    }
}
