package org.saleskpi.server.fakejira;

/** A Jira user of the fake site: Cloud knows the account id, Data Center the key and the user name. */
public record FakeUser(String accountId, String key, String name, String displayName, String email) {
}
