package org.saleskpi.server.host;

import java.util.List;
import java.util.Optional;
import org.saleskpi.core.issue.IssueCatalog;
import org.saleskpi.core.issue.IssueQuery;
import org.saleskpi.core.issue.IssueSource;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.user.AccessPolicy;
import org.saleskpi.core.user.Directory;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.server.Command;

/**
 * Stand-ins for the parts of the server that are built elsewhere (the local issue store, users and
 * sessions, the CSV import), each replaced by one line in {@code ServerWiring} when it arrives.
 * They refuse safely: no issues, no signed-in user, nobody in the directory.
 */
public final class NotWiredYet {
    private NotWiredYet() {
    }

    /** No issues at all: every query answers an empty table. */
    public static final class NoIssues implements IssueSource, IssueCatalog {
        @Override
        public IssueTable load(IssueQuery query) {
            return IssueTable.of(query.zone(), query.columns(), List.of());
        }

        @Override
        public long count(String jql, UserRef user) {
            return 0;
        }

        @Override
        public List<FieldInfo> fields(UserRef user) {
            return List.of();
        }

        @Override
        public List<String> statuses(UserRef user) {
            return List.of();
        }

        @Override
        public List<String> issueTypes(UserRef user) {
            return List.of();
        }

        @Override
        public List<String> projects(UserRef user) {
            return List.of();
        }
    }

    /** Every request is anonymous, so every resource but /health answers 401. */
    public static final class NobodySignedIn implements AccessPolicy {
        @Override
        public Optional<UserRef> currentUser() {
            return Optional.empty();
        }

        @Override
        public boolean canBrowse(UserRef user, String projectKey) {
            return false;
        }

        @Override
        public boolean canAdminister(UserRef user, String projectKey) {
            return false;
        }

        @Override
        public boolean isSystemAdmin(UserRef user) {
            return false;
        }
    }

    /** A directory with nobody in it. */
    public static final class Nobody implements Directory {
        @Override
        public Optional<UserRef> find(String userKey) {
            return Optional.empty();
        }

        @Override
        public List<UserRef> search(String text, int limit) {
            return List.of();
        }
    }

    /** A command that says it is not there yet and fails. */
    public static Command command(String name) {
        return (options, out) -> {
            out.println("The " + name + " command is not wired yet.");
            return 1;
        };
    }
}
