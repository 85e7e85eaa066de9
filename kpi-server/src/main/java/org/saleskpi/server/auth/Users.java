package org.saleskpi.server.auth;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import net.java.ao.Query;
import org.saleskpi.core.validation.Validator;
import org.saleskpi.server.auth.entity.UserEntity;
import org.saleskpi.server.cluster.RecentReads;
import org.saleskpi.server.imports.KnownPeople;
import org.saleskpi.server.imports.PersonResolver;
import org.saleskpi.store.AoSession;
import org.saleskpi.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The server's people: users who sign in with a password, and reps known only by name. A user's key
 * is the lower-cased username, so usernames are unique and looked up regardless of case.
 */
public final class Users implements PersonResolver, KnownPeople {
    public static final int MAX_USERNAME = 64;
    public static final int MIN_PASSWORD = 8;
    /** BCrypt reads only the first 72 bytes; a longer password would silently match its prefix. */
    public static final int MAX_PASSWORD_BYTES = 72;
    public static final int MAX_DISPLAY_NAME = 255;
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD_FILE = "initial-admin-password";

    private static final Logger LOG = LoggerFactory.getLogger(Users.class);
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1," + MAX_USERNAME + "}");

    private final AoSession session;
    private final Clock clock;
    private final PasswordEncoder hasher;
    /**
     * Checked against when the user is unknown, so that answer takes as long as a wrong password; made by
     * {@link #prepareSignIns()} or by the first sign-in that needs it.
     */
    private volatile String decoyHash;
    private final Object decoyMaking = new Object();
    private final VerifiedPasswords verified;
    /** Accounts by key, for the user of every request and the names on every page (ADR 0043). */
    private final RecentReads<String, Account> recent;
    /** This node's writes of one user's row (failed logins, their reset, a new password), one at a time. */
    private final RowTurns rowTurns = new RowTurns(64);

    /** Remembers verified passwords for {@link VerifiedPasswords#DEFAULT_TTL}. */
    public Users(AoSession session, Clock clock) {
        this(session, clock, VerifiedPasswords.DEFAULT_TTL);
    }

    /**
     * @param verifiedPasswordTtl how long a password that passed BCrypt is accepted again without it;
     *     zero checks every sign-in with BCrypt
     */
    public Users(AoSession session, Clock clock, Duration verifiedPasswordTtl) {
        this(session, clock, verifiedPasswordTtl, RecentReads.DEFAULT_FRESHNESS);
    }

    /** @param freshness how long an account read from the database is taken as read (zero: always read) */
    public Users(AoSession session, Clock clock, Duration verifiedPasswordTtl, Duration freshness) {
        /*
         * BCrypt, strength 10 (about 70 to 100 ms per check): it is self-contained in
         * spring-security-crypto, whereas its Argon2 needs BouncyCastle, one more dependency to ship
         * and keep patched. 10 is slow enough against offline guessing; HTTP Basic pays it once per
         * TTL per user, not per request, thanks to VerifiedPasswords.
         */
        this(session, clock, verifiedPasswordTtl, new BCryptPasswordEncoder(10), freshness);
    }

    /** With another BCrypt encoder, for tests that count its checks. */
    Users(AoSession session, Clock clock, Duration verifiedPasswordTtl, PasswordEncoder hasher) {
        this(session, clock, verifiedPasswordTtl, hasher, RecentReads.DEFAULT_FRESHNESS);
    }

    /** With another BCrypt encoder and accounts kept for {@code freshness}. */
    Users(AoSession session, Clock clock, Duration verifiedPasswordTtl, PasswordEncoder hasher, Duration freshness) {
        this.recent = new RecentReads<>(freshness);
        this.session = session;
        this.clock = clock;
        this.hasher = hasher;
        this.verified = new VerifiedPasswords(clock, verifiedPasswordTtl, VerifiedPasswords.DEFAULT_MAX_USERS);
    }

    /**
     * Makes the hash an unknown name is checked against now (one BCrypt encoding, about a tenth of a second), so that
     * already the first sign-in of an unknown name takes as long as a wrong password. The server calls it as it
     * starts; the command-line import, which signs nobody in, does not wait for it (ADR 0079).
     */
    public void prepareSignIns() {
        decoyHash();
    }

    private String decoyHash() {
        String hash = decoyHash;
        if (hash == null) {
            synchronized (decoyMaking) {
                hash = decoyHash;
                if (hash == null) {
                    hash = hasher.encode(Secrets.password(20));
                    decoyHash = hash;
                }
            }
        }
        return hash;
    }

    /**
     * Creates a user who signs in; field errors name {@code username}, {@code password} and
     * {@code displayName}; a blank display name becomes the username.
     *
     * @throws org.saleskpi.core.validation.InvalidInputException when a field breaks its rule
     * @throws UsernameTakenException when the username exists in any case
     */
    public Account create(String username, String password, String displayName, boolean globalAdmin) {
        Validator check = new Validator();
        checkUsername(check, username);
        checkPassword(check, "password", password);
        check.check(displayName == null || displayName.length() <= MAX_DISPLAY_NAME, "displayName",
                "saleskpi.error.tooLong", "displayName must be at most " + MAX_DISPLAY_NAME + " characters.",
                MAX_DISPLAY_NAME);
        check.throwIfInvalid();
        String name = displayName == null || displayName.isBlank() ? username : displayName.strip();
        return insert(username, name, hasher.encode(password), globalAdmin);
    }

    public Optional<Account> find(String username) {
        return recent.get(keyOf(username), key -> row(key).map(Users::account));
    }

    public List<Account> list() {
        return Arrays.stream(session.find(UserEntity.class, Query.select().order("USER_KEY ASC")))
                .map(Users::account).toList();
    }

    /** People whose username or display name contains {@code text}, in any case, by key. */
    public List<Account> search(String text, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        String pattern = "%" + escapeLike(text.strip().toLowerCase(Locale.ROOT)) + "%";
        return Arrays.stream(session.find(UserEntity.class, Query.select()
                        .where("USER_KEY LIKE ? OR LOWER_DISPLAY_NAME LIKE ?", pattern, pattern)
                        .order("USER_KEY ASC").limit(limit)))
                .map(Users::account).toList();
    }

    public boolean isGlobalAdmin(String userKey) {
        return find(userKey).map(Account::globalAdmin).orElse(false);
    }

    /**
     * Sets a new password (an admin's reset, or a user's change after {@link #signIn}); also gives a
     * login to a person who had none, and forgets earlier failed logins.
     *
     * @return false when there is no such user
     * @throws org.saleskpi.core.validation.InvalidInputException naming {@code password}
     */
    public boolean setPassword(String username, String password) {
        Validator check = new Validator();
        checkPassword(check, "password", password);
        check.throwIfInvalid();
        String hash = hasher.encode(password);
        // Retried: a failed login of the same user may be counted at the same moment.
        boolean set = writeRow(keyOf(username), () -> row(username).map(user -> {
            user.setPasswordHash(hash);
            user.setFailedLogins(0);
            user.setLastFailedAt(0);
            user.save();
            return true;
        }).orElse(false));
        // A person given a password can now sign in.
        recent.forgetAll();
        // The new hash already voids the remembered password; forgetting it also frees the memory.
        verified.forget(keyOf(username));
        return set;
    }

    /**
     * Checks a username and password, throttling a user after {@value LoginThrottle#FREE_FAILURES}
     * failures in a row. A password verified within the TTL (a minute) is not checked with BCrypt again
     * (see {@link VerifiedPasswords}); a throttled user is refused before that. A success writes
     * nothing unless earlier failures are to be forgotten; a failure is counted even when other
     * requests for the same user are counting at the same moment.
     */
    public Login signIn(String username, String password) {
        Optional<UserEntity> found = username == null ? Optional.empty() : row(username);
        boolean checkable = password != null && password.getBytes(StandardCharsets.UTF_8).length <= MAX_PASSWORD_BYTES;
        if (found.isEmpty() || found.get().getPasswordHash() == null || !checkable) {
            hasher.matches("decoy", decoyHash());
            return new Login.Refused();
        }
        UserEntity user = found.get();
        String key = user.getUserKey();
        String hash = user.getPasswordHash();
        Instant now = clock.instant();
        Optional<Duration> wait = LoginThrottle.wait(user.getFailedLogins(),
                Instant.ofEpochMilli(user.getLastFailedAt()), now);
        if (wait.isPresent()) {
            return new Login.Throttled(wait.get());
        }
        boolean matches = verified.contains(key, hash, password);
        if (!matches && hasher.matches(password, hash)) {
            verified.remember(key, hash, password);
            matches = true;
        }
        if (matches) {
            if (user.getFailedLogins() != 0 || user.getLastFailedAt() != 0) {
                forgetFailures(key);
            }
            return new Login.Accepted(account(user).ref());
        }
        if (countFailure(key, now) >= LoginThrottle.FREE_FAILURES) {
            verified.forget(key);
        }
        return new Login.Refused();
    }

    /**
     * Writes the row of user {@code key} in a transaction, after this node's other writers of it (their turn) and
     * again when the database aborted it for a writer on another node; {@code work} reads the row it changes.
     */
    private <T> T writeRow(String key, Supplier<T> work) {
        return rowTurns.inTurn(key, () -> ConcurrentWriters.inTransaction(session, work));
    }

    /** Adds one failed login to the count as it stands in the database now, and says the new count. */
    private int countFailure(String key, Instant now) {
        try {
            return writeRow(key, () -> row(key).map(user -> {
                user.setFailedLogins(user.getFailedLogins() + 1);
                user.setLastFailedAt(now.toEpochMilli());
                user.save();
                return user.getFailedLogins();
            }).orElse(0));
        } catch (RuntimeException e) {
            if (!ConcurrentWriters.lostToConcurrentWriter(e)) {
                throw e;
            }
            // Every retry lost to writers on other nodes (this node's take turns): the guess goes uncounted, which
            // the ADR accepts between nodes.
            LOG.warn("A failed login of {} could not be counted: {}", key, e.getMessage());
            return 0;
        }
    }

    private void forgetFailures(String key) {
        try {
            writeRow(key, () -> {
                row(key).filter(user -> user.getFailedLogins() != 0 || user.getLastFailedAt() != 0).ifPresent(user -> {
                    user.setFailedLogins(0);
                    user.setLastFailedAt(0);
                    user.save();
                });
                return null;
            });
        } catch (RuntimeException e) {
            if (!ConcurrentWriters.lostToConcurrentWriter(e)) {
                throw e;
            }
            // The password was right; the old count stays until the next success resets it.
            LOG.warn("The failed logins of {} could not be reset: {}", key, e.getMessage());
        }
    }

    /**
     * On the first start, creates the global administrator {@code admin}. Its password is
     * {@code passwordFromEnv} when given; otherwise a generated one, shown once on {@code console}
     * and written to {@code <dataDir>/initial-admin-password}, readable by the owner only. Later
     * starts, which find a global administrator or a user {@code admin}, do nothing.
     *
     * @return true when this start created the administrator
     */
    public boolean ensureAdmin(Optional<String> passwordFromEnv, Path dataDir, PrintStream console) {
        if (row(ADMIN).isPresent()
                || session.count(UserEntity.class, Query.select().where("GLOBAL_ADMIN = ?", true)) > 0) {
            return false;
        }
        String password = passwordFromEnv.filter(p -> !p.isEmpty()).orElseGet(() -> Secrets.password(24));
        try {
            create(ADMIN, password, "Administrator", true);
        } catch (UsernameTakenException e) {
            return false; // another node started at the same moment and created it
        }
        if (passwordFromEnv.filter(p -> !p.isEmpty()).isPresent()) {
            console.println("Sales KPI: created the administrator 'admin' with the password from the environment.");
        } else {
            Path file = writeOwnerOnly(dataDir.resolve(ADMIN_PASSWORD_FILE), password);
            console.println("Sales KPI: created the administrator 'admin' with the password " + password);
            console.println("Sales KPI: it is also in " + file + " (readable by you only); it will not be shown again.");
        }
        return true;
    }

    /**
     * The key of the person a CSV names, by username or display name in any case; an unknown name
     * becomes a new person without a login, keyed by the name made username-safe.
     */
    public String personFor(String displayNameOrUsername) {
        if (displayNameOrUsername == null || displayNameOrUsername.isBlank()) {
            throw new IllegalArgumentException("a person needs a name");
        }
        String name = displayNameOrUsername.strip();
        Optional<UserEntity> known = row(name).or(() -> byDisplayName(name));
        if (known.isPresent()) {
            return known.get().getUserKey();
        }
        String base = usernameFrom(name);
        for (int n = 1; ; n++) {
            String suffix = n == 1 ? "" : "-" + n;
            String candidate = base.substring(0, Math.min(base.length(), MAX_USERNAME - suffix.length())) + suffix;
            if (row(candidate).isEmpty()) {
                try {
                    return insert(candidate, name, null, false).key();
                } catch (UsernameTakenException e) {
                    Optional<UserEntity> raced = byDisplayName(name);
                    if (raced.isPresent()) {
                        return raced.get().getUserKey();
                    }
                }
            }
        }
    }

    /**
     * A person without a login under a chosen username (the demo's reps), created when missing;
     * an existing user keeps their name and password.
     */
    public String person(String username, String displayName) {
        Optional<Account> known = find(username);
        if (known.isPresent()) {
            return known.get().key();
        }
        try {
            return insert(username, displayName, null, false).key();
        } catch (UsernameTakenException e) {
            return keyOf(username);
        }
    }

    /** The key of the person a CSV names, by username or display name in any case, if there is one; creates none. */
    @Override
    public Optional<String> knownKey(String nameInCsv) {
        if (nameInCsv == null || nameInCsv.isBlank()) {
            return Optional.empty();
        }
        String name = nameInCsv.strip();
        return row(name).or(() -> byDisplayName(name)).map(UserEntity::getUserKey);
    }

    /** The CSV import's {@code PersonResolver}: same as {@link #personFor}. */
    @Override
    public String userKeyFor(String nameInCsv) {
        return personFor(nameInCsv);
    }

    public static String keyOf(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    static void checkUsername(Validator check, String username) {
        check.check(username != null && USERNAME.matcher(username).matches(), "username", "saleskpi.user.username.invalid",
                "username must be 1 to " + MAX_USERNAME + " letters, digits or . _ @ -", MAX_USERNAME);
    }

    static void checkPassword(Validator check, String field, String password) {
        check.check(password != null && password.length() >= MIN_PASSWORD, field, "saleskpi.user.password.short",
                field + " must be at least " + MIN_PASSWORD + " characters.", MIN_PASSWORD);
        check.check(password == null || password.getBytes(StandardCharsets.UTF_8).length <= MAX_PASSWORD_BYTES, field,
                "saleskpi.user.password.long", field + " must be at most " + MAX_PASSWORD_BYTES + " bytes.",
                MAX_PASSWORD_BYTES);
    }

    private Account insert(String username, String displayName, String passwordHash, boolean globalAdmin) {
        String key = keyOf(username);
        if (row(key).isPresent()) {
            throw new UsernameTakenException(username);
        }
        Map<String, Object> values = new HashMap<>();
        values.put("USER_KEY", key);
        values.put("USERNAME", username);
        values.put("DISPLAY_NAME", displayName);
        values.put("LOWER_DISPLAY_NAME", displayName.toLowerCase(Locale.ROOT));
        values.put("PASSWORD_HASH", passwordHash);
        values.put("GLOBAL_ADMIN", globalAdmin);
        values.put("FAILED_LOGINS", 0);
        values.put("LAST_FAILED_AT", 0L);
        values.put("CREATED_AT", clock.millis());
        try {
            return account(session.inTransaction(() -> session.create(UserEntity.class, values)));
        } catch (StoreException e) {
            if (row(key).isPresent()) {
                throw new UsernameTakenException(username); // lost a race on the unique key
            }
            throw e;
        }
    }

    /** How many account lookups read the database (tests count them). */
    long databaseReads() {
        return recent.databaseReads();
    }

    private Optional<UserEntity> row(String username) {
        UserEntity[] rows = session.find(UserEntity.class, Query.select().where("USER_KEY = ?", keyOf(username)));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private Optional<UserEntity> byDisplayName(String name) {
        UserEntity[] rows = session.find(UserEntity.class, Query.select()
                .where("LOWER_DISPLAY_NAME = ?", name.toLowerCase(Locale.ROOT)).order("ID ASC").limit(1));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    /** "Anna Müller" becomes {@code anna.m.ller}: every run of other characters is one dot. */
    private static String usernameFrom(String name) {
        String safe = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._@-]+", ".").replaceAll("^\\.+|\\.+$", "");
        safe = safe.isEmpty() ? "person" : safe;
        return safe.substring(0, Math.min(safe.length(), MAX_USERNAME));
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Path writeOwnerOnly(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            try {
                // Created with its mode, so there is no moment in which others may read it.
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(file); // not a POSIX file system (Windows): the user's folder protects it
            } catch (FileAlreadyExistsException e) {
                throw new IllegalStateException(file + " appeared while it was being written", e);
            }
            Files.writeString(file, text + System.lineSeparator(), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static Account account(UserEntity row) {
        return new Account(row.getUserKey(), row.getUsername(), row.getDisplayName(), row.isGlobalAdmin(),
                row.getPasswordHash() != null, Instant.ofEpochMilli(row.getCreatedAt()));
    }
}
