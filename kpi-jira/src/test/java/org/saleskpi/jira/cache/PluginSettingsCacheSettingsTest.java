package org.saleskpi.jira.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.saleskpi.core.validation.FieldError;
import org.saleskpi.core.validation.InvalidInputException;

class PluginSettingsCacheSettingsTest {
    private final MemoryPluginSettings sal = new MemoryPluginSettings();
    private final PluginSettingsCacheSettings store = new PluginSettingsCacheSettings(sal);

    @Test
    void nothingStoredReadsAsTheDefaults() {
        assertThat(store.get()).isEqualTo(CacheSettings.defaults());
    }

    @Test
    void whatIsSetIsReadBackByAnotherNodeAsText() {
        CacheSettings settings = new CacheSettings(false, 250_000, 30, 3, 40);
        store.set(settings);

        assertThat(new PluginSettingsCacheSettings(sal).get()).isEqualTo(settings);
        assertThat(sal.values).containsEntry("org.saleskpi.cache.enabled", "false")
                .containsEntry("org.saleskpi.cache.maxIssues", "250000")
                .containsEntry("org.saleskpi.cache.requestsPerMinute", "40");
    }

    @Test
    void theBoundsThemselvesAreAccepted() {
        CacheSettings lowest = new CacheSettings(true, 1_000, 10, 1, 1);
        CacheSettings highest = new CacheSettings(true, 100_000_000, 3_600, 64, 10_000);
        store.set(lowest);
        assertThat(store.get()).isEqualTo(lowest);
        store.set(highest);
        assertThat(store.get()).isEqualTo(highest);
    }

    @Test
    void valuesOutOfRangeAreRefusedByFieldAndNothingIsWritten() {
        store.set(new CacheSettings(true, 5_000, 60, 2, 100));
        int writes = sal.writes;

        assertThatThrownBy(() -> store.set(new CacheSettings(false, 999, 9, 65, 0)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactly("maxIssues", "pollSeconds", "maxConcurrent", "requestsPerMinute"));
        assertThat(sal.writes).isEqualTo(writes);
        assertThat(store.get()).isEqualTo(new CacheSettings(true, 5_000, 60, 2, 100));
    }

    @Test
    void anUnreadableOrOutOfRangeStoredValueReadsAsItsDefaultAlone() {
        sal.put("org.saleskpi.cache.enabled", "maybe");
        sal.put("org.saleskpi.cache.maxIssues", "lots");
        sal.put("org.saleskpi.cache.pollSeconds", "5");
        sal.put("org.saleskpi.cache.maxConcurrent", " 4 ");
        sal.put("org.saleskpi.cache.requestsPerMinute", java.util.List.of("60"));

        CacheSettings defaults = CacheSettings.defaults();
        assertThat(store.get()).isEqualTo(new CacheSettings(defaults.enabled(), defaults.maxIssues(),
                defaults.pollSeconds(), 4, defaults.requestsPerMinute()));
    }
}
