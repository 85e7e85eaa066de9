package org.saleskpi.server.sync;

import java.util.ArrayList;
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
 * Data Center key is the username itself); then the synced person whose Data Center user name it is
 * ({@code farid.fahmy} for the key {@code JIRAUSER10107}), which names them as exactly as the key does in Jira;
 * else everyone whose username or full name contains the value and everyone Jira gave that e-mail address, of whom
 * the query keeps the exact matches. A person who signs in with their address has it as username, found first.
 */
public final class PeopleInJql implements JqlPeople {
    private final Users users;
    private final JiraUserNames names;

    public PeopleInJql(Users users, JiraUserNames names) {
        this.users = Objects.requireNonNull(users, "users");
        this.names = Objects.requireNonNull(names, "names");
    }

    @Override
    public List<Person> candidates(String value) {
        Optional<Account> byUsername = users.find(value);
        if (byUsername.isPresent()) {
            return List.of(person(byUsername.get(), Optional.empty(), Optional.empty()));
        }
        if (value.isBlank()) {
            return List.of();
        }
        Optional<Account> synced = users.find(SyncPeople.usernameOf(value));
        if (synced.isPresent()) {
            return List.of(person(synced.get(), Optional.of(value.strip()), Optional.empty()));
        }
        List<Person> byName = accounts(names.byName(value)).stream()
                .map(account -> person(account, Optional.of(value.strip()), Optional.empty())).toList();
        if (!byName.isEmpty()) {
            return byName;
        }
        List<Person> candidates = new ArrayList<>();
        users.search(value, Integer.MAX_VALUE).forEach(account -> candidates.add(
                person(account, Optional.empty(), Optional.empty())));
        accounts(names.byEmail(value)).forEach(account -> candidates.add(
                person(account, Optional.empty(), Optional.of(value.strip()))));
        return candidates;
    }

    private List<Account> accounts(List<String> keys) {
        List<Account> accounts = new ArrayList<>();
        keys.forEach(key -> users.find(key).ifPresent(accounts::add));
        return accounts;
    }

    private static Person person(Account account, Optional<String> jiraId, Optional<String> email) {
        return new Person(account.key(), account.username(), account.displayName(), email, jiraId);
    }
}
