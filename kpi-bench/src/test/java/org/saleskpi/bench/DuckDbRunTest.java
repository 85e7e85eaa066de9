package org.saleskpi.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.saleskpi.bench.KpiFigures.Call;
import org.saleskpi.bench.KpiFigures.Id;
import org.saleskpi.core.kpi.Kpi;

/** Reading DuckDB's cells: absent comes from NULL only, never from a NaN or an infinity. */
class DuckDbRunTest {
    private static final KpiSql.Output OPEN_RATE = new KpiSql.Output("open_rate", false,
            List.of(new Id(Call.MONTHLY, Kpi.EMAIL_OPEN_RATE, "rate")));

    @Test
    void aNonFiniteValueFailsNamingTheFigureAndMonth() {
        assertThatThrownBy(() -> DuckDbRun.number(Double.NaN, OPEN_RATE, () -> " in month 2024-09"))
                .hasMessageContaining("NaN for open_rate [email-open-rate.rate] in month 2024-09");
        assertThatThrownBy(() -> DuckDbRun.number(Double.NEGATIVE_INFINITY, OPEN_RATE, () -> ""))
                .hasMessageContaining("-Infinity for open_rate");
    }

    @Test
    void nullIsAbsentAndADoubleIsItsExactDecimal() {
        assertThat(DuckDbRun.number(null, OPEN_RATE, () -> "")).isNull();
        assertThat(DuckDbRun.number(0.25, OPEN_RATE, () -> "")).isEqualByComparingTo("0.25");
    }
}
