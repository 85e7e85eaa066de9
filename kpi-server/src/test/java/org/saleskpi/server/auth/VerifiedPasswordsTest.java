package org.saleskpi.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.testing.HandClock;

/** What a verified password is remembered under, for how long, and when it is forgotten. */
class VerifiedPasswordsTest {
    private static final String HASH = "$2a$10$abcdefghijklmnopqrstuuBFKlwq8ux4M9gwLvixo5ZpBdRVWcwE2";
    private static final String NEW_HASH = "$2a$10$zyxwvutsrqponmlkjihgfeNn8BRsq7QYoAwxvTwzH9Ub1DA8vdj1W";

    private final HandClock clock = new HandClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final VerifiedPasswords verified = new VerifiedPasswords(clock, Duration.ofSeconds(60), 3);

    @Test
    void aRememberedPasswordMatchesOnlyForItsUserItsHashAndItself() {
        verified.remember("dana", HASH, "right-password");

        assertThat(verified.contains("dana", HASH, "right-password")).isTrue();
        assertThat(verified.contains("dana", HASH, "wrong-password")).isFalse();
        assertThat(verified.contains("dana", HASH, "right-passwor")).isFalse();
        assertThat(verified.contains("fox", HASH, "right-password")).isFalse();
        assertThat(verified.contains("dana", NEW_HASH, "right-password"))
                .describedAs("after a password change, on any node").isFalse();
    }

    @Test
    void itExpiresAfterItsTtl() {
        verified.remember("dana", HASH, "right-password");

        clock.advance(Duration.ofSeconds(59));
        assertThat(verified.contains("dana", HASH, "right-password")).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(verified.contains("dana", HASH, "right-password")).isFalse();
        assertThat(verified.size()).describedAs("an expired entry is dropped when met").isZero();
    }

    @Test
    void forgettingAUserDropsOnlyThatUser() {
        verified.remember("dana", HASH, "right-password");
        verified.remember("fox", HASH, "right-password");

        verified.forget("dana");

        assertThat(verified.contains("dana", HASH, "right-password")).isFalse();
        assertThat(verified.contains("fox", HASH, "right-password")).isTrue();
    }

    @Test
    void itHoldsAtMostItsBoundAndMakesRoomFromExpiredEntriesOnly() {
        verified.remember("a", HASH, "password-a");
        verified.remember("b", HASH, "password-b");
        verified.remember("c", HASH, "password-c");

        verified.remember("d", HASH, "password-d");
        assertThat(verified.size()).isEqualTo(3);
        assertThat(verified.contains("d", HASH, "password-d")).describedAs("full of live entries").isFalse();
        assertThat(verified.contains("a", HASH, "password-a")).isTrue();

        clock.advance(Duration.ofSeconds(60));
        verified.remember("d", HASH, "password-d");
        assertThat(verified.size()).isOne();
        assertThat(verified.contains("d", HASH, "password-d")).isTrue();
    }

    @Test
    void aZeroTtlRemembersNothing() {
        VerifiedPasswords off = new VerifiedPasswords(clock, Duration.ZERO, 3);

        off.remember("dana", HASH, "right-password");

        assertThat(off.contains("dana", HASH, "right-password")).isFalse();
        assertThat(off.size()).isZero();
    }

    @Test
    void twoProcessesRememberUnderTheirOwnRandomKeys() throws Exception {
        VerifiedPasswords other = new VerifiedPasswords(clock, Duration.ofSeconds(60), 3);
        verified.remember("dana", HASH, "right-password");
        other.remember("dana", HASH, "right-password");

        assertThat(digestOf(verified)).hasSize(32).isNotEqualTo(digestOf(other));
    }

    /** The one stored digest, read the only way a heap dump could: from the object itself. */
    private static byte[] digestOf(VerifiedPasswords passwords) throws Exception {
        java.lang.reflect.Field map = VerifiedPasswords.class.getDeclaredField("byUser");
        map.setAccessible(true);
        Object entry = ((java.util.Map<?, ?>) map.get(passwords)).get("dana");
        java.lang.reflect.Method digest = entry.getClass().getDeclaredMethod("digest");
        digest.setAccessible(true);
        return (byte[]) digest.invoke(entry);
    }
}
