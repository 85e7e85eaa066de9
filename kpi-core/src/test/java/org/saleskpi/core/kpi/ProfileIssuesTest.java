package org.saleskpi.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.IssueQuery;
import org.saleskpi.core.issue.IssueSource;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.core.validation.InvalidInputException;

class ProfileIssuesTest {
    private static final UserRef ALICE = new UserRef("alice", "Alice");
    private static final KpiProfile SALES = new KpiProfile(1, "SALES", "Sales", SalesFixture.model(), 1);

    /** Records what the use case asks of the host. */
    private static class AskedSource implements IssueSource {
        final List<IssueQuery> loads = new ArrayList<>();
        final List<String> counts = new ArrayList<>();

        @Override
        public IssueTable load(IssueQuery query) {
            loads.add(query);
            return IssueTable.of(query.zone(), query.columns(), List.of());
        }

        @Override
        public long count(String jql, UserRef user) {
            counts.add(user.key() + ": " + jql);
            return 0;
        }
    }

    @Test
    void loadsTheScopeNarrowedByTheRequestAsTheViewerInTheProfilesZone() {
        AskedSource source = new AskedSource();

        new ProfileIssues(source).load(ALICE, SALES, "jql-assignee = bob ORDER BY created", Set.of(Column.CREATED));

        assertThat(source.loads).singleElement().satisfies(query -> {
            assertThat(query.jql()).isEqualTo("(project = SALES) AND (assignee = bob)");
            assertThat(query.user()).isEqualTo(ALICE);
            assertThat(query.columns()).containsExactly(Column.CREATED);
            assertThat(query.zone()).isEqualTo(SalesFixture.BERLIN);
        });
    }

    @Test
    void withoutAnExtraQueryTheScopeAloneIsChecked() {
        AskedSource source = new AskedSource();

        new ProfileIssues(source).check(ALICE, SALES, " ");

        assertThat(source.counts).containsExactly("alice: project = SALES");
    }

    @Test
    void anOverlongQueryIsRefusedOnJqlBeforeTheHostIsAsked() {
        AskedSource source = new AskedSource();
        String longJql = "summary ~ \"" + "x".repeat(ProfileIssues.MAX_JQL) + "\"";

        assertThatThrownBy(() -> new ProfileIssues(source).load(ALICE, SALES, longJql, Set.of(Column.CREATED)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .singleElement().satisfies(err -> assertThat(err.field()).isEqualTo(ProfileIssues.JQL)));
        assertThat(source.loads).isEmpty();
        assertThat(source.counts).isEmpty();
    }

    @Test
    void theDashboardPagesNarrowingIsAndedWithTheScopeAndTheGadgetsOwnQuery() {
        AskedSource source = new AskedSource();

        new ProfileIssues(source).load(ALICE, SALES, "jql-assignee = bob", "status = Won ORDER BY key", Set.of(Column.CREATED),
                Set.of());

        assertThat(source.loads).singleElement().satisfies(query -> assertThat(query.jql())
                .isEqualTo("((project = SALES) AND (assignee = bob)) AND (status = Won)"));
    }

    @Test
    void aNarrowingTheHostCannotReadIsRefusedOnNarrowAndAnUnreadableGadgetQueryStillOnJql() {
        AskedSource source = new AskedSource() {
            @Override
            public long count(String jql, UserRef user) {
                super.count(jql, user);
                if (jql.contains("= =")) {
                    throw InvalidInputException.of(ProfileIssues.JQL, "saleskpi.jql.invalid", "cannot read " + jql);
                }
                return 0;
            }
        };
        ProfileIssues issues = new ProfileIssues(source);

        assertThatThrownBy(() -> issues.check(ALICE, SALES, "assignee = bob", "status = = Won"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(err -> assertThat(err.field()).isEqualTo(ProfileIssues.NARROW)));
        assertThatThrownBy(() -> issues.check(ALICE, SALES, "assignee = = bob", "status = Won"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(err -> assertThat(err.field()).isEqualTo(ProfileIssues.JQL)));
    }
}
