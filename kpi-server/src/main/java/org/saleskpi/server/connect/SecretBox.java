package org.saleskpi.server.connect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Secrets at rest (Jira API tokens, personal access tokens), sealed with AES-256-GCM under a key kept outside the
 * database: the environment variable {@value #KEY_VARIABLE} (32 bytes in base64), else the file
 * {@code <data directory>/}{@value #KEY_FILE}, created on the first seal with POSIX mode 600. A stolen database
 * alone gives no token back. A sealed value is base64 text of {@code version (1 byte) | nonce (12) | ciphertext
 * and tag (16)}; the version and the secret's {@code purpose} ("connection 3") are authenticated with it, so a
 * changed byte, or a value copied to another row, fails to open instead of giving a wrong token.
 */
public final class SecretBox {
    /** The environment variable that holds the key, for hosts that keep keys out of files (and for several nodes). */
    public static final String KEY_VARIABLE = "SALESKPI_SECRET_KEY";
    /** The key file's name in the data directory. */
    public static final String KEY_FILE = "secret.key";

    private static final byte VERSION = 1;
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String CIPHER = "AES/GCM/NoPadding";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE);

    private final Path keyFile;
    private final String source;
    private SecretKey key;

    private SecretBox(SecretKey key, Path keyFile, String source) {
        this.key = key;
        this.keyFile = keyFile;
        this.source = source;
    }

    /**
     * The box of a server: its key from {@value #KEY_VARIABLE} when set, else from the data directory's key file,
     * which the first {@link #seal} creates when missing.
     *
     * @throws InvalidKeyException when the variable or the file holds no 32-byte key, or the file may be read by
     *     other users: the server refuses to start rather than run with a key it cannot trust
     */
    public static SecretBox load(Path dataDir, Map<String, String> environment) {
        String variable = environment.get(KEY_VARIABLE);
        if (variable != null && !variable.isBlank()) {
            return new SecretBox(key(decode(variable.strip(), "The environment variable " + KEY_VARIABLE)), null,
                    "the environment variable " + KEY_VARIABLE);
        }
        Path file = dataDir.toAbsolutePath().resolve(KEY_FILE);
        SecretKey key = Files.exists(file) ? readKeyFile(file) : null;
        return new SecretBox(key, file, "the file " + file);
    }

    /** A box over a given key, for tests. */
    static SecretBox ofKey(byte[] key) {
        return new SecretBox(key(key), null, "a key given in code");
    }

    /** Where the key comes from, for the start-up log: never the key itself. */
    public String keySource() {
        return source;
    }

    /** The secret sealed for {@code purpose}: base64 text, different at every call (a fresh nonce). */
    public String seal(String secret, String purpose) {
        Objects.requireNonNull(secret, "secret");
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed;
        try {
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(Cipher.ENCRYPT_MODE, keyForSealing(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(purpose));
            sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JDK", e);
        }
        ByteBuffer value = ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length);
        value.put(VERSION).put(nonce).put(sealed);
        return Base64.getEncoder().encodeToString(value.array());
    }

    /**
     * The secret {@link #seal} sealed for the same {@code purpose}.
     *
     * @throws UnreadableSecretException when the value was changed, belongs to another purpose, or was sealed
     *     under another key (the key file was replaced, or the variable changed)
     */
    public String unseal(String sealed, String purpose) {
        byte[] value;
        try {
            value = Base64.getDecoder().decode(sealed);
        } catch (IllegalArgumentException e) {
            throw new UnreadableSecretException(purpose, "it is not base64");
        }
        if (value.length < 1 + NONCE_BYTES + TAG_BITS / 8 || value[0] != VERSION) {
            throw new UnreadableSecretException(purpose, "its format is unknown");
        }
        SecretKey current = keyForOpening(purpose);
        try {
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(Cipher.DECRYPT_MODE, current, new GCMParameterSpec(TAG_BITS, value, 1, NONCE_BYTES));
            cipher.updateAAD(associatedData(purpose));
            byte[] plain = cipher.doFinal(value, 1 + NONCE_BYTES, value.length - 1 - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new UnreadableSecretException(purpose, "it was changed, or sealed with another key than "
                    + source + " holds");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JDK", e);
        }
    }

    private static byte[] associatedData(String purpose) {
        byte[] text = Objects.requireNonNull(purpose, "purpose").getBytes(StandardCharsets.UTF_8);
        byte[] data = new byte[1 + text.length];
        data[0] = VERSION;
        System.arraycopy(text, 0, data, 1, text.length);
        return data;
    }

    private synchronized SecretKey keyForSealing() {
        if (key == null) {
            key = Files.exists(keyFile) ? readKeyFile(keyFile) : createKeyFile(keyFile);
        }
        return key;
    }

    private synchronized SecretKey keyForOpening(String purpose) {
        if (key == null) {
            if (!Files.exists(keyFile)) {
                throw new UnreadableSecretException(purpose, "the key file " + keyFile + " is gone");
            }
            key = readKeyFile(keyFile);
        }
        return key;
    }

    /**
     * A new random key in a file only its owner may read: written to a temporary file created with mode 600 in
     * the same folder, then moved in place, so no reader ever sees a half-written key or a wider mode.
     */
    private static SecretKey createKeyFile(Path file) {
        byte[] bytes = new byte[KEY_BYTES];
        RANDOM.nextBytes(bytes);
        Path folder = file.getParent();
        try {
            Files.createDirectories(folder);
            boolean posix = Files.getFileAttributeView(folder, PosixFileAttributeView.class) != null;
            FileAttribute<?>[] ownerOnly = posix
                    ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                    : new FileAttribute<?>[0];
            Path written = Files.createTempFile(folder, ".secret", ".tmp", ownerOnly);
            try {
                if (posix) {
                    Files.setPosixFilePermissions(written, OWNER_ONLY);
                }
                Files.writeString(written, Base64.getEncoder().encodeToString(bytes) + "\n", StandardCharsets.US_ASCII);
                Files.move(written, file, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(written);
            }
        } catch (FileAlreadyExistsException e) {
            return readKeyFile(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the key file " + file + ": " + e.getMessage(), e);
        }
        SecretKey key = key(bytes);
        Arrays.fill(bytes, (byte) 0);
        return key;
    }

    private static SecretKey readKeyFile(Path file) {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        try {
            if (view != null) {
                Set<PosixFilePermission> mode = view.readAttributes().permissions();
                if (!OWNER_ONLY.containsAll(mode)) {
                    throw new InvalidKeyException("The key file " + file + " may be read or changed by other users"
                            + " (mode " + PosixFilePermissions.toString(mode) + "). Make it the server user's alone:"
                            + " chmod 600 " + file);
                }
            }
            return key(decode(Files.readString(file, StandardCharsets.US_ASCII).strip(), "The key file " + file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the key file " + file + ": " + e.getMessage(), e);
        }
    }

    private static byte[] decode(String base64, String where) {
        byte[] bytes;
        try {
            // Standard or URL-safe alphabet, padded or not: what `openssl rand -base64 32` and most tools print.
            bytes = Base64.getDecoder().decode(base64.replace('-', '+').replace('_', '/'));
        } catch (IllegalArgumentException e) {
            bytes = new byte[0];
        }
        if (bytes.length != KEY_BYTES) {
            throw new InvalidKeyException(where + " holds no 32-byte key in base64 (make one with"
                    + " `openssl rand -base64 32`).");
        }
        return bytes;
    }

    private static SecretKey key(byte[] bytes) {
        if (bytes.length != KEY_BYTES) {
            throw new InvalidKeyException("An AES-256 key has 32 bytes, not " + bytes.length + ".");
        }
        return new SecretKeySpec(bytes, "AES");
    }

    /** The key cannot be trusted or read: the server does not start with it. The message never holds the key. */
    public static final class InvalidKeyException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        InvalidKeyException(String message) {
            super(message);
        }
    }

    /** A sealed secret that does not open; the message names its purpose and why, never any secret. */
    public static final class UnreadableSecretException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        UnreadableSecretException(String purpose, String why) {
            super("The secret of " + purpose + " cannot be read: " + why + ".");
        }
    }
}
