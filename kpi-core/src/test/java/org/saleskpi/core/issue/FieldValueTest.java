package org.saleskpi.core.issue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldValueTest {

    /** One value of each kind; a new kind of value fails the test below until it is listed here. */
    private static final List<FieldValue> ONE_OF_EACH = List.of(
            FieldValue.number(12),
            FieldValue.date(LocalDate.of(2026, 12, 5)),
            FieldValue.text("Renewal"),
            FieldValue.option("Enterprise"),
            FieldValue.user("jane.doe"));

    @Test
    void everyKindOfValueNamesItsOwnFieldTypeAndEveryTypeHasOne() {
        assertThat(ONE_OF_EACH).extracting(Object::getClass)
                .containsExactlyInAnyOrder(FieldValue.class.getPermittedSubclasses());
        assertThat(ONE_OF_EACH).extracting(FieldValue::type)
                .containsExactly(FieldType.NUMBER, FieldType.DATE, FieldType.TEXT, FieldType.OPTION, FieldType.USER);
        assertThat(ONE_OF_EACH).extracting(FieldValue::type)
                .containsExactlyInAnyOrder(FieldType.values());
        assertThat(Arrays.asList(FieldType.values())).hasSameSizeAs(ONE_OF_EACH);
    }
}
