package org.saleskpi.core.goal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.IssueQuery;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.IssueSource;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.issue.RecordingMemo;
import org.saleskpi.core.issue.StatusCategory;
import org.saleskpi.core.kpi.KpiProfile;
import org.saleskpi.core.kpi.KpiProfileRepository;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.core.validation.InvalidInputException;

/** Issues targets are counted now, as the viewer sees them; a query the host refuses keeps the stored value. */
class LiveTargetsTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final UserRef BOB = new UserRef("bob", "Bob");
    private static final Instant MARCH = Instant.parse("2025-03-01T10:00:00Z");

    /** ONB holds three issues, two of them resolved; any other query is one the host cannot read. */
    private static final class OnboardingIssues implements IssueSource {
        final List<IssueQuery> asked = new ArrayList<>();

        @Override
        public IssueTable load(IssueQuery query) {
            asked.add(query);
            if (!query.jql().equals("project = ONB")) {
                throw InvalidInputException.of("jql", "saleskpi.jql.invalid", "Unknown field in " + query.jql());
            }
            return IssueTable.of(query.zone(), query.columns(),
                    List.of(task("ONB-1", true), task("ONB-2", false), task("ONB-3", true)));
        }

        private static IssueRecord task(String key, boolean resolved) {
            IssueRecord.Builder task = IssueRecord.builder(key, "ONB").type("Task").reporter("alice").created(MARCH)
                    .status(resolved ? "Done" : "To Do", resolved ? StatusCategory.DONE : StatusCategory.TO_DO);
            if (resolved) {
                task.resolved(MARCH.plusSeconds(3600)).resolution("Done");
            }
            return task.build();
        }

        @Override
        public long count(String jql, UserRef user) {
            throw new AssertionError("live targets load, they do not count");
        }
    }

    /** No KPI profile: these goals have no KPI targets. */
    private static final class NoProfiles implements KpiProfileRepository {
        @Override
        public KpiProfile create(KpiProfile profile) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<KpiProfile> get(long id) {
            return Optional.empty();
        }

        @Override
        public List<KpiProfile> ofProject(String projectKey) {
            return List.of();
        }

        @Override
        public List<KpiProfile> all() {
            return List.of();
        }

        @Override
        public KpiProfile update(KpiProfile profile) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void delete(long id) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void countsIssuesTargetsAsTheViewerAndKeepsTheStoredValueOfAnUnreadableQuery() {
        OnboardingIssues issues = new OnboardingIssues();
        Target onboarding = withId(1, Fixtures.issues(0, 0));
        Target broken = withId(2, Target.create(0, new TargetInput("Broken", "issues", null, "status = (", null,
                null, null, null, null, null, "bob", null)).withIssueCounts(1, 4));
        Target calls = withId(3, Fixtures.number(0, 100, 40));
        Goal goal = Fixtures.goal(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30), onboarding, broken, calls);

        LiveTargets.Measured measured = new LiveTargets(issues, new NoProfiles(), ZONE).measure(goal, BOB);

        List<Target> targets = measured.goal().targets();
        assertThat(targets.get(0).currentValue()).isEqualByComparingTo("2");
        assertThat(targets.get(0).targetValue()).isEqualByComparingTo("3");
        assertThat(targets.get(1)).isEqualTo(broken);
        assertThat(targets.get(2)).isEqualTo(calls);
        assertThat(measured.unavailable()).containsOnlyKeys(2L);
        assertThat(measured.unavailable().get(2L).messageKey()).isEqualTo("saleskpi.goal.jql.invalid");
        assertThat(issues.asked).allSatisfy(query -> {
            assertThat(query.user()).isEqualTo(BOB);
            assertThat(query.columns()).containsExactly(Column.RESOLVED);
            assertThat(query.zone()).isEqualTo(ZONE);
        });
        assertThat(issues.asked).extracting(IssueQuery::jql).containsExactly("project = ONB", "status = (");
    }

    @Test
    void aKeptTableIsCountedOnceHoweverManyTimesItsGoalIsShown() {
        // A host that keeps ONB's table and what is computed from it (the index, per scope and version).
        RecordingMemo memo = new RecordingMemo();
        OnboardingIssues onboarding = new OnboardingIssues();
        IssueSource keeping = new IssueSource() {
            @Override
            public IssueTable load(IssueQuery query) {
                return onboarding.load(query).rememberingIn(memo);
            }

            @Override
            public long count(String jql, UserRef user) {
                return onboarding.count(jql, user);
            }
        };
        Goal goal = Fixtures.goal(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30),
                withId(1, Fixtures.issues(0, 0)));
        LiveTargets live = new LiveTargets(keeping, new NoProfiles(), ZONE);

        Goal first = live.measured(goal, BOB);
        Goal again = live.measured(goal, BOB);

        assertThat(first.targets().get(0).currentValue()).isEqualByComparingTo("2");
        assertThat(again).isEqualTo(first);
        // Counted once, kept with the table.
        assertThat(memo.puts()).hasSize(1);
    }

    private static Target withId(long id, Target t) {
        return new Target(id, t.goalId(), t.name(), t.kind(), t.unitLabel(), t.startValue(), t.targetValue(),
                t.currentValue(), t.ownerKey(), t.weight(), t.version());
    }
}
