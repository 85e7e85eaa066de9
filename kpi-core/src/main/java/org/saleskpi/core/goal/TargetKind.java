package org.saleskpi.core.goal;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import org.saleskpi.core.money.Money;
import org.saleskpi.core.validation.InvalidInputException;
import org.saleskpi.core.validation.Validator;

/** What a target measures, and so where its current value comes from and how it becomes progress. */
public sealed interface TargetKind {

    /** Stable key stored and sent as JSON: {@code number}, {@code currency}, {@code true-false}, {@code issues}, {@code kpi}. */
    String key();

    /** True when the owner types the current value; false when it is counted or computed from Jira. */
    default boolean isEnteredByHand() {
        return true;
    }

    /**
     * The progress of values of this kind (KPI-DEFINITIONS.md, "Goals and targets", kinds table):
     * linear from start to target unless a kind says otherwise.
     */
    default Progress progress(BigDecimal start, BigDecimal target, BigDecimal current) {
        return Progress.linear(start, target, current);
    }

    /** A plain number the owner enters, in the target's unit label ("calls", "demos"). */
    record Numeric() implements TargetKind {
        public static final String KEY = "number";

        @Override
        public String key() {
            return KEY;
        }
    }

    /** An amount of money the owner enters, in one ISO 4217 currency. */
    record Amount(Currency currency) implements TargetKind {
        public static final String KEY = "currency";

        public Amount {
            Objects.requireNonNull(currency, "currency");
        }

        @Override
        public String key() {
            return KEY;
        }
    }

    /** Done or not: the current value is 0 (not yet) or 1 (done). */
    record TrueFalse() implements TargetKind {
        public static final String KEY = "true-false";

        @Override
        public String key() {
            return KEY;
        }

        @Override
        public Progress progress(BigDecimal start, BigDecimal target, BigDecimal current) {
            return Progress.reached(current.compareTo(BigDecimal.ONE) == 0);
        }
    }

    /**
     * The issues a JQL query matches. The target keeps the counts in its value fields: current
     * value = resolved issues, target value = all matching issues, start value 0.
     */
    record Issues(String jql) implements TargetKind {
        public static final String KEY = "issues";

        public Issues {
            if (jql == null || jql.isBlank()) {
                throw InvalidInputException.of("jql", "saleskpi.goal.jql.blank", "An issues target needs a JQL query");
            }
            jql = jql.strip();
        }

        @Override
        public String key() {
            return KEY;
        }

        @Override
        public boolean isEnteredByHand() {
            return false;
        }

        @Override
        public Progress progress(BigDecimal start, BigDecimal target, BigDecimal current) {
            return Progress.ratio(current, target);
        }
    }

    /**
     * One of the ten KPIs (key such as {@code win-rate}) computed with a KPI profile over the
     * goal's period; the engine computes the current value and passes it in.
     */
    record Kpi(String kpiKey, long kpiProfileId) implements TargetKind {
        public static final String KEY = "kpi";

        public Kpi {
            new Validator()
                    .check(kpiKey != null && !kpiKey.isBlank(), "kpiKey", "saleskpi.goal.kpiKey.blank",
                            "A KPI target needs a KPI")
                    .check(kpiKey == null || kpiKey.isBlank() || isKnown(kpiKey.strip()), "kpiKey",
                            "saleskpi.goal.kpiKey.unknown", "Unknown KPI: " + kpiKey)
                    .check(kpiKey == null || !isKnown(kpiKey.strip()) || isTargetable(kpiKey.strip()), "kpiKey",
                            "saleskpi.goal.kpiKey.notTargetable",
                            kpiKey + " divides by a target of its own; aim at won revenue or the open pipeline"
                                    + " instead")
                    .check(kpiProfileId > 0, "kpiProfileId", "saleskpi.goal.kpiProfileId.missing",
                            "A KPI target needs a KPI profile")
                    .throwIfInvalid();
            kpiKey = kpiKey.strip();
        }

        @Override
        public String key() {
            return KEY;
        }

        @Override
        public boolean isEnteredByHand() {
            return false;
        }

        // Fully qualified: this record's own name hides the KPI enum.
        private static boolean isKnown(String key) {
            return org.saleskpi.core.kpi.Kpi.find(key).isPresent();
        }

        private static boolean isTargetable(String key) {
            return org.saleskpi.core.kpi.Kpi.fromKey(key).canBeTargeted();
        }
    }

    /**
     * The kind for a stored or submitted key and its settings; settings other kinds need are
     * ignored.
     *
     * @param kpiProfileId may be null when not sent
     * @throws InvalidInputException naming {@code kind}, {@code currency}, {@code jql},
     *     {@code kpiKey} or {@code kpiProfileId}
     */
    static TargetKind of(String key, String currencyCode, String jql, String kpiKey, Long kpiProfileId) {
        if (key == null) {
            throw unknownKind(null);
        }
        switch (key) {
            case Numeric.KEY:
                return new Numeric();
            case Amount.KEY:
                return new Amount(currency(currencyCode));
            case TrueFalse.KEY:
                return new TrueFalse();
            case Issues.KEY:
                return new Issues(jql);
            case Kpi.KEY:
                return new Kpi(kpiKey, kpiProfileId == null ? 0 : kpiProfileId);
            default:
                throw unknownKind(key);
        }
    }

    private static Currency currency(String code) {
        try {
            return Money.currency(code);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("currency", "saleskpi.goal.currency.unknown",
                    "Not an ISO 4217 currency code: " + code, code);
        }
    }

    private static InvalidInputException unknownKind(String key) {
        return InvalidInputException.of("kind", "saleskpi.goal.kind.unknown",
                "Kind must be one of number, currency, true-false, issues, kpi; was " + key);
    }
}
