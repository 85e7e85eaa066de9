package org.saleskpi.server.issues;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.issue.FieldValue;

class StoredValueTest {

    @Test
    void everyKindOfValueReadsBackAsItWasWrittenUnderItsOwnType() {
        List<FieldValue> values = List.of(
                FieldValue.number(new BigDecimal("12.30")),
                FieldValue.date(LocalDate.of(2024, 2, 29)),
                FieldValue.text("Renewal, second year"),
                FieldValue.option("Enterprise"),
                FieldValue.user("josé.núñez"));
        for (FieldValue value : values) {
            assertThat(StoredValue.decode(value.type(), StoredValue.encode(value))).isEqualTo(value);
        }
        // The scale survives: 12.30 is not read back as 12.3.
        assertThat(StoredValue.encode(FieldValue.number(new BigDecimal("12.30")))).isEqualTo("12.30");
    }
}
