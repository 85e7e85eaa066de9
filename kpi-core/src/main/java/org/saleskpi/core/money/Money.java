package org.saleskpi.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/** An exact amount in one ISO 4217 currency. Rounded only when shown. */
public record Money(BigDecimal amount, Currency currency) {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }

    /**
     * An amount written as a decimal, e.g. {@code Money.of("1234.50", "USD")}.
     *
     * @throws IllegalArgumentException naming the amount or the code when either is invalid
     */
    public static Money of(String amount, String currencyCode) {
        Currency currency = currency(currencyCode);
        try {
            return new Money(new BigDecimal(Objects.requireNonNull(amount, "amount")), currency);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("amount must be a decimal number, was: " + amount, e);
        }
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /**
     * The currency for an ISO 4217 code such as {@code USD}.
     *
     * @throws IllegalArgumentException naming the code when it is not a known ISO 4217 code
     */
    public static Currency currency(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("currency must be a three-letter ISO 4217 code, was: " + code);
        }
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown ISO 4217 currency: " + code, e);
        }
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    /** The amount rounded half-even to the currency's minor unit, for display. */
    public BigDecimal rounded() {
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        return amount.setScale(digits, RoundingMode.HALF_EVEN);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot combine " + currency + " with " + other.currency);
        }
    }

    /** Equal when the amounts are numerically equal: 1.5 USD and 1.50 USD are the same money. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Money money
                && currency.equals(money.currency)
                && amount.compareTo(money.amount) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount.stripTrailingZeros(), currency);
    }

    @Override
    public String toString() {
        return rounded().toPlainString() + " " + currency.getCurrencyCode();
    }
}
