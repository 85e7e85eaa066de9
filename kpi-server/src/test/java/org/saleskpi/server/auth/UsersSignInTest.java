package org.saleskpi.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import net.java.ao.EntityManager;
import net.java.ao.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.saleskpi.core.testing.HandClock;
import org.saleskpi.server.auth.entity.UserEntity;
import org.saleskpi.store.AoSession;
import org.saleskpi.store.Database;
import org.saleskpi.store.EntityManagerSession;
import org.saleskpi.store.ForwardingSession;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * {@link Users#signIn} on H2 and PostgreSQL: how often it runs BCrypt now that verified passwords are
 * remembered, and when it writes. BCrypt at strength 4 keeps the test fast; the count is what matters.
 */
class UsersSignInTest {
    private final HandClock clock = new HandClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final CountingBCrypt bcrypt = new CountingBCrypt();
    private final AtomicInteger transactions = new AtomicInteger();

    private Users users(Database database) {
        AoSession session = new TransactionCounting(new EntityManagerSession(database.open()), transactions);
        AuthSchema.migrate(session);
        Users users = new Users(session, clock, Duration.ofSeconds(60), bcrypt);
        users.create("dana", "right-password", "Dana Scully", false);
        bcrypt.checks.set(0);
        transactions.set(0);
        return users;
    }

    @ParameterizedTest
    @EnumSource(value = Database.class, names = {"H2_MEMORY", "POSTGRES"})
    void aRightPasswordIsCheckedWithBCryptOncePerTtlAndWritesNothing(Database database) {
        Users users = users(database);

        for (int i = 0; i < 20; i++) {
            assertThat(users.signIn(i % 2 == 0 ? "dana" : "DANA", "right-password")).isInstanceOf(Login.Accepted.class);
        }
        assertThat(bcrypt.checks).hasValue(1);
        assertThat(transactions).describedAs("nothing to reset, nothing written").hasValue(0);

        clock.advance(Duration.ofSeconds(60));
        assertThat(users.signIn("dana", "right-password")).isInstanceOf(Login.Accepted.class);
        assertThat(bcrypt.checks).describedAs("checked again once the TTL is over").hasValue(2);
    }

    @ParameterizedTest
    @EnumSource(value = Database.class, names = {"H2_MEMORY", "POSTGRES"})
    void aWrongPasswordIsNeverRememberedAndAlwaysCheckedAndCounted(Database database) {
        Users users = users(database);
        assertThat(users.signIn("dana", "right-password")).isInstanceOf(Login.Accepted.class);

        assertThat(users.signIn("dana", "wrong-password")).isInstanceOf(Login.Refused.class);
        assertThat(users.signIn("dana", "wrong-password")).isInstanceOf(Login.Refused.class);

        assertThat(bcrypt.checks).hasValue(3);
        assertThat(transactions).describedAs("one count per failure").hasValue(2);
    }

    @ParameterizedTest
    @EnumSource(value = Database.class, names = {"H2_MEMORY", "POSTGRES"})
    void aSuccessAfterFailuresResetsTheCountOnceThenWritesNothing(Database database) {
        Users users = users(database);
        for (int i = 0; i < LoginThrottle.FREE_FAILURES - 1; i++) {
            users.signIn("dana", "wrong-password");
        }
        transactions.set(0);

        users.signIn("dana", "right-password");
        users.signIn("dana", "right-password");

        assertThat(transactions).hasValue(1);
        // Had the reset been lost, this fifth failure in a row would lock Dana out.
        assertThat(users.signIn("dana", "wrong-password")).isInstanceOf(Login.Refused.class);
        assertThat(users.signIn("dana", "right-password")).isInstanceOf(Login.Accepted.class);
    }

    @ParameterizedTest
    @EnumSource(value = Database.class, names = {"H2_MEMORY", "POSTGRES"})
    void aLockoutRefusesTheRememberedPasswordAndForgetsIt(Database database) {
        Users users = users(database);
        assertThat(users.signIn("dana", "right-password")).isInstanceOf(Login.Accepted.class);
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            users.signIn("dana", "wrong-password");
        }

        assertThat(users.signIn("dana", "right-password")).isInstanceOf(Login.Throttled.class);

        clock.advance(LoginThrottle.FIRST_COOLDOWN);
        int before = bcrypt.checks.get();
        assertThat(users.signIn("dana", "right-password")).isInstanceOf(Login.Accepted.class);
        assertThat(bcrypt.checks.get()).describedAs("forgotten at the lockout, so checked again").isEqualTo(before + 1);
    }

    @ParameterizedTest
    @EnumSource(value = Database.class, names = {"H2_MEMORY", "POSTGRES"})
    void aNewPasswordRefusesTheRememberedOldOneAtOnce(Database database) {
        Users users = users(database);
        assertThat(users.signIn("dana", "right-password")).isInstanceOf(Login.Accepted.class);

        users.setPassword("dana", "another-password");

        assertThat(users.signIn("dana", "right-password")).isInstanceOf(Login.Refused.class);
        assertThat(users.signIn("dana", "another-password")).isInstanceOf(Login.Accepted.class);
    }

    @ParameterizedTest
    @EnumSource(value = Database.class, names = {"H2_MEMORY", "POSTGRES"})
    void aZeroTtlChecksEverySignInWithBCrypt(Database database) {
        AoSession session = new EntityManagerSession(database.open());
        AuthSchema.migrate(session);
        Users users = new Users(session, clock, Duration.ZERO, bcrypt);
        users.create("dana", "right-password", null, false);
        bcrypt.checks.set(0);

        users.signIn("dana", "right-password");
        users.signIn("dana", "right-password");

        assertThat(bcrypt.checks).hasValue(2);
    }

    @ParameterizedTest
    @EnumSource(value = Database.class, names = {"H2_FILE", "POSTGRES"})
    void anotherNodesLockoutOrNewPasswordRefusesWhatThisNodeRemembers(Database database) {
        EntityManager first = database.open();
        AoSession session = new EntityManagerSession(first);
        AuthSchema.migrate(session);
        Users thisNode = new Users(session, clock, Duration.ofSeconds(60), bcrypt);
        Users otherNode = new Users(new EntityManagerSession(database.openAgain(first)), clock, Duration.ofSeconds(60),
                bcrypt);
        thisNode.create("dana", "right-password", null, false);
        thisNode.create("fox", "right-password", null, false);
        assertThat(thisNode.signIn("dana", "right-password")).isInstanceOf(Login.Accepted.class);
        assertThat(thisNode.signIn("fox", "right-password")).isInstanceOf(Login.Accepted.class);

        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            otherNode.signIn("dana", "wrong-password");
        }
        otherNode.setPassword("fox", "another-password");

        assertThat(thisNode.signIn("dana", "right-password")).isInstanceOf(Login.Throttled.class);
        assertThat(thisNode.signIn("fox", "right-password")).isInstanceOf(Login.Refused.class);
        assertThat(thisNode.signIn("fox", "another-password")).isInstanceOf(Login.Accepted.class);
    }

    @Test
    void theHashAnUnknownNameIsCheckedAgainstIsMadeOnceAndOnlyWhenSignInsNeedIt() {
        AoSession session = new EntityManagerSession(Database.H2_MEMORY.open());
        AuthSchema.migrate(session);

        // The command-line import resolves people through Users and signs nobody in (ADR 0079).
        Users users = new Users(session, clock, Duration.ofSeconds(60), bcrypt);
        assertThat(bcrypt.encodings).describedAs("nothing encoded for a Users that signs nobody in").hasValue(0);

        users.prepareSignIns();
        users.prepareSignIns();
        assertThat(users.signIn("nobody", "any-password")).isInstanceOf(Login.Refused.class);
        assertThat(bcrypt.encodings).describedAs("the decoy, made once").hasValue(1);
        assertThat(bcrypt.checks).describedAs("the unknown name checked against it").hasValue(1);
    }

    @Test
    void anUnknownNameIsCheckedAgainstADecoyThoughNoneWasPrepared() {
        AoSession session = new EntityManagerSession(Database.H2_MEMORY.open());
        AuthSchema.migrate(session);
        Users users = new Users(session, clock, Duration.ofSeconds(60), bcrypt);

        assertThat(users.signIn("nobody", "any-password")).isInstanceOf(Login.Refused.class);
        assertThat(users.signIn("nobody", "any-password")).isInstanceOf(Login.Refused.class);

        assertThat(bcrypt.encodings).hasValue(1);
        assertThat(bcrypt.checks).hasValue(2);
    }

    @ParameterizedTest
    @EnumSource(value = Database.class, names = {"H2_FILE", "POSTGRES"})
    void wrongPasswordsAtOnceTakeTurnsSoNoneIsAbortedAndEveryRefusalIsCounted(Database database) throws Exception {
        AoSession real = new EntityManagerSession(database.open());
        AuthSchema.migrate(real);
        SlowTransactions slow = new SlowTransactions(real);
        Users users = new Users(slow, clock, Duration.ofSeconds(60), bcrypt);
        users.create("dana", "right-password", null, false);
        ExecutorService clients = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Login>> logins = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                String guess = "guess-" + i;
                logins.add(clients.submit(() -> {
                    start.await();
                    return users.signIn("dana", guess);
                }));
            }
            start.countDown();
            int refused = 0;
            for (Future<Login> login : logins) {
                refused += login.get(2, TimeUnit.MINUTES) instanceof Login.Refused ? 1 : 0;
            }

            assertThat(slow.aborted).describedAs("transactions the database aborted for a concurrent writer").hasValue(0);
            assertThat(slow.mostAtOnce).describedAs("transactions of this node writing the row at once").hasValue(1);
            assertThat(refused).isGreaterThanOrEqualTo(LoginThrottle.FREE_FAILURES);
            UserEntity row = real.find(UserEntity.class, Query.select().where("USER_KEY = ?", "dana"))[0];
            assertThat(row.getFailedLogins()).describedAs("every refusal counted").isEqualTo(refused);
        } finally {
            clients.shutdownNow();
        }
    }

    /** BCrypt, counting its checks and its encodings. */
    private static final class CountingBCrypt implements PasswordEncoder {
        private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        final AtomicInteger checks = new AtomicInteger();
        final AtomicInteger encodings = new AtomicInteger();

        @Override
        public String encode(CharSequence rawPassword) {
            encodings.incrementAndGet();
            return bcrypt.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            checks.incrementAndGet();
            return bcrypt.matches(rawPassword, encodedPassword);
        }
    }

    /** The real session, counting transactions: every write of {@link Users} runs in one. */
    private static final class TransactionCounting extends ForwardingSession {
        private final AtomicInteger count;

        TransactionCounting(AoSession real, AtomicInteger count) {
            super(real);
            this.count = count;
        }

        @Override
        public <T> T inTransaction(Supplier<T> work) {
            count.incrementAndGet();
            return super.inTransaction(work);
        }
    }

    /**
     * The real session, holding every transaction open 20 ms after its work so that writers of one row overlap
     * unless they take turns; counts those the database aborted for a concurrent writer.
     */
    private static final class SlowTransactions extends ForwardingSession {
        final AtomicInteger aborted = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();
        private final AtomicInteger running = new AtomicInteger();

        SlowTransactions(AoSession real) {
            super(real);
        }

        @Override
        public <T> T inTransaction(Supplier<T> work) {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                return super.inTransaction(() -> {
                    T result = work.get();
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
                    return result;
                });
            } catch (RuntimeException e) {
                if (ConcurrentWriters.lostToConcurrentWriter(e)) {
                    aborted.incrementAndGet();
                }
                throw e;
            } finally {
                running.decrementAndGet();
            }
        }
    }
}
