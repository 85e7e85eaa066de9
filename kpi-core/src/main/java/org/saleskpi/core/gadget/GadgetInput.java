package org.saleskpi.core.gadget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.saleskpi.core.issue.IssueCatalog;
import org.saleskpi.core.kpi.Kpi;
import org.saleskpi.core.kpi.KpiCatalog;
import org.saleskpi.core.kpi.SalesModel;
import org.saleskpi.core.period.Bucket;
import org.saleskpi.core.period.PeriodParam;
import org.saleskpi.core.validation.InvalidInputException;

/**
 * A gadget's parameters read and checked from its options schema, one reader per {@link OptionKind}: each wrong
 * parameter is a 400 naming it, the first in form order. An absent or blank parameter is the option's default,
 * except {@code period}, whose API default is {@value #API_PERIOD} whatever the form's.
 */
public final class GadgetInput {
    /** The period of a request without one (the REST contract since version 1; the forms always send one). */
    public static final String API_PERIOD = "this-month";
    private static final BigDecimal LARGEST = new BigDecimal("1e15");
    private static final String QUOTA = "quota";

    private final Gadget gadget;
    private final Map<String, Object> values = new HashMap<>();

    /**
     * What reading needs beside the parameters: the profile's model, today in its zone, the request's one KPI
     * catalog, and the caller's fields, asked only for a {@code field:<id>} grouping.
     */
    public record Context(SalesModel model, LocalDate today, KpiCatalog catalog,
            Supplier<List<IssueCatalog.FieldInfo>> fields) {
        public Context {
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(today, "today");
            Objects.requireNonNull(catalog, "catalog");
            Objects.requireNonNull(fields, "fields");
        }
    }

    /** A {@link OptionKind#TARGET}: each rep's quota, or a number in the figures' unit. */
    public record TargetValue(Optional<BigDecimal> number) {
        public boolean quota() {
            return number.isEmpty();
        }
    }

    private GadgetInput(Gadget gadget) {
        this.gadget = gadget;
    }

    /**
     * @param parameters each parameter's values in order (a repeated parameter has several)
     * @throws InvalidInputException naming the first wrong parameter
     */
    public static GadgetInput read(Gadget gadget, Map<String, List<String>> parameters, Context context) {
        GadgetInput input = new GadgetInput(gadget);
        for (OptionSpec option : gadget.options()) {
            List<String> given = parameters.getOrDefault(option.name(), List.of()).stream()
                    .filter(value -> value != null && !value.isBlank()).map(String::trim).toList();
            Object value = input.read(option, given, context);
            if (value != null) {
                input.values.put(option.name(), value);
            }
        }
        return input;
    }

    private Object read(OptionSpec option, List<String> given, Context context) {
        String name = option.name();
        Optional<String> first = given.isEmpty() ? option.byDefault().filter(d -> !d.isBlank())
                : Optional.of(given.get(0));
        return switch (option.kind()) {
            case FIGURE -> {
                List<FigureChoice> figures = figures(option, given, context.catalog());
                if (figures.size() > 1) {
                    throw InvalidInputException.of(name, "saleskpi.gadget." + name + ".single",
                            name + ": this gadget shows one figure.");
                }
                yield figures.get(0);
            }
            case FIGURES -> figures(option, given, context.catalog());
            case PERIOD -> PeriodParam.parse(name, given.isEmpty() ? null : given.get(0), API_PERIOD,
                    context.model().calendar(), context.today());
            case BUCKET -> first.map(key -> PeriodParam.bucket(name, key)).orElse(null);
            case GROUPING -> first.map(key -> GroupingParam.parse(name, key, context.catalog(),
                    key.startsWith("field:") ? context.fields().get() : List.of())).orElse(null);
            case WHOLE -> first.map(text -> whole(option, text)).orElse(null);
            case DECIMAL -> first.map(text -> decimal(name, text)).orElse(null);
            case CHOICE -> first.map(text -> choice(option, text)).orElse(null);
            case FLAG -> first.map(text -> flag(name, text)).orElse(false);
            case QUOTA -> first.map(text -> quota(name, text)).orElse(false);
            case TARGET -> first.map(text -> new TargetValue(QUOTA.equals(text) ? Optional.empty()
                    : Optional.of(decimal(name, text)))).orElse(null);
            case GOAL, GOAL_TARGET -> required(option, first.map(text -> id(name, text)));
            case SORT -> first.map(key -> sort(name, key, context.catalog())).orElse(null);
            case JQL, COLOURS -> first.orElse(null);
        };
    }

    /**
     * Checks saved preferences before they are stored: each required option without a default (a battery's goal)
     * must be chosen, as no form fills it in at load.
     *
     * @throws InvalidInputException naming the first missing option
     */
    public static void requireChoices(Gadget gadget, Map<String, String> preferences) {
        for (OptionSpec option : gadget.options()) {
            String value = preferences.get(option.name());
            if (option.required() && option.byDefault().isEmpty() && (value == null || value.isBlank())) {
                throw missing(option);
            }
        }
    }

    private <T> T required(OptionSpec option, Optional<T> value) {
        if (value.isEmpty() && option.required()) {
            throw missing(option);
        }
        return value.orElse(null);
    }

    private static InvalidInputException missing(OptionSpec option) {
        return InvalidInputException.of(option.name(), "saleskpi.gadget." + option.name() + ".required",
                needed(option.kind()));
    }

    /** The English of the {@code saleskpi.gadget.<option>.required} texts, in the words of the gadget's form. */
    private static String needed(OptionKind kind) {
        return switch (kind) {
            case FIGURE, FIGURES -> "Choose at least one KPI.";
            case GOAL -> "Choose the goal to show.";
            default -> "Enter a value.";
        };
    }

    private List<FigureChoice> figures(OptionSpec option, List<String> given, KpiCatalog catalog) {
        // A required figure has no API default: the form fills it in, the API asks for it.
        List<String> keys = given.isEmpty() && !option.required()
                ? option.byDefault().map(d -> List.of(d.split(","))).orElse(List.of()) : given;
        required(option, keys.isEmpty() ? Optional.empty() : Optional.of(keys));
        List<FigureChoice> figures = new ArrayList<>();
        for (String key : keys) {
            figures.add(figure(option.name(), key.trim(), catalog));
        }
        return figures;
    }

    private static FigureChoice figure(String name, String key, KpiCatalog catalog) {
        int dot = key.indexOf('.');
        String kpiKey = dot < 0 ? key : key.substring(0, dot);
        Kpi kpi = Kpi.find(kpiKey).orElseThrow(() -> InvalidInputException.of(name, "saleskpi.gadget.kpi.unknown",
                name + ": there is no KPI " + kpiKey + "."));
        if (dot < 0) {
            return FigureChoice.headline(kpi);
        }
        String figure = key.substring(dot + 1);
        if (catalog.define(kpi).figures().stream().noneMatch(f -> f.name().equals(figure))) {
            throw InvalidInputException.of(name, "saleskpi.gadget.kpi.figure",
                    name + ": " + kpiKey + " has no figure " + figure + ".");
        }
        return FigureChoice.of(kpi, figure);
    }

    private static int whole(OptionSpec option, String text) {
        int min = option.min().orElseThrow().intValueExact();
        int max = option.max().orElseThrow().intValueExact();
        try {
            int number = Integer.parseInt(text);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below, with the range
        }
        throw InvalidInputException.of(option.name(), "saleskpi.gadget.whole",
                option.name() + " must be a whole number from " + min + " to " + max + ".", min, max);
    }

    private static BigDecimal decimal(String name, String text) {
        try {
            BigDecimal number = new BigDecimal(text);
            if (number.abs().compareTo(LARGEST) <= 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw InvalidInputException.of(name, "saleskpi.gadget.decimal", name + " must be a number such as 1500.50.");
    }

    private static String choice(OptionSpec option, String text) {
        if (option.choices().contains(text)) {
            return text;
        }
        List<String> choices = option.choices();
        String listed = choices.size() == 1 ? choices.get(0)
                : String.join(", ", choices.subList(0, choices.size() - 1)) + " or " + choices.get(choices.size() - 1);
        throw InvalidInputException.of(option.name(), "saleskpi.gadget." + option.name() + ".unknown",
                option.name() + " must be " + listed + ", was " + text);
    }

    private static boolean flag(String name, String text) {
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw InvalidInputException.of(name, "saleskpi.gadget.flag", name + " must be true or false.");
        };
    }

    private boolean quota(String name, String text) {
        if (!QUOTA.equals(text)) {
            throw InvalidInputException.of(name, "saleskpi.gadget." + name + "." + gadget.key(),
                    name + " of a " + gadget.key() + " gadget can only be quota.");
        }
        return true;
    }

    private static long id(String name, String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(name, "saleskpi.gadget.id", name + " must be an id.");
        }
    }

    /** A sort key must name one of the figures read before it. */
    private String sort(String name, String key, KpiCatalog catalog) {
        boolean known = values.values().stream().filter(List.class::isInstance).flatMap(list -> ((List<?>) list).stream())
                .filter(FigureChoice.class::isInstance)
                .anyMatch(figure -> ((FigureChoice) figure).resolve(catalog).name().equals(key));
        if (!known) {
            throw InvalidInputException.of(name, "saleskpi.gadget." + name + ".unknown",
                    name + " must be the key of one of the columns, such as won-revenue.amount.");
        }
        return key;
    }

    public FigureChoice figure(String name) {
        return get(name, OptionKind.FIGURE, FigureChoice.class).orElseThrow();
    }

    public List<FigureChoice> figures(String name) {
        @SuppressWarnings("unchecked")
        List<FigureChoice> figures = get(name, OptionKind.FIGURES, List.class).orElseThrow();
        return figures;
    }

    public PeriodParam period(String name) {
        return get(name, OptionKind.PERIOD, PeriodParam.class).orElseThrow();
    }

    public Optional<Bucket> bucket(String name) {
        return get(name, OptionKind.BUCKET, Bucket.class);
    }

    public Optional<GroupingParam> grouping(String name) {
        return get(name, OptionKind.GROUPING, GroupingParam.class);
    }

    public Optional<Integer> whole(String name) {
        return get(name, OptionKind.WHOLE, Integer.class);
    }

    public Optional<BigDecimal> decimal(String name) {
        return get(name, OptionKind.DECIMAL, BigDecimal.class);
    }

    public Optional<String> choice(String name) {
        return get(name, OptionKind.CHOICE, String.class);
    }

    public boolean flag(String name) {
        return get(name, OptionKind.FLAG, Boolean.class).orElseThrow();
    }

    public boolean quota(String name) {
        return get(name, OptionKind.QUOTA, Boolean.class).orElseThrow();
    }

    public Optional<TargetValue> target(String name) {
        return get(name, OptionKind.TARGET, TargetValue.class);
    }

    /** A {@link OptionKind#GOAL} or {@link OptionKind#GOAL_TARGET} id. */
    public Optional<Long> id(String name) {
        OptionKind kind = option(name).kind();
        return get(name, kind == OptionKind.GOAL ? OptionKind.GOAL : OptionKind.GOAL_TARGET, Long.class);
    }

    public Optional<String> sort(String name) {
        return get(name, OptionKind.SORT, String.class);
    }

    /** A {@link OptionKind#JQL} or {@link OptionKind#COLOURS} text. */
    public Optional<String> text(String name) {
        OptionKind kind = option(name).kind();
        return get(name, kind == OptionKind.JQL ? OptionKind.JQL : OptionKind.COLOURS, String.class);
    }

    private <T> Optional<T> get(String name, OptionKind kind, Class<T> type) {
        OptionSpec option = option(name);
        if (option.kind() != kind) {
            throw new IllegalArgumentException(gadget.key() + "." + name + " is a " + option.kind().key() + ", not a "
                    + kind.key() + ".");
        }
        return Optional.ofNullable(values.get(name)).map(type::cast);
    }

    private OptionSpec option(String name) {
        return gadget.options().stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow(
                () -> new IllegalArgumentException(gadget.key() + " declares no option " + name + "."));
    }
}
