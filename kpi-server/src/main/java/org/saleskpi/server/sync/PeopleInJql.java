package org.saleskpi.server.sync;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.saleskpi.core.jql.JqlPeople;
import org.saleskpi.server.auth.Account;
import org.saleskpi.server.auth.Users;

/**
 * The server's people as JQL user values name them: by username first (one indexed lookup); then the person synced
 * from Jira under that Jira id, who carries it as their Jira id, as Jira's own JQL takes it (a Cloud account id such
 * as {@code 557058:f58131cb-...} is the username {@code 557058_f58131cb-...}, see {@link SyncPeople#usernameOf}; a
 * Data Center key is the username itself); else everyone whose username or full name contains the value, of whom the
 * query keeps the exact matches. The server keeps no e-mail address: a person who signs in with theirs has it as
 * username, found first.
 */
public final class PeopleInJql implements JqlPeople {
    private final Users users;

    public PeopleInJql(Users users) {
        this.users = Objects.requireNonNull(users, "users");
    }

    @Override
    public List<Person> candidates(String value) {
        Optional<Account> byUsername = users.find(value);
        if (byUsername.isPresent()) {
            return List.of(person(byUsername.get(), Optional.empty()));
        }
        Optional<Account> synced = value.isBlank() ? Optional.empty() : users.find(SyncPeople.usernameOf(value));
        if (synced.isPresent()) {
            return List.of(person(synced.get(), Optional.of(value.strip())));
        }
        return users.search(value, Integer.MAX_VALUE).stream().map(account -> person(account, Optional.empty()))
                .toList();
    }

    private static Person person(Account account, Optional<String> jiraId) {
        return new Person(account.key(), account.username(), account.displayName(), Optional.empty(), jiraId);
    }
}
