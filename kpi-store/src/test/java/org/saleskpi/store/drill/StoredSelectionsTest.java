package org.saleskpi.store.drill;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.saleskpi.core.drill.KeySelections;
import org.saleskpi.core.drill.Selection;
import org.saleskpi.core.jql.SavedKeys;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.store.AoSession;
import org.saleskpi.store.Database;
import org.saleskpi.store.EntityManagerSession;
import org.saleskpi.store.StoreSchema;

/** Key lists saved for drill-down links, through {@link KeySelections} over the real table (ADR 0033). */
class StoredSelectionsTest {
    private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");
    private static final UserRef ALICE = new UserRef("alice", "Alice");
    private static final UserRef BOB = new UserRef("bob", "Bob");

    private static StoredSelections store(Database database) {
        AoSession session = new EntityManagerSession(database.open());
        StoreSchema.schemaUpgrade(session).run();
        return new StoredSelections(session);
    }

    private static KeySelections at(StoredSelections store, Instant now) {
        return new KeySelections(store, Clock.fixed(now, ZoneOffset.UTC));
    }

    private static List<String> keys(String project, int count) {
        List<String> keys = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            keys.add(project + "-" + i);
        }
        return keys;
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aHundredThousandKeysComeBackForTheirOwnerUntilTheyExpire(Database database) {
        StoredSelections store = store(database);
        List<String> keys = keys("営業", KeySelections.MAX_KEYS);

        String token = at(store, MONDAY).save(ALICE, keys).orElseThrow();

        // 16 random bytes in URL-safe base64 without padding: 22 characters.
        assertThat(token).matches("[A-Za-z0-9_-]{22}");
        SavedKeys.Found found = at(store, MONDAY.plus(Duration.ofDays(6))).keys(token, Optional.of("alice"));
        assertThat(found).isInstanceOf(SavedKeys.Found.Keys.class);
        // Compared as sets: a list's containsAll would compare 10^10 pairs.
        assertThat(((SavedKeys.Found.Keys) found).keys()).hasSize(100_000).isEqualTo(new HashSet<>(keys));
        // Another user, no user, a token nobody saved: the same answer, so a token tells nothing about its owner.
        assertThat(at(store, MONDAY).keys(token, Optional.of("bob"))).isEqualTo(new SavedKeys.Found.Unknown());
        assertThat(at(store, MONDAY).keys(token, Optional.empty())).isEqualTo(new SavedKeys.Found.Unknown());
        assertThat(at(store, MONDAY).keys("AAAAAAAAAAAAAAAAAAAAAA", Optional.of("alice")))
                .isEqualTo(new SavedKeys.Found.Unknown());
        // Seven days after saving, the list has expired: its owner is told so.
        Instant expiry = MONDAY.plus(KeySelections.LIFETIME);
        assertThat(at(store, expiry).keys(token, Optional.of("alice"))).isEqualTo(new SavedKeys.Found.Expired(expiry));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void overTheLimitNothingIsSavedAndWithoutAStoreNothingEither(Database database) {
        StoredSelections store = store(database);

        assertThat(at(store, MONDAY).save(ALICE, keys("SALES", KeySelections.MAX_KEYS + 1))).isEmpty();
        assertThat(KeySelections.NONE.save(ALICE, keys("SALES", 300))).isEmpty();
        assertThat(store.count()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void theSameListOfTheSameOwnerIsSavedOnceWhileItHasADayLeft(Database database) {
        StoredSelections store = store(database);
        List<String> keys = keys("SALES", 250);
        String first = at(store, MONDAY).save(ALICE, keys).orElseThrow();

        // In another order, five days later: the same list, the same link (it still has two days).
        List<String> reversed = new ArrayList<>(keys);
        Collections.reverse(reversed);
        assertThat(at(store, MONDAY.plus(Duration.ofDays(5))).save(ALICE, reversed)).contains(first);
        // Bob's list of the same keys is his own.
        String bobs = at(store, MONDAY).save(BOB, keys).orElseThrow();
        assertThat(bobs).isNotEqualTo(first);
        // Six days and one second later, the first has less than a day left: a new list, a new token.
        String renewed = at(store, MONDAY.plus(Duration.ofDays(6)).plusSeconds(1)).save(ALICE, keys).orElseThrow();
        assertThat(renewed).isNotEqualTo(first);
        assertThat(store.count()).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aUserKeepsTheirNewestListsAndExpiredListsGoWhenTheNextIsSaved(Database database) {
        StoredSelections store = store(database);
        // Kept three per owner here (KeySelections keeps KEPT_PER_OWNER): five of Alice's, one a minute, and Bob's.
        store.save(selection("bob-1", "bob", MONDAY), 3);
        for (int i = 1; i <= 5; i++) {
            store.save(selection("alice-" + i, "alice", MONDAY.plusSeconds(60L * i)), 3);
        }

        // Alice's three newest stay; Bob's one is his own count.
        assertThat(List.of("alice-1", "alice-2", "alice-3", "alice-4", "alice-5", "bob-1").stream()
                .filter(token -> store.find(token).isPresent())).containsExactly("alice-3", "alice-4", "alice-5",
                        "bob-1");
        assertThat(store.find("alice-5")).contains(selection("alice-5", "alice", MONDAY.plusSeconds(300)));
        // A week and a day later Carol saves one: every expired list goes with it, whoever owned it.
        store.save(selection("carol-1", "carol", MONDAY.plus(Duration.ofDays(8))), 3);
        assertThat(store.count()).isEqualTo(1);
        assertThat(store.find("bob-1")).isEmpty();
    }

    private static Selection selection(String token, String owner, Instant created) {
        return new Selection(token, owner, "digest of " + token, created, created.plus(KeySelections.LIFETIME),
                List.of(token.toUpperCase(java.util.Locale.ROOT)));
    }

    private static int count(StoredSelections store) {
        return store.count();
    }
}
