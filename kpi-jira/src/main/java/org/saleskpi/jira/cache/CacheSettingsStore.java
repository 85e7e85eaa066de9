package org.saleskpi.jira.cache;

/** Port: where the admins' {@link CacheSettings} are kept, shared by every node. */
public interface CacheSettingsStore {

    /** The settings as stored, or the defaults. */
    CacheSettings get();

    /**
     * Stores {@code settings} whole.
     *
     * @throws org.saleskpi.core.validation.InvalidInputException naming the field of a value out of range
     */
    void set(CacheSettings settings);
}
