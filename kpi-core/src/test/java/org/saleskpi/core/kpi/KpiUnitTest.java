package org.saleskpi.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.metric.Unit;

/**
 * A KPI's unit is its headline's, told without a profile ({@link Kpi#unit}); so a preset whose
 * headline changes unit with the model or the options (an unconfigured branch in another unit, an
 * option that turns a rate into an amount) fails here.
 */
class KpiUnitTest {

    @Test
    void everyKpiHasOneHeadlineUnitInEveryModelAndWithEveryOption() {
        Map<String, SalesModel> models = Map.of("full", SalesFixture.model(), "bare", bare(),
                "least", KpiCatalog.least().model());
        for (Kpi kpi : Kpi.values()) {
            models.forEach((name, model) -> {
                for (KpiOptions options : everyOptions()) {
                    assertThat(new KpiCatalog(model, options).define(kpi).headline().metric().unit())
                            .as("%s in the %s model with %s", kpi.key(), name, options).isEqualTo(kpi.unit());
                }
            });
        }
    }

    @Test
    void theUnitsAreTheHeadlinesOfTheDefinitions() {
        // Worked out from the definitions: sums of amount, counts of issues, days, and ratios.
        Map<Kpi, Unit> expected = new EnumMap<>(Kpi.class);
        List.of(Kpi.WON_REVENUE, Kpi.SALES_PER_REP, Kpi.CLV, Kpi.CAC).forEach(kpi -> expected.put(kpi, Unit.AMOUNT));
        List.of(Kpi.NEW_LEADS, Kpi.NEW_OPPORTUNITIES).forEach(kpi -> expected.put(kpi, Unit.COUNT));
        List.of(Kpi.SALES_CYCLE, Kpi.TIME_TO_CONVERT).forEach(kpi -> expected.put(kpi, Unit.DAYS));
        List.of(Kpi.TARGET_ATTAINMENT, Kpi.EMAIL_OPEN_RATE, Kpi.LEAD_CONVERSION, Kpi.WIN_RATE, Kpi.SALES_GROWTH,
                Kpi.CHURN_RATE, Kpi.RETENTION_RATE).forEach(kpi -> expected.put(kpi, Unit.RATIO));
        // Rows 16 to 18: the open amount, won so far, and coverage as a ratio.
        List.of(Kpi.OPEN_PIPELINE, Kpi.FORECAST).forEach(kpi -> expected.put(kpi, Unit.AMOUNT));
        expected.put(Kpi.PIPELINE_COVERAGE, Unit.RATIO);
        expected.forEach((kpi, unit) -> assertThat(kpi.unit()).as(kpi.key()).isEqualTo(unit));
    }

    /** Every combination of the options that change a KPI's figures. */
    private static List<KpiOptions> everyOptions() {
        List<KpiOptions> all = new ArrayList<>();
        for (KpiOptions.Attainment attainment : KpiOptions.Attainment.values()) {
            for (KpiOptions.ClvMethod method : KpiOptions.ClvMethod.values()) {
                for (KpiOptions.ClvWindow window : KpiOptions.ClvWindow.values()) {
                    for (KpiOptions.ChurnMode churn : KpiOptions.ChurnMode.values()) {
                        all.add(new KpiOptions(attainment, method, window, churn));
                    }
                }
            }
        }
        return all;
    }

    /** The fixture's model without customers, campaigns, costs or their fields. */
    private static SalesModel bare() {
        SalesModel full = SalesFixture.model();
        return new SalesModel("project = SALES", full.leadTypes(), full.dealTypes(), Set.of(), Set.of(), Set.of(),
                full.wonStatuses(), full.lostStatuses(), full.convertedStatuses(), full.churnedStatuses(),
                SalesFixture.AMOUNT, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), full.currency(), full.calendar(), 14);
    }
}
