package org.saleskpi.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NetstringsTest {

    @Test
    void stringsComeBackInTheirOrderWithRepeatsAndAnyCharacters() {
        List<String> strings = List.of("q1", "", "a:b", "3:x,", "12", "12", "Ünïcødé 🚀", "line\nbreak", ":", ",",
                "𝔘𝔫𝔦", "Z".repeat(1000));

        String packed = Netstrings.pack(strings);

        assertThat(packed).startsWith("2:q1,0:,3:a:b,4:3:x,,2:12,2:12,9:Ünïcødé 🚀,");
        assertThat(Netstrings.unpack(packed)).isEqualTo(strings);
    }

    @Test
    void noStringsAreNull() {
        assertThat(Netstrings.pack(List.of())).isNull();
        assertThat(Netstrings.unpack(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"label", "3:Won", "3:Wo,", "x:Won,", ":Won,", "4:Won,", "2:Won,", "3:Won,junk", "-1:,",
        "99999999999:a,", "1234567890:a,"})
    void refusesTextItDidNotMake(String text) {
        assertThatThrownBy(() -> Netstrings.unpack(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not netstrings at character");
    }

    @Test
    void saysWhereTheTextGoesWrong() {
        assertThatThrownBy(() -> Netstrings.unpack("2:q1,x:y,")).hasMessageStartingWith("not netstrings at character 5");
    }
}
