package org.bss.identity;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.spec.KeySpec;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted, slow password hash (SEC-3): PBKDF2WithHmacSHA256, 16-byte random salt, 256-bit output.
 * The encoded form describes itself so the iteration count can grow later without breaking stored hashes:
 * {@code pbkdf2-sha256$<iterations>$<base64 salt>$<base64 hash>}.
 */
public final class PasswordHash {

    public static final String ALGORITHM_ID = "pbkdf2-sha256";
    public static final int ITERATIONS = 210_000;
    /**
     * Iterations for passwords the platform generates (initial, reset): they carry about 70 bits of entropy, so key
     * stretching adds nothing there, while 210,000 iterations would make a 10,000-user import take half an hour.
     * The user's own password, set at the forced change, gets {@link #ITERATIONS} (ADR 0005).
     */
    public static final int GENERATED_ITERATIONS = 1_000;

    public static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHash() {}

    /** Hashes a password with a fresh random salt. */
    public static String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return encode(ITERATIONS, salt, derive(password, salt, ITERATIONS));
    }

    /** Hashes a password the platform generated with enough entropy (see {@link #GENERATED_ITERATIONS}). */
    public static String hashGenerated(String randomPassword) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return encode(GENERATED_ITERATIONS, salt, derive(randomPassword, salt, GENERATED_ITERATIONS));
    }

    /** True when {@code password} matches the encoded hash; false for a null, foreign or damaged hash. */
    public static boolean verify(String password, String encoded) {
        if (password == null || encoded == null) {
            return false;
        }
        String[] parts = encoded.split("\\$", -1);
        if (parts.length != 4 || !ALGORITHM_ID.equals(parts[0])) {
            return false;
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            if (iterations < 1 || salt.length == 0 || expected.length == 0) {
                return false;
            }
            byte[] actual = derive(password, salt, iterations, expected.length * 8);
            return MessageDigest.isEqual(expected, actual); // constant time
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The iteration count stored in an encoded hash, or -1 when it is not one of ours. */
    public static int iterationsOf(String encoded) {
        String[] parts = encoded == null ? new String[0] : encoded.split("\\$", -1);
        try {
            return parts.length == 4 && ALGORITHM_ID.equals(parts[0]) ? Integer.parseInt(parts[1]) : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static String encode(int iterations, byte[] salt, byte[] hash) {
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return ALGORITHM_ID + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    static byte[] derive(String password, byte[] salt, int iterations) {
        return derive(password, salt, iterations, HASH_BITS);
    }

    private static byte[] derive(String password, byte[] salt, int iterations, int bits) {
        Objects.requireNonNull(password, "password");
        KeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, bits);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(spec)
                    .getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 unavailable", e);
        }
    }

    /** Prints the hash of the given password (used once to write the bootstrap migration). */
    public static void main(String[] args) {
        System.out.println(
                hash(args.length > 0 ? args[0] : new String(System.console().readPassword("Password: "))));
    }
}
