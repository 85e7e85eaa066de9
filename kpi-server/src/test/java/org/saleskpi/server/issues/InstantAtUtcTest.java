package org.saleskpi.server.issues;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The instants the store binds are the same date-times as the JDK's own conversion gives (ADR 0079). */
class InstantAtUtcTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-30T09:00:00Z", "2024-02-29T23:59:59.999999999Z", "1969-12-31T23:59:59.5Z",
        "1900-01-01T00:00:00Z", "2038-01-19T03:14:08.000001Z"})
    void isTheJdksOffsetDateTimeOfTheInstant(String text) {
        Instant instant = Instant.parse(text);

        OffsetDateTime bound = IssueStore.utc(instant);

        assertThat(bound).isEqualTo(OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
        assertThat(bound.toInstant()).isEqualTo(instant);
    }
}
