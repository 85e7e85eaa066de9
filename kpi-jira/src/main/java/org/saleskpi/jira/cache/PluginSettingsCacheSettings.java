package org.saleskpi.jira.cache;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.saleskpi.core.validation.FieldError;
import org.saleskpi.core.validation.InvalidInputException;

/**
 * The admins' {@link CacheSettings} in SAL's global plugin settings, which Jira keeps in its database, so every
 * node reads the same. Each value is stored as text under {@code org.saleskpi.cache.<field>}, as Atlassian's Slack
 * app stores its switches (docs/jira-stubs.md). A value that is missing or unreadable (an older version, a hand
 * edit) reads as its default; a set with any value out of range writes nothing.
 */
public final class PluginSettingsCacheSettings implements CacheSettingsStore {
    static final String PREFIX = "org.saleskpi.cache.";

    /** The smallest and largest value each whole-number setting takes. */
    public static final Range MAX_ISSUES = new Range("maxIssues", 1_000, 100_000_000);
    public static final Range POLL_SECONDS = new Range("pollSeconds", 10, 3_600);
    public static final Range MAX_CONCURRENT = new Range("maxConcurrent", 1, 64);
    public static final Range REQUESTS_PER_MINUTE = new Range("requestsPerMinute", 1, 10_000);

    private final PluginSettingsFactory factory;

    public PluginSettingsCacheSettings(PluginSettingsFactory factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    /** A setting's bounds, both included; {@code field} is its name in the JSON and in errors. */
    public record Range(String field, long min, long max) {
        boolean holds(long value) {
            return value >= min && value <= max;
        }
    }

    @Override
    public CacheSettings get() {
        PluginSettings stored = factory.createGlobalSettings();
        CacheSettings defaults = CacheSettings.defaults();
        Object enabled = stored.get(PREFIX + "enabled");
        return new CacheSettings(
                enabled instanceof String text && (text.equals("true") || text.equals("false"))
                        ? Boolean.parseBoolean(text) : defaults.enabled(),
                read(stored, MAX_ISSUES, defaults.maxIssues()),
                (int) read(stored, POLL_SECONDS, defaults.pollSeconds()),
                (int) read(stored, MAX_CONCURRENT, defaults.maxConcurrent()),
                (int) read(stored, REQUESTS_PER_MINUTE, defaults.requestsPerMinute()));
    }

    @Override
    public void set(CacheSettings settings) {
        Map<Range, Long> values = new LinkedHashMap<>();
        values.put(MAX_ISSUES, settings.maxIssues());
        values.put(POLL_SECONDS, (long) settings.pollSeconds());
        values.put(MAX_CONCURRENT, (long) settings.maxConcurrent());
        values.put(REQUESTS_PER_MINUTE, (long) settings.requestsPerMinute());
        List<FieldError> errors = new ArrayList<>();
        values.forEach((range, value) -> {
            if (!range.holds(value)) {
                errors.add(new FieldError(range.field(), "saleskpi.admin.cache.range", range.field()
                        + " must be a whole number from " + range.min() + " to " + range.max() + ".", range.min(), range.max()));
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        PluginSettings stored = factory.createGlobalSettings();
        stored.put(PREFIX + "enabled", Boolean.toString(settings.enabled()));
        values.forEach((range, value) -> stored.put(PREFIX + range.field(), Long.toString(value)));
    }

    private static long read(PluginSettings stored, Range range, long fallback) {
        if (stored.get(PREFIX + range.field()) instanceof String text) {
            try {
                long value = Long.parseLong(text.strip());
                return range.holds(value) ? value : fallback;
            } catch (NumberFormatException e) {
                return fallback;
            }
        }
        return fallback;
    }
}
