package org.saleskpi.server.jira;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What both kinds of Jira answer alike (REST v2 exists on Cloud and on Data Center); the search and
 * changelog paging differ and live in {@link CloudReader} and {@link DataCenterReader}.
 */
abstract class SiteReader implements JiraReader {
    protected final JiraHttp http;
    protected final JiraHttpSettings settings;
    protected final ChangeFieldIds changeFieldIds = new ChangeFieldIds(this::fields);

    SiteReader(JiraSite site, JiraHttpSettings settings) {
        this.http = new JiraHttp(site, settings);
        this.settings = settings;
    }

    /** Source: https://developer.atlassian.com/cloud/jira/platform/rest/v2/api-group-server-info/#api-rest-api-2-serverinfo-get */
    @Override
    public ServerInfo serverInfo() {
        String path = "/rest/api/2/serverInfo";
        JsonElement answer = http.get(path, Map.of());
        return JiraJson.read(path, () -> JiraJson.serverInfo(JiraJson.object(answer)));
    }

    /**
     * {@code timeZone} is the zone JQL dates are read in for this user. Sources:
     * https://developer.atlassian.com/cloud/jira/platform/rest/v2/api-group-myself/#api-rest-api-2-myself-get ,
     * https://docs.atlassian.com/software/jira/docs/api/REST/9.12.0/#api/2/myself-getUser
     */
    @Override
    public JiraUser myself() {
        String path = "/rest/api/2/myself";
        JsonElement answer = http.get(path, Map.of());
        return JiraJson.read(path, () -> JiraJson.user(JiraJson.object(answer)));
    }

    /** Source: https://developer.atlassian.com/cloud/jira/platform/rest/v2/api-group-issue-fields/#api-rest-api-2-field-get */
    @Override
    public List<JiraField> fields() {
        String path = "/rest/api/2/field";
        JsonElement answer = http.get(path, Map.of());
        return JiraJson.read(path, () -> {
            List<JiraField> fields = new ArrayList<>();
            answer.getAsJsonArray().forEach(f -> fields.add(JiraJson.field(f.getAsJsonObject())));
            return fields;
        });
    }

    /**
     * Every project the credentials may see. Source:
     * https://developer.atlassian.com/cloud/jira/platform/rest/v2/api-group-projects/#api-rest-api-2-project-get
     * (on Cloud marked deprecated in favour of the paged /project/search, still served).
     */
    @Override
    public List<JiraProject> projects() {
        String path = "/rest/api/2/project";
        JsonElement answer = http.get(path, Map.of());
        return JiraJson.read(path, () -> {
            List<JiraProject> projects = new ArrayList<>();
            answer.getAsJsonArray().forEach(p -> projects.add(JiraJson.project(p.getAsJsonObject())));
            return projects;
        });
    }

    /**
     * The projects whose issues may carry a security level the connection can see, one or two requests per project:
     * <ol>
     * <li>{@code GET /rest/api/2/project/{projectKeyOrId}/securitylevel}: the levels of the project the caller has
     * access to, {@code {levels:[..]}}; empty when the caller lacks the Set Issue Security permission. Cloud:
     * https://developer.atlassian.com/cloud/jira/platform/rest/v2/api-group-project-permission-schemes/#api-rest-api-2-project-projectkeyorid-securitylevel-get ;
     * Data Center: "Returns all security levels for the project that the current logged in user has access to"
     * (jira.js server API, https://mrrefactoring.github.io/jira.js/api/functions/server.getSecurityLevelsForProject ).
     * A level listed here is one whose issues the sync copies, the case the project-mapping warning is about.</li>
     * <li>Where that list is empty, {@code GET /rest/api/2/project/{projectKeyOrId}/issuesecuritylevelscheme}, the
     * scheme itself (needs Administer Jira or Administer Projects): Cloud, same API group,
     * {@code #api-rest-api-2-project-projectkeyorid-issuesecuritylevelscheme-get}; Data Center, jira.js
     * {@code server.getProjectIssueSecurityScheme}. A scheme with an id counts.</li>
     * </ol>
     * UNVERIFIED: that a project without a scheme answers 404 there; 403 and 404 are read as "no scheme known", so a
     * token with neither permission sees no project listed.
     */
    @Override
    public List<JiraProject> projectsWithIssueSecurity() {
        List<JiraProject> secured = new ArrayList<>();
        for (JiraProject project : projects()) {
            String levelsPath = "/rest/api/2/project/" + project.id() + "/securitylevel";
            boolean levels = http.getIfAllowed(levelsPath, Map.of()).map(answer -> JiraJson.read(levelsPath,
                    () -> JiraJson.array(JiraJson.object(answer), "levels").size() > 0)).orElse(false);
            if (levels) {
                secured.add(project);
                continue;
            }
            String schemePath = "/rest/api/2/project/" + project.id() + "/issuesecuritylevelscheme";
            boolean scheme = http.getIfAllowed(schemePath, Map.of()).map(answer -> JiraJson.read(schemePath,
                    () -> answer.isJsonObject() && JiraJson.text(answer.getAsJsonObject(), "id") != null)).orElse(false);
            if (scheme) {
                secured.add(project);
            }
        }
        return secured;
    }

    @Override
    public JiraTraffic traffic() {
        return http.traffic();
    }

    /** A condition built by {@link #scoped} or {@link #and}, with the reader's own order. */
    static String ordered(String condition, String orderBy) {
        return (condition + " ORDER BY " + orderBy).trim();
    }

    /** The caller's JQL in parentheses, so that an OR inside stays inside; empty when there is none. */
    static String scoped(String jql) {
        return jql == null || jql.isBlank() ? "" : "(" + jql.trim() + ")";
    }

    static String and(String jql, String clause) {
        String scope = scoped(jql);
        return scope.isEmpty() ? clause : scope + " AND " + clause;
    }

    static JsonObject body() {
        return new JsonObject();
    }
}
