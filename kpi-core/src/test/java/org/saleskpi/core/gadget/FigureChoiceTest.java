package org.saleskpi.core.gadget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.kpi.Figure;
import org.saleskpi.core.kpi.Kpi;
import org.saleskpi.core.kpi.KpiCatalog;
import org.saleskpi.core.kpi.KpiOptions;
import org.saleskpi.core.metric.Filter;
import org.saleskpi.core.metric.Metric;
import org.saleskpi.core.metric.When;

class FigureChoiceTest {
    private final KpiCatalog catalog = new KpiCatalog(Pipeline.model(), KpiOptions.defaults());

    @Test
    void aKpiShowsItsHeadlineUnlessAFigureIsNamed() {
        Figure headline = FigureChoice.headline(Kpi.SALES_CYCLE).resolve(catalog);
        Figure median = FigureChoice.of(Kpi.SALES_CYCLE, "medianDays").resolve(catalog);

        assertThat(headline.name()).isEqualTo("sales-cycle.meanDays");
        assertThat(headline.metric()).isEqualTo(catalog.define(Kpi.SALES_CYCLE).figure("meanDays").metric());
        assertThat(median.name()).isEqualTo("sales-cycle.medianDays");
    }

    @Test
    void anUnknownFigureIsRejected() {
        assertThatThrownBy(() -> FigureChoice.of(Kpi.WIN_RATE, "amount").resolve(catalog))
                .hasMessage("win-rate has no figure amount");
    }

    @Test
    void aCustomMetricKeepsTheCallersKey() {
        Metric created = Metric.count(Filter.all(), When.during(Column.CREATED));

        assertThat(FigureChoice.custom("created", created).resolve(catalog)).isEqualTo(new Figure("created", created));
        assertThatThrownBy(() -> FigureChoice.custom(" ", created)).hasMessageContaining("must not be blank");
    }
}
