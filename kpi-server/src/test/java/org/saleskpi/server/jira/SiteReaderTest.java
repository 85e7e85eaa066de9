package org.saleskpi.server.jira;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.saleskpi.server.jira.ScriptedJira.Reply;

/** serverInfo, myself, field, project and the issue-security projects, alike on both kinds. */
class SiteReaderTest {

    private static JiraReader reader(ScriptedJira jira, JiraKind kind) {
        JiraCredentials credentials = kind == JiraKind.CLOUD
                ? new JiraCredentials.Basic("ann@example.com", "tok") : new JiraCredentials.Bearer("pat");
        return JiraReader.open(new JiraSite(jira.uri(), kind, credentials), new RecordedWaits().settings(1, 1));
    }

    @Test
    void serverInfoTellsCloudFromDataCenter() throws Exception {
        try (ScriptedJira cloud = ScriptedJira.start(call -> Reply.json(
                "{\"baseUrl\":\"https://acme.atlassian.net\",\"version\":\"1001.0.0-SNAPSHOT\",\"deploymentType\":\"Cloud\"}"));
                ScriptedJira dc = ScriptedJira.start(call -> Reply.json(
                        "{\"baseUrl\":\"https://jira.acme.com\",\"version\":\"10.3.1\",\"deploymentType\":\"DataCenter\"}"))) {
            assertThat(reader(cloud, JiraKind.DATA_CENTER).serverInfo())
                    .isEqualTo(new ServerInfo("https://acme.atlassian.net", "1001.0.0-SNAPSHOT", "Cloud", JiraKind.CLOUD));
            assertThat(reader(dc, JiraKind.CLOUD).serverInfo().kind()).isEqualTo(JiraKind.DATA_CENTER);
            assertThat(cloud.calls().get(0).path()).isEqualTo("/rest/api/2/serverInfo");
        }
    }

    @Test
    void myselfFieldsAndProjects() throws Exception {
        try (ScriptedJira jira = ScriptedJira.start(call -> switch (call.path()) {
            case "/rest/api/2/myself" -> Reply.json("{\"accountId\":\"5b10a2844c20165700ede21g\",\"displayName\":\"Mia\","
                    + "\"timeZone\":\"Europe/Berlin\",\"emailAddress\":\"mia@example.com\"}");
            case "/rest/api/2/field" -> Reply.json("[{\"id\":\"status\",\"name\":\"Status\",\"custom\":false,"
                    + "\"schema\":{\"type\":\"status\",\"system\":\"status\"}},"
                    + "{\"id\":\"customfield_10050\",\"name\":\"Amount\",\"custom\":true,"
                    + "\"schema\":{\"type\":\"number\",\"custom\":\"com.atlassian.jira.plugin.system.customfieldtypes:float\",\"customId\":10050}},"
                    + "{\"id\":\"issuekey\",\"name\":\"Key\",\"custom\":false}]");
            case "/rest/api/2/project" -> Reply.json("[{\"id\":\"10000\",\"key\":\"SALES\",\"name\":\"Sales\"}]");
            default -> Reply.status(404, "{}");
        })) {
            JiraReader reader = reader(jira, JiraKind.CLOUD);
            assertThat(reader.myself()).isEqualTo(new JiraUser("5b10a2844c20165700ede21g", null, null, "Mia",
                    "Europe/Berlin", "mia@example.com"));
            assertThat(reader.fields()).containsExactly(
                    new JiraField("status", "Status", false, "status", null),
                    new JiraField("customfield_10050", "Amount", true, "number",
                            "com.atlassian.jira.plugin.system.customfieldtypes:float"),
                    new JiraField("issuekey", "Key", false, null, null));
            assertThat(reader.projects()).containsExactly(new JiraProject("10000", "SALES", "Sales"));
        }
    }

    @Test
    void projectsWithIssueSecurityAreThoseWithLevelsOrAScheme() throws Exception {
        // SALES: a level the caller can set. LEAD: no level for the caller, but the scheme is set (admin may read it).
        // OPS: no level, scheme endpoint forbidden. MISC: no level, no scheme (404). DOCS: a scheme answer without id.
        try (ScriptedJira jira = ScriptedJira.start(call -> switch (call.path()) {
            case "/rest/api/2/project" -> Reply.json("[{\"id\":\"10000\",\"key\":\"SALES\",\"name\":\"Sales\"},"
                    + "{\"id\":\"10001\",\"key\":\"LEAD\",\"name\":\"Leads\"},{\"id\":\"10002\",\"key\":\"OPS\",\"name\":\"Ops\"},"
                    + "{\"id\":\"10003\",\"key\":\"MISC\",\"name\":\"Misc\"},{\"id\":\"10004\",\"key\":\"DOCS\",\"name\":\"Docs\"}]");
            case "/rest/api/2/project/10000/securitylevel" -> Reply.json(
                    "{\"levels\":[{\"id\":\"100000\",\"name\":\"Staff Only\",\"description\":\"Only internal staff\"}]}");
            case "/rest/api/2/project/10001/issuesecuritylevelscheme" -> Reply.json(
                    "{\"id\":10100,\"name\":\"Deal security\",\"defaultSecurityLevelId\":10021,\"levels\":[]}");
            case "/rest/api/2/project/10002/issuesecuritylevelscheme" -> Reply.status(403,
                    "{\"errorMessages\":[\"You do not have permission\"],\"errors\":{}}");
            case "/rest/api/2/project/10004/issuesecuritylevelscheme" -> Reply.json("{}");
            default -> call.path().endsWith("/securitylevel") ? Reply.json("{\"levels\":[]}")
                    : Reply.status(404, "{\"errorMessages\":[\"No issue security scheme\"],\"errors\":{}}");
        })) {
            assertThat(reader(jira, JiraKind.DATA_CENTER).projectsWithIssueSecurity())
                    .containsExactly(new JiraProject("10000", "SALES", "Sales"), new JiraProject("10001", "LEAD", "Leads"));
            // One list of projects, SALES settled by its levels, the four others asked twice.
            assertThat(jira.calls()).hasSize(1 + 1 + 4 * 2);
        }
    }
}
