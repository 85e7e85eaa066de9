package org.saleskpi.core.gadget;

import java.util.List;

/**
 * One dashboard gadget type, declared once: its key, its options as a schema, the declared steps of its saved
 * preferences, and how it builds its dataset. {@link Gadgets} finds every implementation (a public class with a
 * public constructor without parameters), so a new type is a new class and nothing else in Java.
 */
public interface Gadget {
    /** The type's key in {@code /gadgets/{type}}; a saved gadget keeps it, so it never changes. */
    String key();

    /** The shape of the saved preferences; a new shape adds a {@link Migration} to it. */
    default int version() {
        return 1;
    }

    /** The options, in form order. */
    List<OptionSpec> options();

    /** The steps from version 1 to {@link #version()}, in order. */
    default List<Migration> migrations() {
        return List.of();
    }

    /** The category Jira's dashboard lists it under. */
    default String category() {
        return "Charts";
    }

    /** Whether it reads a KPI profile ({@code profile}, not among the options). */
    default boolean usesProfile() {
        return true;
    }

    default String titleKey() {
        return "saleskpi.gadget.type." + key() + ".title";
    }

    default String descriptionKey() {
        return "saleskpi.gadget.type." + key() + ".description";
    }
}
