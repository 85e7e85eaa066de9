package org.saleskpi.server.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Numbers with thousands separators as each language writes them, read strictly: a misfit is no number, never a guess. */
class NumberStyleTest {

    @Test
    void everyStyleReadsItsOwnThousandsAndDecimals() {
        assertThat(NumberStyle.EN.read("1,234.56")).contains(new BigDecimal("1234.56"));
        assertThat(NumberStyle.JA.read("12,345,678")).contains(new BigDecimal("12345678"));
        assertThat(NumberStyle.DE.read("1.234,56")).contains(new BigDecimal("1234.56"));
        assertThat(NumberStyle.DE.read("-1.234.567,5")).contains(new BigDecimal("-1234567.5"));
        assertThat(NumberStyle.FR.read("1\u202F234,56")).describedAs("narrow no-break space, as Java and browsers write")
                .contains(new BigDecimal("1234.56"));
        assertThat(NumberStyle.FR.read("1\u00A0234,56")).describedAs("no-break space, as older Jira versions write")
                .contains(new BigDecimal("1234.56"));
        assertThat(NumberStyle.FR.read("1 234")).contains(new BigDecimal("1234"));
        assertThat(NumberStyle.EN.read(" 999 ")).contains(new BigDecimal("999"));
        assertThat(NumberStyle.DE.read("0,5")).contains(new BigDecimal("0.5"));
    }

    @Test
    void plainReadsWhatTheImportAlwaysRead() {
        assertThat(NumberStyle.PLAIN.read("12500.00")).contains(new BigDecimal("12500.00"));
        assertThat(NumberStyle.PLAIN.read("1,234")).isEmpty();
    }

    @Test
    void separatorsInTheWrongPlaceAreNoNumber() {
        assertThat(NumberStyle.EN.read("1.234,56")).describedAs("German written, English chosen").isEmpty();
        assertThat(NumberStyle.EN.read("12,5")).describedAs("a group of one digit").isEmpty();
        assertThat(NumberStyle.EN.read("1234,567")).describedAs("a first group of four digits").isEmpty();
        assertThat(NumberStyle.EN.read("0,123")).describedAs("a first group with a leading zero").isEmpty();
        assertThat(NumberStyle.DE.read("1,234.56")).isEmpty();
        assertThat(NumberStyle.DE.read("1.5")).isEmpty();
        assertThat(NumberStyle.DE.read("12,")).describedAs("a decimal separator without decimals").isEmpty();
        assertThat(NumberStyle.FR.read("1.234,56")).isEmpty();
        assertThat(NumberStyle.JA.read("1,23,456")).describedAs("Indian grouping is not Japanese").isEmpty();
        assertThat(NumberStyle.EN.read("12 500")).isEmpty();
        assertThat(NumberStyle.EN.read("$1,200")).isEmpty();
        assertThat(NumberStyle.EN.read("")).isEmpty();
        assertThat(NumberStyle.EN.read(",")).isEmpty();
    }

    @Test
    void aCellOfAnotherStyleSaysHowTheOthersReadIt() {
        assertThat(NumberStyle.PLAIN.otherReadings("1,234")).extracting(r -> r.style().tag() + "=" + r.value())
                .containsExactly("en=1234", "de=1.234", "fr=1.234");
        assertThat(NumberStyle.EN.otherReadings("1.234,56")).extracting(r -> r.style().tag() + "=" + r.value())
                .containsExactly("de=1234.56");
    }

    @Test
    void tagsAreTheApisNames() {
        assertThat(NumberStyle.of("DE")).contains(NumberStyle.DE);
        assertThat(NumberStyle.of("xx")).isEqualTo(Optional.empty());
        assertThat(ImportSettings.numbers(null)).isEqualTo(NumberStyle.PLAIN);
    }
}
