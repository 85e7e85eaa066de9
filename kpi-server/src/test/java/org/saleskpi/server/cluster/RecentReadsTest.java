package org.saleskpi.server.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RecentReadsTest {
    private final AtomicLong nanos = new AtomicLong(1_000);
    /** What the database holds. */
    private final Map<String, String> stored = new HashMap<>(Map.of("s1", "dana"));
    private final RecentReads<String, String> recent = new RecentReads<>(Duration.ofSeconds(1), nanos::get);

    private Optional<String> lookup(String key) {
        return recent.get(key, k -> Optional.ofNullable(stored.get(k)));
    }

    @Test
    void aValueReadLessThanTheFreshnessAgoIsServedWithoutReadingAgain() {
        assertThat(lookup("s1")).contains("dana");
        stored.remove("s1"); // another node signs out
        nanos.addAndGet(Duration.ofMillis(999).toNanos());

        assertThat(lookup("s1")).contains("dana");
        assertThat(recent.databaseReads()).isEqualTo(1);

        nanos.addAndGet(Duration.ofMillis(1).toNanos());
        assertThat(lookup("s1")).isEmpty();
        assertThat(recent.databaseReads()).isEqualTo(2);
    }

    @Test
    void aMissingValueIsNeverKept() {
        assertThat(lookup("s2")).isEmpty();
        stored.put("s2", "eve"); // signed in on another node

        assertThat(lookup("s2")).contains("eve");
        assertThat(recent.databaseReads()).isEqualTo(2);
    }

    @Test
    void aLocalWriteMakesTheNextLookupRead() {
        lookup("s1");
        stored.remove("s1");
        recent.forgetAll();

        assertThat(lookup("s1")).isEmpty();
    }

    @Test
    void aReadThatBeganBeforeALocalWriteKeepsNothingPastIt() {
        // The sign-out commits and forgets while this read, which saw the session, is still under way.
        Optional<String> seen = recent.get("s1", key -> {
            Optional<String> before = Optional.ofNullable(stored.get(key));
            stored.remove(key);
            recent.forgetAll();
            return before;
        });
        assertThat(seen).contains("dana");

        assertThat(lookup("s1")).isEmpty();
    }

    @Test
    void aValueNoLongerUsableIsReadAgain() {
        recent.get("s1", k -> Optional.ofNullable(stored.get(k)), value -> true);
        stored.put("s1", "dana, last used now");

        assertThat(recent.get("s1", k -> Optional.ofNullable(stored.get(k)), value -> !value.equals("dana")))
                .contains("dana, last used now");
    }

    @Test
    void withZeroFreshnessEveryLookupReads() {
        RecentReads<String, String> never = new RecentReads<>(Duration.ZERO, nanos::get);
        never.get("s1", k -> Optional.of("dana"));
        never.get("s1", k -> Optional.of("dana"));

        assertThat(never.databaseReads()).isEqualTo(2);
    }
}
