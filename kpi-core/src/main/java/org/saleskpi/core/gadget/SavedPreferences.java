package org.saleskpi.core.gadget;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A saved gadget's preferences read as the data API's query, the way the dashboard page's script reads them
 * ({@code gadgets/common/base.js}: migrate, fill defaults, keep the API's keys): what an e-mail of the dashboard
 * computes with, so that it shows what the page shows (ADR 0063).
 */
public final class SavedPreferences {
    /** The dashboard's own keys, never sent to the API. */
    private static final Set<String> DASHBOARD_KEYS = Set.of("v", "title", "refresh", "height", "pinned");
    /** Keys every type keeps besides its options. */
    private static final Set<String> COMMON_KEYS = Set.of("v", "title", "profile", "refresh", "height", "pinned");

    private SavedPreferences() {
    }

    /**
     * The query parameters of {@code saved} (text values; lists already joined by commas) for {@code type}: the
     * declared migrations from the saved {@code v}, the type's defaults where empty, then the options the API reads.
     */
    public static Map<String, List<String>> query(Gadget type, Map<String, String> saved) {
        Map<String, String> working = new LinkedHashMap<>();
        saved.forEach((name, value) -> {
            if (value != null) {
                working.put(name, value);
            }
        });
        int from = version(working.get("v"));
        type.migrations().stream().filter(step -> step.to() > from && step.to() <= type.version())
                .sorted((a, b) -> Integer.compare(a.to(), b.to())).forEach(step -> apply(working, step));
        Map<String, OptionSpec> options = new LinkedHashMap<>();
        type.options().forEach(option -> options.putIfAbsent(option.name(), option));
        for (OptionSpec option : type.options()) {
            if (option.byDefault().filter(value -> !value.isEmpty()).isPresent()
                    && working.getOrDefault(option.name(), "").isEmpty()) {
                working.put(option.name(), option.byDefault().get());
            }
        }
        Map<String, List<String>> query = new LinkedHashMap<>();
        working.forEach((name, value) -> {
            OptionSpec option = options.get(name);
            boolean known = option != null || COMMON_KEYS.contains(name);
            if (!known || DASHBOARD_KEYS.contains(name) || (option != null && option.local()) || value.isEmpty()) {
                return;
            }
            query.put(name, option != null && option.kind() == OptionKind.FIGURES ? figures(value) : List.of(value));
        });
        return query;
    }

    /** The title the page shows: the saved one, else empty (the type's title then). */
    public static String title(Map<String, String> saved) {
        return saved.getOrDefault("title", "").strip();
    }

    private static List<String> figures(String value) {
        List<String> figures = new ArrayList<>();
        Arrays.stream(value.split(",")).map(String::strip).filter(figure -> !figure.isEmpty()).forEach(figures::add);
        return figures;
    }

    private static int version(String value) {
        try {
            int number = Integer.parseInt(value == null ? "" : value.strip());
            return Math.max(1, number);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static void apply(Map<String, String> working, Migration step) {
        step.rename().forEach((old, renamed) -> {
            if (working.containsKey(old)) {
                working.putIfAbsent(renamed, working.get(old));
                working.remove(old);
            }
        });
        step.defaults().forEach((key, value) -> {
            if (working.getOrDefault(key, "").isEmpty()) {
                working.put(key, value);
            }
        });
        step.drop().forEach(working::remove);
    }
}
