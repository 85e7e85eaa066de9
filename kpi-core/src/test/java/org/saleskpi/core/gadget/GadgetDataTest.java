package org.saleskpi.core.gadget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.saleskpi.core.gadget.Ports.unused;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.goal.GoalRepository;
import org.saleskpi.core.issue.IssueCatalog;
import org.saleskpi.core.issue.IssueQuery;
import org.saleskpi.core.issue.IssueSource;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.kpi.KpiProfile;
import org.saleskpi.core.kpi.KpiProfileRepository;
import org.saleskpi.core.kpi.QuotaRepository;
import org.saleskpi.core.period.Period;
import org.saleskpi.core.period.PeriodParam;
import org.saleskpi.core.user.AccessPolicy;
import org.saleskpi.core.user.Directory;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.core.validation.FieldError;
import org.saleskpi.core.validation.InvalidInputException;

/** The use case over recording ports: what it asks of the host for one request, and what it answers. */
class GadgetDataTest {
    private static final UserRef VERA = new UserRef("vera", "Vera");
    private static final KpiProfile SALES = new KpiProfile(1, "SALES", "Sales", Pipeline.model(), 1);
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 20);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(12, 0).atZone(Pipeline.ZONE).toInstant(),
            Pipeline.ZONE);
    private static final IssueTable ISSUES = Pipeline.table(
            Pipeline.deal("SALES-1").rep("alice").created("2025-01-06").won("2025-02-03").amount("100"),
            Pipeline.deal("SALES-2").rep("bob").created("2025-02-10").won("2025-03-10").amount("300"),
            Pipeline.deal("SALES-3").rep("alice").created("2025-03-03").won("2025-04-07").amount("50"));

    private final List<IssueQuery> loads = new ArrayList<>();

    private GadgetData gadgets() {
        return gadgets(Optional.empty());
    }

    /** With a directory whose search reads the viewer's dates in {@code viewerZone} (empty: the clock's). */
    private GadgetData gadgets(Optional<ZoneId> viewerZone) {
        IssueSource source = Ports.issues(ISSUES, loads);
        Directory people = new Directory() {
            @Override
            public Optional<UserRef> find(String userKey) {
                return userKey.equals("alice") ? Optional.of(new UserRef("alice", "Alice Abe")) : Optional.empty();
            }

            @Override
            public List<UserRef> search(String text, int limit) {
                return List.of();
            }

            @Override
            public Optional<ZoneId> searchZone(UserRef person) {
                assertThat(person).isEqualTo(VERA);
                return viewerZone;
            }
        };
        return new GadgetData(unused(AccessPolicy.class), source, unused(IssueCatalog.class), people,
                unused(KpiProfileRepository.class), unused(GoalRepository.class), unused(QuotaRepository.class), CLOCK);
    }

    private static Node.Fields member(Node.Fields fields, String name) {
        return (Node.Fields) fields.members().get(name);
    }

    @Test
    void periodAllLoadsOnceThenReadsItsDatesFromTheLoadedIssues() {
        Node.Fields pie = (Node.Fields) gadgets().data("pie", VERA, SALES,
                Map.of("kpi", List.of("won-revenue.count"), "period", List.of("all"), "groupBy", List.of("rep")));

        assertThat(loads).singleElement().satisfies(query -> {
            assertThat(query.user()).isEqualTo(VERA);
            assertThat(query.jql()).isEqualTo("project = SALES");
        });
        Period span = PeriodParam.parse("period", "all", "this-month", SALES.model().calendar(), TODAY)
                .resolve(ISSUES, TODAY);
        assertThat(span.start()).isEqualTo(LocalDate.of(2025, 1, 6));
        assertThat(member(pie, "period").members()).containsEntry("from", new Node.Text(span.start().toString()))
                .containsEntry("to", new Node.Text(span.end().toString()));
        assertThat(pie.members().get("total")).isEqualTo(new Node.Number(BigDecimal.valueOf(3)));
        Node.Items slices = (Node.Items) pie.members().get("slices");
        assertThat(slices.items()).extracting(slice -> ((Node.Fields) slice).members().get("label"))
                .containsExactly(new Node.Text("Alice Abe"), new Node.Text("bob"));
    }

    @Test
    void aWrongParameterIsNamedAsTheApiNamesItBeforeAnythingIsLoaded() {
        assertThatThrownBy(() -> gadgets().data("pie", VERA, SALES, Map.of("kpi", List.of("win-rate"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("kpi"));
        assertThatThrownBy(() -> gadgets().validate("pie", VERA, SALES, Map.of("kpi", List.of("won-revenue"),
                "topN", List.of("0")))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> gadgets().data("radar", VERA, SALES, Map.of()))
                .isInstanceOf(GadgetNotFoundException.class);
        assertThat(loads).isEmpty();
    }

    @Test
    void drillDatesAreWrittenInTheZoneWhereTheHostsSearchReadsTheViewersDates() {
        Map<String, List<String>> june = Map.of("kpi", List.of("won-revenue.count"), "period", List.of("this-month"));

        // The calendar and the clock are Berlin's: a search read there takes June's bounds as days.
        String host = jql(gadgets().data("pie", VERA, SALES, june));
        assertThat(host).contains(">= \"2025-06-01\"").contains("< \"2025-07-01\"").doesNotContain(":00");

        // Berlin's midnight (CEST, UTC+2) is 07:00 in Tokyo (UTC+9), on the same day.
        String tokyo = jql(gadgets(Optional.of(ZoneId.of("Asia/Tokyo"))).data("pie", VERA, SALES, june));
        assertThat(tokyo).contains(">= \"2025-06-01 07:00\"").contains("< \"2025-07-01 07:00\"")
                .isEqualTo(host.replace("\"2025-06-01\"", "\"2025-06-01 07:00\"")
                        .replace("\"2025-07-01\"", "\"2025-07-01 07:00\""));
    }

    /** The drill of a pie's first slice. */
    private static String jql(Node pie) {
        Node.Items slices = (Node.Items) ((Node.Fields) pie).members().get("slices");
        return ((Node.Text) ((Node.Fields) slices.items().get(0)).members().get("jql")).text();
    }
}
