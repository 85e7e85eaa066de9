package org.saleskpi.core.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.validation.FieldError;
import org.saleskpi.core.validation.InvalidInputException;

class PageTest {

    private static List<String> fieldsOf(int offset, int limit) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> new PageRequest(offset, limit));
        assertThat(e).isNotNull();
        return e.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void pageRequestNamesTheBadField() {
        assertThat(fieldsOf(-1, 20)).containsExactly("offset");
        assertThat(fieldsOf(0, 0)).containsExactly("limit");
        assertThat(fieldsOf(0, PageRequest.MAX_LIMIT + 1)).containsExactly("limit");
        assertThat(fieldsOf(-5, -5)).containsExactly("offset", "limit");
        assertThat(new PageRequest(40, PageRequest.MAX_LIMIT)).isEqualTo(new PageRequest(40, 500));
    }

    @Test
    void pageTotalCoversItsItems() {
        assertThat(new Page<>(List.of("a", "b"), 9).total()).isEqualTo(9);
        assertThatThrownBy(() -> new Page<>(List.of("a", "b"), 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
