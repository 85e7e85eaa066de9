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

    @Test
    void aRateSaysWhatItIsMadeOfAndAnAmountItsCurrency() {
        Node.Fields winRate = calculation("win-rate.rate", "ratio", new BigDecimal("0.76"))
                .put("numerator", 19).put("denominator", 25);
        Node.Fields revenue = calculation("won-revenue.amount", "amount", new BigDecimal("12500.5"));

        assertThat(new DatasetText(english).section("Win rate", winRate).lines())
                .contains(new FigureSection.Line("Value", "76% (19 won of 25 closed)"));
        assertThat(new DatasetText(english).section("Won", revenue).lines())
                .contains(new FigureSection.Line("Value", "$12,500.50"));
    }

    @Test
    void amountsWithTheirCurrencyNeedNoCurrencyLineButBareAmountsKeepIt() {
        Node.Fields revenue = calculation("won-revenue.amount", "amount", new BigDecimal("12500.5"));
        Node.Items columns = new Node.Items().add(Node.fields().put("key", "won-revenue.amount").put("unit", "amount"));
        Node.Fields table = Node.fields().put("type", "table").put("currency", "USD").put("columns", columns)
                .put("rows", new Node.Items().add(Node.fields().put("label", "Avery Brooks").put("currency", "USD")
                        .put("values", new Node.Items().add(Node.number(new BigDecimal("1200"))))));
        // A forecast names no unit: its won, commit... are bare numbers, so its currency stays said.
        Node.Fields forecast = Node.fields().put("type", "forecast").put("currency", "USD")
                .put("total", Node.fields().put("won", new BigDecimal("900")));

        assertThat(new DatasetText(english).section("Won", revenue).lines()).extracting(FigureSection.Line::label)
                .doesNotContain("Currency");
        FigureSection tableSection = new DatasetText(english).section("Table", table);
        assertThat(tableSection.lines()).extracting(FigureSection.Line::label).doesNotContain("Currency");
        assertThat(tableSection.tables()).allSatisfy(rows -> assertThat(rows.header()).doesNotContain("Currency"))
                .anySatisfy(rows -> assertThat(rows.rows()).containsExactly(List.of("Avery Brooks", "$1,200.00")));
        assertThat(new DatasetText(english).section("Forecast", forecast).lines())
                .contains(new FigureSection.Line("Currency", "USD"));
    }

    @Test
    void aRateOfNothingSaysSoInTheKpisWordsInEitherLanguage() {
        Node.Fields none = calculation("win-rate.rate", "ratio", null).put("numerator", 0).put("denominator", 0);
        Node.Fields leads = calculation("lead-conversion.rate", "ratio", new BigDecimal("0.25"))
                .put("numerator", 3).put("denominator", 12);
        Messages japanese = Messages.load(Locale.JAPANESE, getClass().getClassLoader());

        assertThat(new DatasetText(english).section("Win rate", none).lines())
                .contains(new FigureSection.Line("Value", "no closed deals"))
                .allSatisfy(line -> assertThat(line.value()).doesNotContain("NaN").doesNotContain("zero"));
        assertThat(new DatasetText(english).section("Leads", leads).lines())
                .contains(new FigureSection.Line("Value", "25% (3 converted of 12 leads)"));
        assertThat(new DatasetText(japanese).section("リード", leads).lines()).extracting(FigureSection.Line::value)
                .contains("25%（リード 12 件中 商談化 3 件）");
    }

    @Test
    void aTablesRateColumnsSayWhatEachRateIsMadeOf() {
        Node.Items columns = new Node.Items()
                .add(Node.fields().put("key", "won-revenue.amount").put("unit", "amount"))
                .add(Node.fields().put("key", "win-rate.rate").put("unit", "ratio"));
        Node.Fields row = Node.fields().put("group", "avery").put("label", "Avery Brooks")
                .put("values", new Node.Items().add(Node.number(new BigDecimal("1200"))).add(Node.number(BigDecimal.ZERO)))
                .put("numerators", new Node.Items().add(Node.Null.NULL).add(Node.number(BigDecimal.ZERO)))
                .put("denominators", new Node.Items().add(Node.Null.NULL).add(Node.number(new BigDecimal("4"))));
        Node.Fields dataset = Node.fields().put("type", "table").put("currency", "USD").put("columns", columns)
                .put("rows", new Node.Items().add(row));

        FigureSection section = new DatasetText(english).section("Table", dataset);

        assertThat(section.tables()).anySatisfy(table -> assertThat(table.rows())
                .contains(List.of("avery", "Avery Brooks", "$1,200.00, 0% (0 won of 4 closed)")));
    }

    @Test
    void aRateOfMoneyWritesItsAmountsWithTheCurrencyInEitherLanguage() {
        Node.Fields attainment = calculation("target-attainment.attainment", "ratio", new BigDecimal("0.75"))
                .put("numerator", 450000).put("denominator", 600000).put("partsUnit", "amount");
        Node.Fields coverage = calculation("pipeline-coverage.coverage", "ratio", new BigDecimal("2"))
                .put("numerator", 3000).put("denominator", 1500).put("partsUnit", "amount");
        Messages japanese = Messages.load(Locale.JAPANESE, getClass().getClassLoader());

        assertThat(new DatasetText(english).section("Attainment", attainment).lines())
                .contains(new FigureSection.Line("Value", "75% ($450,000.00 won of a target of $600,000.00)"))
                .extracting(FigureSection.Line::label).doesNotContain("Parts unit");
        assertThat(new DatasetText(english).section("Coverage", coverage).lines())
                .contains(new FigureSection.Line("Value",
                        "200% ($3,000.00 of open deals for $1,500.00 of target still to win)"));
        assertThat(new DatasetText(japanese).section("達成率", attainment).lines()).extracting(FigureSection.Line::value)
                .contains("75%（目標 $600,000.00 に対し実績 $450,000.00）");
    }

    @Test
    void aRatesPreviousValueSaysWhatItIsMadeOf() {
        Node.Fields winRate = calculation("win-rate.rate", "ratio", new BigDecimal("0.76"))
                .put("numerator", 19).put("denominator", 25)
                .put("previous", Node.number(new BigDecimal("0.5"))).put("previousNumerator", 1)
                .put("previousDenominator", 2);

        FigureSection section = new DatasetText(english).section("Win rate", winRate);

        assertThat(section.lines()).contains(new FigureSection.Line("Previous period", "50% (1 won of 2 closed)"))
                .extracting(FigureSection.Line::label).doesNotContain("Previous numerator", "Previous denominator");
    }

    @Test
    void aForecastThatNamesItsFiguresUnitsWritesEveryAmountWithTheCurrencyAndNoCurrencyLine() {
        Node.Fields forecast = Node.fields().put("type", "forecast").put("currency", "USD")
                .put("units", Node.fields().put("won", "amount").put("target", "amount").put("wonAttainment", "ratio"))
                .put("total", Node.fields().put("won", new BigDecimal("4500")).put("target", new BigDecimal("6000"))
                        .put("wonAttainment", new BigDecimal("0.75")))
                .put("reps", new Node.Items().add(Node.fields().put("label", "Avery Brooks")
                        .put("won", new BigDecimal("900")).put("wonAttainment", new BigDecimal("0.3"))));

        FigureSection section = new DatasetText(english).section("Forecast", forecast);

        assertThat(section.lines()).extracting(FigureSection.Line::label).doesNotContain("Currency", "Units");
        assertThat(section.lines()).contains(new FigureSection.Line("Total · Won", "$4,500.00"),
                new FigureSection.Line("Total · Target", "$6,000.00"),
                new FigureSection.Line("Total · Won attainment", "75%"));
        assertThat(section.tables()).anySatisfy(table -> assertThat(table.rows())
                .contains(List.of("Avery Brooks", "$900.00", "30%")));
    }

    private static Node.Fields calculation(String figure, String unit, BigDecimal value) {
        return Node.fields().put("type", "calculation").put("currency", "USD").put("unit", unit).put("figure", figure)
                .put("value", Node.number(value));
    }
}
