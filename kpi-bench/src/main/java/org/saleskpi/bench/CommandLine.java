package org.saleskpi.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A bench command's options, {@code --name value} pairs and value-less flags, read once: an unknown name, a missing
 * value or a number that is not whole is refused with the command's own usage. A name given twice keeps its last value
 * (a command's defaults, then what was typed).
 */
public final class CommandLine {
    private final Map<String, String> values;
    private final Set<String> flags;
    private final String usage;

    private CommandLine(Map<String, String> values, Set<String> flags, String usage) {
        this.values = values;
        this.flags = flags;
        this.usage = usage;
    }

    /** Reads {@code args}, which may name the options in {@code names} with a value and the {@code flags} alone. */
    public static CommandLine read(String[] args, String usage, Set<String> names, Set<String> flags) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (flags.contains(name)) {
                values.put(name, "");
                continue;
            }
            if (!names.contains(name)) {
                throw new IllegalArgumentException("unknown option " + name + "; " + usage);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(name + " needs a value; " + usage);
            }
            values.put(name, args[++i]);
        }
        return new CommandLine(values, flags, usage);
    }

    /** The option's value as it was typed, else {@code otherwise}. */
    public String text(String name, String otherwise) {
        return values.getOrDefault(name, otherwise);
    }

    /** The option's whole number (digits may be grouped with {@code _}), else {@code otherwise}. */
    public int whole(String name, int otherwise) {
        return values.containsKey(name) ? number(name, Integer::parseInt) : otherwise;
    }

    /** {@link #whole} for numbers past an int. */
    public long wholeLong(String name, long otherwise) {
        return values.containsKey(name) ? number(name, Long::parseLong) : otherwise;
    }

    private <T> T number(String name, Function<String, T> parse) {
        String value = values.get(name);
        try {
            return parse.apply(value.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not " + value + "; " + usage, e);
        }
    }

    /** Whether the flag was given. */
    public boolean flag(String name) {
        if (!flags.contains(name)) {
            throw new IllegalArgumentException(name + " is not a flag");
        }
        return values.containsKey(name);
    }
}
