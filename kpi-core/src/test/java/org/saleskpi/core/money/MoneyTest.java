package org.saleskpi.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    @ParameterizedTest(name = "\"{0}\" is not a currency")
    @ValueSource(strings = {"usd", "US", "USDX", "U$D", "", " USD"})
    void aMalformedCodeIsRejectedNamingIt(String code) {
        assertThatThrownBy(() -> Money.currency(code))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("three-letter ISO 4217")
                .hasMessageEndingWith(": " + code);
    }

    @Test
    void aWellFormedButUnknownCodeIsRejectedNamingIt() {
        assertThatThrownBy(() -> Money.currency("XYZ"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown ISO 4217 currency: XYZ");
        assertThatThrownBy(() -> Money.of("10", "XYZ"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("XYZ");
    }

    @ParameterizedTest
    @NullSource
    void aMissingCodeIsRejected(String code) {
        assertThatThrownBy(() -> Money.currency(code))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("was: null");
    }

    @Test
    void aKnownCodeGivesItsCurrency() {
        assertThat(Money.currency("EUR")).isEqualTo(Currency.getInstance("EUR"));
        assertThat(Money.of("12.30", "EUR").currency().getCurrencyCode()).isEqualTo("EUR");
    }

    @Test
    void anAmountThatIsNoNumberIsRejectedNamingIt() {
        assertThatThrownBy(() -> Money.of("12,30", "EUR"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("12,30");
    }

    @ParameterizedTest(name = "{0} {1} is shown as {2}")
    @CsvSource({
        // Yen have no minor unit; half-even rounds a tie to the even neighbour.
        "JPY, 1234.5,   1234",
        "JPY, 1235.5,   1236",
        "JPY, 1234.51,  1235",
        // Dollars have cents.
        "USD, 10.005,   10.00",
        "USD, 10.015,   10.02",
        "USD, -10.005,  -10.00",
        "USD, 10.0051,  10.01",
        "USD, 7,        7.00",
        // Bahraini dinars have three digits (fils).
        "BHD, 1.0005,   1.000",
        "BHD, 1.0015,   1.002",
        "BHD, 2.5,      2.500",
    })
    void roundedUsesTheCurrencysMinorUnitHalfEven(String code, String amount, String shown) {
        BigDecimal rounded = Money.of(amount, code).rounded();

        // Compare the text: it checks the number of digits as well as the value.
        assertThat(rounded.toPlainString()).isEqualTo(shown);
    }

    @Test
    void roundingHappensOnlyWhenShown() {
        Money third = Money.of("0.005", "USD");

        Money sum = third.plus(third).plus(third);

        assertThat(sum.amount()).isEqualByComparingTo("0.015");
        assertThat(sum.rounded()).isEqualByComparingTo("0.02");
        assertThat(sum).hasToString("0.02 USD");
    }

    @Test
    void plusAndMinusAreExact() {
        Money price = Money.of("19.99", "EUR");

        assertThat(price.plus(Money.of("0.01", "EUR"))).isEqualTo(Money.of("20.00", "EUR"));
        assertThat(price.minus(Money.of("20", "EUR"))).isEqualTo(Money.of("-0.01", "EUR"));
    }

    @Test
    void aMillionAmountsSumToTheirDecimalSum() {
        Random random = new Random(42);
        Money total = Money.zero(Money.currency("USD"));
        long cents = 0;
        for (int i = 0; i < 1_000_000; i++) {
            long amount = random.nextInt(1_000_000);
            cents += amount;
            total = total.plus(new Money(BigDecimal.valueOf(amount, 2), total.currency()));
        }

        // A double would have drifted by now; the exact sum matches the integer count of cents.
        assertThat(total.amount()).isEqualByComparingTo(BigDecimal.valueOf(cents, 2));
    }

    @Test
    void mixedCurrenciesAreRejectedNamingBoth() {
        Money dollars = Money.of("10", "USD");
        Money euros = Money.of("10", "EUR");

        assertThatThrownBy(() -> dollars.plus(euros))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("USD")
                .hasMessageContaining("EUR");
        assertThatThrownBy(() -> dollars.minus(euros))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("USD")
                .hasMessageContaining("EUR");
    }

    @Test
    void theSameAmountWrittenWithMoreDigitsIsTheSameMoney() {
        assertThat(Money.of("1.5", "USD")).isEqualTo(Money.of("1.50", "USD"));
        assertThat(Money.of("1.5", "USD")).hasSameHashCodeAs(Money.of("1.50", "USD"));
        assertThat(Money.of("0", "USD")).isEqualTo(Money.zero(Money.currency("USD")));
        assertThat(Money.of("0.00", "USD")).hasSameHashCodeAs(Money.zero(Money.currency("USD")));
        assertThat(Money.of("1.5", "USD")).isNotEqualTo(Money.of("1.5", "EUR"));
        assertThat(Money.of("1.5", "USD")).isNotEqualTo(Money.of("1.51", "USD"));
    }
}
