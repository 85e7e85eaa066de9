package org.saleskpi.core.gadget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.saleskpi.core.metric.RateParts;
import org.saleskpi.core.metric.Value;
import org.saleskpi.core.period.Comparison;
import org.saleskpi.core.period.Period;

/**
 * A dataset as a tree of JSON-like values, written by core and turned into the host's JSON library generically:
 * core stays free of any JSON library. Numbers are exact decimals, never with a positive exponent
 * ({@code 1E+3} reads as 1000 everywhere); an absent {@link Value} is null beside its reason's key.
 */
public sealed interface Node {

    /** JSON null. */
    enum Null implements Node { NULL }

    record Text(String text) implements Node {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    record Number(BigDecimal number) implements Node {
        public Number {
            number = number.scale() < 0 ? number.setScale(0) : number;
        }
    }

    record Bool(boolean value) implements Node {
    }

    /** An array, filled in order. */
    final class Items implements Node {
        private final List<Node> items = new ArrayList<>();

        public Items add(Node item) {
            items.add(Objects.requireNonNull(item, "item"));
            return this;
        }

        public Items add(String text) {
            return add(text(text));
        }

        public List<Node> items() {
            return Collections.unmodifiableList(items);
        }
    }

    /** An object, its members in the order they were put. */
    final class Fields implements Node {
        private final Map<String, Node> members = new LinkedHashMap<>();

        public Fields put(String name, Node value) {
            members.put(name, Objects.requireNonNull(value, "value"));
            return this;
        }

        public Fields put(String name, String text) {
            return put(name, text(text));
        }

        public Fields put(String name, long number) {
            return put(name, new Number(BigDecimal.valueOf(number)));
        }

        public Fields put(String name, BigDecimal number) {
            return put(name, number(number));
        }

        public Fields put(String name, boolean value) {
            return put(name, new Bool(value));
        }

        /** {@code name} and {@code <name>AbsentReason} (or {@code value} and {@code absentReason}). */
        public Fields put(String name, Value value) {
            put(name, number(value));
            return put("value".equals(name) ? "absentReason" : name + "AbsentReason", reason(value));
        }

        /** The numbers in {@code name} and their reasons in {@code <name>AbsentReasons}, index by index. */
        public Fields putAll(String name, List<Value> values) {
            Items numbers = new Items();
            Items reasons = new Items();
            for (Value value : values) {
                numbers.add(number(value));
                reasons.add(reason(value));
            }
            put(name, numbers);
            return put(name + "AbsentReasons", reasons);
        }

        /**
         * A rate's counts as {@code numerator} and {@code denominator} (with their absent reasons); left out where
         * the value is no rate of counts.
         */
        public Fields putRateParts(Optional<RateParts.Counts> parts) {
            parts.ifPresent(counts -> put("numerator", counts.numerator()).put("denominator", counts.denominator()));
            return putPartsUnit(parts.stream().toList());
        }

        /** {@code partsUnit: "amount"} where a rate's parts are money (in the dataset's currency); else nothing. */
        private Fields putPartsUnit(List<RateParts.Counts> parts) {
            if (parts.stream().anyMatch(RateParts.Counts::amounts)) {
                put("partsUnit", "amount");
            }
            return this;
        }

        /**
         * Another value's rate counts as {@code <prefix>Numerator} and {@code <prefix>Denominator} (previousNumerator
         * beside previous); left out where the value is no rate of counts.
         */
        public Fields putRateParts(String prefix, Optional<RateParts.Counts> parts) {
            parts.ifPresent(counts -> put(prefix + "Numerator", counts.numerator())
                    .put(prefix + "Denominator", counts.denominator()));
            return putPartsUnit(parts.stream().toList());
        }

        /**
         * One rate's counts per value of a list (a line's buckets), as {@code numerators} and {@code denominators}
         * with their absent reasons; left out when the values are no rate of counts.
         */
        public Fields putEachRateParts(List<RateParts.Counts> parts) {
            if (!parts.isEmpty()) {
                putAll("numerators", parts.stream().map(RateParts.Counts::numerator).toList());
                putAll("denominators", parts.stream().map(RateParts.Counts::denominator).toList());
            }
            return putPartsUnit(parts);
        }

        /** Rates' counts parallel to a list of values, as {@code numerators} and {@code denominators}, null where none. */
        public Fields putAllRateParts(List<Optional<RateParts.Counts>> parts) {
            Items numerators = new Items();
            Items denominators = new Items();
            Items units = new Items();
            for (Optional<RateParts.Counts> counts : parts) {
                numerators.add(counts.map(c -> number(c.numerator())).orElse(Null.NULL));
                denominators.add(counts.map(c -> number(c.denominator())).orElse(Null.NULL));
                units.add(counts.filter(RateParts.Counts::amounts).<Node>map(c -> text("amount")).orElse(Null.NULL));
            }
            if (parts.stream().anyMatch(counts -> counts.filter(RateParts.Counts::amounts).isPresent())) {
                put("partsUnits", units);
            }
            return put("numerators", numerators).put("denominators", denominators);
        }

        /** A drill-down's JQL as {@code name}; left out where the number is no set of issues. */
        public Fields putJql(String name, Optional<String> jql) {
            jql.ifPresent(query -> put(name, query));
            return this;
        }

        /** Drill-downs parallel to a list of values, null where a value is no set of issues. */
        public Fields putJqls(String name, List<Optional<String>> jqls) {
            Items queries = new Items();
            jqls.forEach(jql -> queries.add(jql.orElse(null)));
            return put(name, queries);
        }

        public Map<String, Node> members() {
            return Collections.unmodifiableMap(members);
        }
    }

    static Fields fields() {
        return new Fields();
    }

    static Node text(String text) {
        return text == null ? Null.NULL : new Text(text);
    }

    static Node number(BigDecimal number) {
        return number == null ? Null.NULL : new Number(number);
    }

    static Node number(Value value) {
        return value.asNumber().<Node>map(Number::new).orElse(Null.NULL);
    }

    static Node reason(Value value) {
        return value instanceof Value.Absent absent ? new Text(absent.reason().key()) : Null.NULL;
    }

    /** {@code {"from","to"}}, ISO dates, {@code to} excluded. */
    static Fields period(Period period) {
        return fields().put("from", period.start().toString()).put("to", period.end().toString());
    }

    static Items periods(List<Period> periods) {
        Items items = new Items();
        periods.forEach(p -> items.add(period(p)));
        return items;
    }

    /** Two compared spans in {@code zone}, and whether the current one is still running. */
    static Fields comparison(Comparison comparison, String zone, boolean running) {
        return fields().put("current", period(comparison.current())).put("previous", period(comparison.previous()))
                .put("zone", zone).put("running", running);
    }
}
