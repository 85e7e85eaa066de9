package org.saleskpi.core.gadget;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One option of a gadget type, declared once: the form draws it, the API reads and checks it, saved preferences
 * keep it under {@code name}.
 *
 * @param name the preference key and query parameter
 * @param field the form field id: the suffix of its {@code saleskpi.gadget.field.*} and {@code saleskpi.gadget.hint.*}
 *        texts (several options may share a name, e.g. {@code target}, but never a field)
 * @param required whether the API answers 400 without it
 * @param byDefault what a new gadget holds; the API reads an absent option as this too, except {@code period},
 *        whose API default stays {@code this-month} (see {@code GadgetInput})
 * @param min the least value of a {@link OptionKind#WHOLE} or {@link OptionKind#DECIMAL}
 * @param max the greatest value of a {@link OptionKind#WHOLE}
 * @param choices the values of a {@link OptionKind#CHOICE}, labelled {@code saleskpi.gadget.<name>.<value>}
 * @param none whether a {@link OptionKind#GROUPING} may be left empty ("no grouping")
 * @param applies when the option applies, judged on the chosen figures
 * @param local kept in the preferences for the browser, never sent to the API
 * @param since the preference version that brought it
 */
public record OptionSpec(String name, String field, OptionKind kind, boolean required, Optional<String> byDefault,
        Optional<BigDecimal> min, Optional<BigDecimal> max, List<String> choices, boolean none,
        Optional<Applies> applies, boolean local, int since) {

    public OptionSpec {
        requireText(name, "name");
        requireText(field, "field");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(byDefault, "byDefault");
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        choices = List.copyOf(choices);
        Objects.requireNonNull(applies, "applies");
        boolean numeric = kind == OptionKind.WHOLE || kind == OptionKind.DECIMAL;
        if (!numeric && (min.isPresent() || max.isPresent())) {
            throw new IllegalArgumentException(name + ": only a number has a range.");
        }
        if (kind == OptionKind.WHOLE && (min.isEmpty() || max.isEmpty())) {
            throw new IllegalArgumentException(name + ": a whole number needs its range.");
        }
        if ((kind == OptionKind.CHOICE) == choices.isEmpty()) {
            throw new IllegalArgumentException(name + ": a choice, and only a choice, lists its choices.");
        }
        if (none && kind != OptionKind.GROUPING) {
            throw new IllegalArgumentException(name + ": only a grouping may be left empty as such.");
        }
        if (since < 1) {
            throw new IllegalArgumentException(name + ": since is a preference version, 1 or later.");
        }
    }

    /** An optional option of version 1 whose field id is its name. */
    public static OptionSpec of(String name, OptionKind kind) {
        return new OptionSpec(name, name, kind, false, Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(), false, Optional.empty(), false, 1);
    }

    /** The {@code jql} option: extra JQL, empty by default. */
    public static OptionSpec jql() {
        return of("jql", OptionKind.JQL).byDefault("");
    }

    /** A whole number from min to max. */
    public static OptionSpec whole(String name, int min, int max) {
        return new OptionSpec(name, name, OptionKind.WHOLE, false, Optional.empty(),
                Optional.of(BigDecimal.valueOf(min)), Optional.of(BigDecimal.valueOf(max)), List.of(), false,
                Optional.empty(), false, 1);
    }

    /** A decimal number that is at least min. */
    public static OptionSpec decimal(String name, int min) {
        return new OptionSpec(name, name, OptionKind.DECIMAL, false, Optional.empty(),
                Optional.of(BigDecimal.valueOf(min)), Optional.empty(), List.of(), false, Optional.empty(), false, 1);
    }

    /** One of the choices. */
    public static OptionSpec choice(String name, String... choices) {
        return new OptionSpec(name, name, OptionKind.CHOICE, false, Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(choices), false, Optional.empty(), false, 1);
    }

    /** A grouping; {@code none} says whether "no grouping" may be chosen. */
    public static OptionSpec grouping(String name, boolean none) {
        return new OptionSpec(name, name, OptionKind.GROUPING, false, Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), none, Optional.empty(), false, 1);
    }

    public OptionSpec field(String id) {
        return new OptionSpec(name, id, kind, required, byDefault, min, max, choices, none, applies, local, since);
    }

    public OptionSpec asRequired() {
        return new OptionSpec(name, field, kind, true, byDefault, min, max, choices, none, applies, local, since);
    }

    public OptionSpec byDefault(String value) {
        return new OptionSpec(name, field, kind, required, Optional.of(value), min, max, choices, none, applies,
                local, since);
    }

    public OptionSpec applies(Applies rule) {
        return new OptionSpec(name, field, kind, required, byDefault, min, max, choices, none, Optional.of(rule),
                local, since);
    }

    public OptionSpec asLocal() {
        return new OptionSpec(name, field, kind, required, byDefault, min, max, choices, none, applies, true, since);
    }

    public OptionSpec since(int version) {
        return new OptionSpec(name, field, kind, required, byDefault, min, max, choices, none, applies, local,
                version);
    }

    private static void requireText(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("An option needs its " + what + ".");
        }
    }
}
