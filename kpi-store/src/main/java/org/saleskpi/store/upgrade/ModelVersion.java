package org.saleskpi.store.upgrade;

/**
 * The version of the store's data model, a whole number that only grows; a store nobody has
 * upgraded yet is at {@link #ZERO}.
 *
 * <p>Its members are those of Jira's {@code com.atlassian.activeobjects.external.ModelVersion}
 * (a final class: {@code valueOf(String)} with null giving 0, {@code isOlderThan},
 * {@code isNewerThan}, {@code isSame}, {@code compareTo}, {@code toString}), checked against the
 * Active Objects plugin's source (see docs/adr/0004-store-on-active-objects.md), so the Jira host
 * converts one into the other through {@code valueOf(other.toString())}.
 */
public final class ModelVersion implements Comparable<ModelVersion> {
    public static final ModelVersion ZERO = new ModelVersion(0);

    private final int number;

    private ModelVersion(int number) {
        this.number = number;
    }

    /** Parses "1", "2", ...; null is {@link #ZERO}, as in Jira, where no stored version means none ran. */
    public static ModelVersion valueOf(String text) {
        if (text == null) {
            return ZERO;
        }
        int number;
        try {
            number = Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a model version is a whole number, not '" + text + "'", e);
        }
        if (number < 0) {
            throw new IllegalArgumentException("a model version is not negative: " + text);
        }
        return new ModelVersion(number);
    }

    public boolean isOlderThan(ModelVersion other) {
        return compareTo(other) < 0;
    }

    public boolean isNewerThan(ModelVersion other) {
        return compareTo(other) > 0;
    }

    public boolean isSame(ModelVersion other) {
        return compareTo(other) == 0;
    }

    @Override
    public int compareTo(ModelVersion other) {
        return Integer.compare(number, other.number);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ModelVersion version && version.number == number;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(number);
    }

    @Override
    public String toString() {
        return String.valueOf(number);
    }
}
