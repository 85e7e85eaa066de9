package org.saleskpi.server.jira;

/**
 * A Jira user as the REST API names one: {@code accountId} on Cloud, {@code key} and {@code name} on
 * Data Center; {@code timeZone} only where Jira sends it ({@code /myself}), else null; {@code emailAddress} where
 * Jira shows it (Cloud hides it by the user's profile visibility), else null.
 */
public record JiraUser(String accountId, String key, String name, String displayName, String timeZone,
        String emailAddress) {

    /** A user whose address Jira did not show. */
    public JiraUser(String accountId, String key, String name, String displayName, String timeZone) {
        this(accountId, key, name, displayName, timeZone, null);
    }
}
