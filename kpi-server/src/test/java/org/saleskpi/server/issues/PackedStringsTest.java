package org.saleskpi.server.issues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PackedStringsTest {

    @Test
    void anyCharactersComeBackAsTheyWent() {
        List<String> strings = List.of("q1", "", "a:b", "3:x", "12:", "Ünïcødé 😀", "line\nbreak", ":", "1234567890ab");

        String packed = PackedStrings.pack(strings);

        assertThat(packed).startsWith("2:q10:3:a:b3:3:x");
        assertThat(PackedStrings.unpack(packed)).isEqualTo(strings);
    }

    @Test
    void noStringsAreNull() {
        assertThat(PackedStrings.pack(List.of())).isNull();
        assertThat(PackedStrings.unpack(null)).isEmpty();
    }

    @Test
    void aColumnNotPackedSoIsRefusedWithWhereItWentWrong() {
        assertThatThrownBy(() -> PackedStrings.unpack("label")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at 0");
        assertThatThrownBy(() -> PackedStrings.unpack("2:q1x:y")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at 4");
        assertThatThrownBy(() -> PackedStrings.unpack("5:abc")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("runs past the end");
        assertThatThrownBy(() -> PackedStrings.unpack("99999999999999999999:a"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PackedStrings.unpack(":a")).isInstanceOf(IllegalArgumentException.class);
    }
}
