package org.saleskpi.web.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.gadget.Node;
import org.saleskpi.core.period.Period;
import org.saleskpi.web.page.Messages;

/** Datasets as a reader sees them in a mail: lists of rows and parallel lists become tables, queries disappear. */
class DatasetTextTest {
    private final Messages english = Messages.load(Locale.ENGLISH, getClass().getClassLoader());

    @Test
    void rowsOfObjectsAreATableWithoutTheirDrillDownQueries() {
        Node.Fields dataset = Node.fields().put("type", "leaderboard").put("entries", new Node.Items()
                .add(Node.fields().put("displayName", "Avery Brooks").put("wonAmount", new BigDecimal("12500.5"))
                        .put("wonJql", "key in (A-1)"))
                .add(Node.fields().put("displayName", "Kim Lee").put("wonAmount", new BigDecimal("900"))
                        .put("wonJql", "key in (A-2)")));

        FigureSection section = new DatasetText(english).section("Leaderboard", dataset);

        assertThat(section.lines()).isEmpty();
        assertThat(section.tables()).singleElement().satisfies(table -> {
            assertThat(table.header()).containsExactly("Person", "Won amount");
            assertThat(table.rows()).containsExactly(List.of("Avery Brooks", "12,500.5"), List.of("Kim Lee", "900"));
        });
    }

    @Test
    void parallelListsAreOneTableAndPeriodsReadAsDates() {
        Node.Items buckets = Node.periods(List.of(new Period(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 1)),
                new Period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1))));
        Node.Items values = new Node.Items().add(Node.number(new BigDecimal("3"))).add(Node.Null.NULL);
        Node.Fields dataset = Node.fields().put("buckets", buckets).put("values", values)
                .putJqls("jql", List.of(java.util.Optional.of("a"), java.util.Optional.empty()));

        FigureSection section = new DatasetText(english).section("Line", dataset);

        assertThat(section.tables()).singleElement().satisfies(table -> {
            assertThat(table.header()).containsExactly("Periods", "Values");
            assertThat(table.rows()).containsExactly(List.of("Oct 1, 2026 – Oct 31, 2026", "3"),
                    List.of("Nov 1, 2026 – Nov 30, 2026", "–"));
        });
    }
}
