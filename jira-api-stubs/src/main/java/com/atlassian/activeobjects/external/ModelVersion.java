/*
 * Compile-only stub of the Active Objects plugin's com.atlassian.activeobjects.external.ModelVersion (final class,
 * Comparable<ModelVersion>) as Jira 11.3 ships it; never packaged. Source: JIRA-PLATFORM.md 1.12 [V, source]:
 * static ModelVersion valueOf(String) (null gives 0) and toString(). The whole-number body exists so tests can
 * run against the stub; AO's own class runs in Jira.
 */
package com.atlassian.activeobjects.external;

public final class ModelVersion implements Comparable<ModelVersion> {
    private final int version;

    private ModelVersion(int version) {
        this.version = version;
    }

    public static ModelVersion valueOf(String s) {
        return new ModelVersion(s == null ? 0 : Integer.parseInt(s.trim()));
    }

    @Override
    public int compareTo(ModelVersion other) {
        return Integer.compare(version, other.version);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ModelVersion && ((ModelVersion) other).version == version;
    }

    @Override
    public int hashCode() {
        return version;
    }

    @Override
    public String toString() {
        return String.valueOf(version);
    }
}
