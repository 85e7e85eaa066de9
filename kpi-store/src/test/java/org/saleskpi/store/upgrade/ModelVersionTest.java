package org.saleskpi.store.upgrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelVersionTest {

    @Test
    void noStoredVersionIsZero() {
        assertThat(ModelVersion.valueOf(null)).isEqualTo(ModelVersion.ZERO);
        assertThat(ModelVersion.valueOf("1").isNewerThan(ModelVersion.ZERO)).isTrue();
    }

    @Test
    void versionsOrderAsNumbersNotAsText() {
        List<ModelVersion> versions = new ArrayList<>(List.of(
                ModelVersion.valueOf("10"), ModelVersion.valueOf("9"), ModelVersion.valueOf("2")));
        versions.sort(null);
        assertThat(versions).extracting(ModelVersion::toString).containsExactly("2", "9", "10");
        assertThat(ModelVersion.valueOf("9").isOlderThan(ModelVersion.valueOf("10"))).isTrue();
        assertThat(ModelVersion.valueOf("10").isOlderThan(ModelVersion.valueOf("9"))).isFalse();
    }

    @Test
    void theSameNumberIsTheSameVersion() {
        assertThat(ModelVersion.valueOf("3")).isEqualTo(ModelVersion.valueOf(" 3 "))
                .hasSameHashCodeAs(ModelVersion.valueOf("3"));
        assertThat(ModelVersion.valueOf("3").isSame(ModelVersion.valueOf("3"))).isTrue();
        assertThat(ModelVersion.valueOf("3").isSame(ModelVersion.valueOf("4"))).isFalse();
    }

    @Test
    void onlyWholeNonNegativeNumbersAreVersions() {
        assertThatThrownBy(() -> ModelVersion.valueOf("1.0")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'1.0'");
        assertThatThrownBy(() -> ModelVersion.valueOf("-1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ModelVersion.valueOf("")).isInstanceOf(IllegalArgumentException.class);
    }
}
