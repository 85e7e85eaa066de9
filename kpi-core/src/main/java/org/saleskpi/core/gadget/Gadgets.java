package org.saleskpi.core.gadget;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Every gadget type, by key. The types are found through {@code META-INF/services/org.saleskpi.core.gadget.Gadget},
 * which the build writes from the compiled classes (kpi-core's {@code src/build/GadgetServices.java}): no hand-kept
 * list. Loaded with this class's own loader, so it also works inside the Jira bundle, where the thread's context
 * loader is Jira's.
 */
public final class Gadgets {
    private static final List<Gadget> ALL = load();

    private Gadgets() {
    }

    /** Every type, by key. */
    public static List<Gadget> all() {
        return ALL;
    }

    public static Optional<Gadget> find(String key) {
        return ALL.stream().filter(g -> g.key().equals(key)).findFirst();
    }

    /** The keys of every type, sorted. */
    public static List<String> keys() {
        return ALL.stream().map(Gadget::key).toList();
    }

    private static List<Gadget> load() {
        List<Gadget> found = new ArrayList<>();
        ServiceLoader.load(Gadget.class, Gadget.class.getClassLoader()).forEach(found::add);
        if (found.isEmpty()) {
            throw new IllegalStateException("No gadget type found: META-INF/services/" + Gadget.class.getName()
                    + " is missing from the classpath (the Maven build writes it).");
        }
        found.sort(Comparator.comparing(Gadget::key));
        Set<String> keys = new HashSet<>();
        for (Gadget gadget : found) {
            if (!keys.add(gadget.key())) {
                throw new IllegalStateException("Two gadget types have the key " + gadget.key() + ".");
            }
            check(gadget);
        }
        return List.copyOf(found);
    }

    /** A type's declaration holds together: one option per field, migrations leading to its version in order. */
    static void check(Gadget gadget) {
        Set<String> fields = new HashSet<>();
        for (OptionSpec option : gadget.options()) {
            if (!fields.add(option.field())) {
                throw new IllegalStateException(gadget.key() + " has two options on the field " + option.field() + ".");
            }
            if (option.since() > gadget.version()) {
                throw new IllegalStateException(gadget.key() + "." + option.name() + " is newer than the type.");
            }
        }
        int version = 1;
        for (Migration migration : gadget.migrations()) {
            if (migration.to() != version + 1) {
                throw new IllegalStateException(gadget.key() + ": migration to " + migration.to()
                        + " does not follow version " + version + ".");
            }
            version = migration.to();
        }
        if (version != gadget.version()) {
            throw new IllegalStateException(gadget.key() + ": its migrations lead to version " + version
                    + ", not to " + gadget.version() + ".");
        }
    }
}
