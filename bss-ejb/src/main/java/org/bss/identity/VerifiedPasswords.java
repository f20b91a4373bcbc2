package org.bss.identity;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Memo of recent successful password verifications, so that a caller who logs in with every call (SOAP BASIC, the
 * CLI) pays PBKDF2 once per {@link #LIFETIME} instead of once per call (ADR 0007). It holds neither passwords nor
 * hashes: an entry is HMAC-SHA256(node secret, user key, password, stored hash) and its expiry. A hit proves that
 * this password matched this very stored hash a short time ago on this node; a changed or reset password (new hash,
 * new salt), whoever wrote it, misses at once on every node without any invalidation message. Lock, roles and
 * organization are read from the user row on every login ({@link CredentialChecker}), and only successes are
 * remembered, so a wrong password always costs the full verification and is counted.
 * <p>
 * Bounded ({@link #CAPACITY} entries, the eldest dropped first) and short-lived; the secret is random per node and
 * start, so a digest is worthless elsewhere and the memo starts empty after a restart or redeploy.
 */
@ApplicationScoped
public class VerifiedPasswords {

    public static final int CAPACITY = 10_000;
    public static final Duration LIFETIME = Duration.ofMinutes(5);
    private static final String MAC = "HmacSHA256";

    /** The 256-bit digest as four longs: a compact, immutable map key. */
    private record Digest(long a, long b, long c, long d) {
        static Digest of(byte[] bytes) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            return new Digest(buffer.getLong(), buffer.getLong(), buffer.getLong(), buffer.getLong());
        }
    }

    private final SecretKeySpec secret;
    private final int capacity;
    private final long lifetimeNanos;
    private final LongSupplier nanoTime;
    /** Digest to expiry (nanoTime); insertion order, so the eldest entry is the one dropped. */
    private final Map<Digest, Long> expiries;

    public VerifiedPasswords() {
        this(CAPACITY, LIFETIME, System::nanoTime);
    }

    VerifiedPasswords(int capacity, Duration lifetime, LongSupplier nanoTime) {
        if (capacity < 1 || lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("capacity and lifetime must be positive");
        }
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        this.secret = new SecretKeySpec(key, MAC);
        this.capacity = capacity;
        this.lifetimeNanos = lifetime.toNanos();
        this.nanoTime = nanoTime;
        this.expiries = new LinkedHashMap<>(64, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Digest, Long> eldest) {
                return size() > VerifiedPasswords.this.capacity;
            }
        };
    }

    /** Whether {@code password} was verified against {@code storedHash} of the user within the lifetime. */
    public boolean contains(long userKey, String password, String storedHash) {
        if (password == null || storedHash == null) {
            return false;
        }
        Digest digest = Digest.of(digest(userKey, password, storedHash));
        long now = nanoTime.getAsLong();
        synchronized (expiries) {
            Long expiry = expiries.get(digest);
            if (expiry == null) {
                return false;
            }
            if (now - expiry >= 0) {
                expiries.remove(digest);
                return false;
            }
            return true;
        }
    }

    /** Remembers that {@code password} was just verified against {@code storedHash} (call only after a success). */
    public void add(long userKey, String password, String storedHash) {
        if (password == null || storedHash == null) {
            return;
        }
        Digest digest = Digest.of(digest(userKey, password, storedHash));
        long expiry = nanoTime.getAsLong() + lifetimeNanos;
        synchronized (expiries) {
            expiries.remove(digest); // re-inserted as the youngest
            expiries.put(digest, expiry);
        }
    }

    /** Entries held (expired ones included until they are looked up or pushed out). */
    public int size() {
        synchronized (expiries) {
            return expiries.size();
        }
    }

    /** HMAC-SHA256(node secret, user key ‖ length ‖ password ‖ length ‖ stored hash): the only form a password is kept in. */
    byte[] digest(long userKey, String password, String storedHash) {
        byte[] pw = password.getBytes(StandardCharsets.UTF_8);
        byte[] hash = storedHash.getBytes(StandardCharsets.UTF_8);
        ByteBuffer input = ByteBuffer.allocate(Long.BYTES + 2 * Integer.BYTES + pw.length + hash.length)
                .putLong(userKey)
                .putInt(pw.length)
                .put(pw)
                .putInt(hash.length)
                .put(hash);
        try {
            Mac mac = Mac.getInstance(MAC);
            mac.init(secret);
            return mac.doFinal(input.array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(MAC + " unavailable", e);
        } finally {
            Arrays.fill(input.array(), (byte) 0);
            Arrays.fill(pw, (byte) 0);
        }
    }
}
