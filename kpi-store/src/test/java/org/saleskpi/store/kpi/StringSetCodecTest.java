package org.saleskpi.store.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StringSetCodecTest {

    @Test
    void writesSortedNetstringsCountingCodePoints() {
        // "Closed, Won" is 11 characters; the emoji is one code point but two Java chars.
        assertThat(StringSetCodec.encode(Set.of("Won", "Closed, Won", "🚀"))).isEqualTo("11:Closed, Won,3:Won,1:🚀,");
    }

    @Test
    void theEmptySetIsNullAndASetOfTheEmptyNameIsNot() {
        assertThat(StringSetCodec.encode(Set.of())).isNull();
        assertThat(StringSetCodec.decode(null)).isEmpty();
        assertThat(StringSetCodec.encode(Set.of(""))).isEqualTo("0:,");
        assertThat(StringSetCodec.decode("0:,")).containsExactly("");
    }

    @Test
    void namesWithSeparatorsQuotesAndUnicodeComeBackExactly() {
        Set<String> names = Set.of("a,b", "3:x,", "\"quoted\" 'too'", "back\\slash", "営業 Ünïcødé 🚀",
                ":", ",", " leading and trailing ", "line\nbreak", "Z".repeat(1000), "𝔘𝔫𝔦");
        assertThat(StringSetCodec.decode(StringSetCodec.encode(names))).isEqualTo(names);
    }

    @ParameterizedTest
    @ValueSource(strings = {"3:Won", "3:Wo,", "x:Won,", ":Won,", "4:Won,", "2:Won,", "3:Won,junk", "-1:,",
        "99999999999:a,"})
    void rejectsTextItDidNotWrite(String text) {
        assertThatThrownBy(() -> StringSetCodec.decode(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a stored name set");
    }
}
