package org.saleskpi.jira.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.goal.ConflictException;
import org.saleskpi.core.kpi.KpiProfile;
import org.saleskpi.core.kpi.KpiProfileRepository;

/** Each write made on this node moves the count the cache compares; reads never do. */
class WatchedKpiProfilesTest {
    private final KpiProfileRepository stored = mock(KpiProfileRepository.class);
    private final WatchedKpiProfiles profiles = new WatchedKpiProfiles(stored);
    private final KpiProfile sales = CacheProfiles.profile(1, "SALES", "project = SALES");

    @Test
    void writesMoveTheCountAndReadsDoNot() {
        when(stored.all()).thenReturn(List.of(sales));
        when(stored.get(1)).thenReturn(Optional.of(sales));
        when(stored.create(sales)).thenReturn(sales);
        when(stored.update(sales)).thenReturn(sales);

        assertThat(profiles.all()).containsExactly(sales);
        assertThat(profiles.get(1)).contains(sales);
        profiles.ofProject("SALES");
        assertThat(profiles.writes()).isZero();

        assertThat(profiles.create(sales)).isSameAs(sales);
        assertThat(profiles.writes()).isEqualTo(1);
        assertThat(profiles.update(sales)).isSameAs(sales);
        assertThat(profiles.writes()).isEqualTo(2);
        profiles.delete(1);
        assertThat(profiles.writes()).isEqualTo(3);
        verify(stored).delete(1);
    }

    @Test
    void aRefusedWriteStillMovesTheCountSoTheScopeIsReadAgainRatherThanMissed() {
        when(stored.update(sales)).thenThrow(ConflictException.gone("KPI profile", 1));

        assertThatThrownBy(() -> profiles.update(sales)).isInstanceOf(ConflictException.class);

        assertThat(profiles.writes()).isEqualTo(1);
    }
}
