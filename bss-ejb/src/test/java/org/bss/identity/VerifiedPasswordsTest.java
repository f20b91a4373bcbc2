package org.bss.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class VerifiedPasswordsTest {

    private static final String HASH =
            "pbkdf2-sha256$210000$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g";
    private static final String OTHER_HASH =
            "pbkdf2-sha256$210000$b3RoZXJzYWx0b3RoZXJzYQ$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g";

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final VerifiedPasswords memo = new VerifiedPasswords(3, Duration.ofMinutes(5), now::get);

    @Test
    void remembersAVerifiedPasswordForItsUserAndHash() {
        memo.add(42, "secret", HASH);

        assertThat(memo.contains(42, "secret", HASH)).isTrue();
        assertThat(memo.contains(42, "Secret", HASH)).as("another password").isFalse();
        assertThat(memo.contains(43, "secret", HASH)).as("another user").isFalse();
        assertThat(memo.contains(42, "secret", OTHER_HASH))
                .as("the stored hash changed (password change or reset)")
                .isFalse();
    }

    @Test
    void forgetsAfterTheLifetime() {
        memo.add(42, "secret", HASH);

        now.addAndGet(Duration.ofMinutes(5).minusNanos(1).toNanos());
        assertThat(memo.contains(42, "secret", HASH)).isTrue();
        now.addAndGet(1);
        assertThat(memo.contains(42, "secret", HASH)).isFalse();
        assertThat(memo.size()).as("the expired entry is dropped").isZero();
    }

    @Test
    void aNewVerificationStartsANewLifetime() {
        memo.add(42, "secret", HASH);
        now.addAndGet(Duration.ofMinutes(4).toNanos());
        memo.add(42, "secret", HASH);
        now.addAndGet(Duration.ofMinutes(4).toNanos());

        assertThat(memo.contains(42, "secret", HASH)).isTrue();
        assertThat(memo.size()).isOne();
    }

    @Test
    void holdsAtMostItsCapacityDroppingTheEldest() {
        for (long user = 1; user <= 4; user++) {
            memo.add(user, "pw" + user, HASH);
        }

        assertThat(memo.size()).isEqualTo(3);
        assertThat(memo.contains(1, "pw1", HASH)).isFalse();
        assertThat(memo.contains(2, "pw2", HASH)).isTrue();
        assertThat(memo.contains(3, "pw3", HASH)).isTrue();
        assertThat(memo.contains(4, "pw4", HASH)).isTrue();
    }

    @Test
    void keepsOnlyAKeyedDigestNeverThePassword() {
        String password = "a-long-password-to-look-for";
        byte[] digest = memo.digest(42, password, HASH);

        assertThat(digest).hasSize(32);
        assertThat(new String(digest, StandardCharsets.ISO_8859_1))
                .doesNotContain(password)
                .doesNotContain("password");
        assertThat(digest).as("same input, same key").isEqualTo(memo.digest(42, password, HASH));
        assertThat(new VerifiedPasswords().digest(42, password, HASH))
                .as("the secret differs per node and start")
                .isNotEqualTo(digest);
        // the input is framed by lengths: moving characters between password and hash gives another key
        assertThat(memo.digest(42, "ab", "c" + HASH)).isNotEqualTo(memo.digest(42, "abc", HASH));
    }

    @Test
    void missingPasswordOrHashIsNeverRemembered() {
        memo.add(42, null, HASH);
        memo.add(42, "secret", null);

        assertThat(memo.size()).isZero();
        assertThat(memo.contains(42, null, HASH)).isFalse();
        assertThat(memo.contains(42, "secret", null)).isFalse();
    }

    @Test
    void refusesANonsenseConfiguration() {
        assertThatThrownBy(() -> new VerifiedPasswords(0, Duration.ofMinutes(1), System::nanoTime))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new VerifiedPasswords(10, Duration.ZERO, System::nanoTime))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
