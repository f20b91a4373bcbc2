package org.bss.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PasswordHashTest {

    /** The hash stored for the bootstrap administrator in V1__foundation.sql. */
    static final String ADMIN_HASH =
            "pbkdf2-sha256$210000$Fb8XX495QBdn8eDyCIXuxg$roYq31GvieD6Bvyupuj/8+lCUym6Y5OnAx/sHWtoEao";

    @Test
    void verifiesTheRightPassword() {
        String hash = PasswordHash.hash("s3cret-Pässwörd");
        assertThat(PasswordHash.verify("s3cret-Pässwörd", hash)).isTrue();
    }

    @Test
    void refusesWrongPasswords() {
        String hash = PasswordHash.hash("secret");
        assertThat(PasswordHash.verify("Secret", hash)).isFalse();
        assertThat(PasswordHash.verify("secret ", hash)).isFalse();
        assertThat(PasswordHash.verify("", hash)).isFalse();
        assertThat(PasswordHash.verify(null, hash)).isFalse();
    }

    @Test
    void encodedFormDescribesItself() {
        String hash = PasswordHash.hash("secret");
        String[] parts = hash.split("\\$", -1);
        assertThat(parts).hasSize(4);
        assertThat(parts[0]).isEqualTo("pbkdf2-sha256");
        assertThat(Integer.parseInt(parts[1])).isGreaterThanOrEqualTo(210_000);
        assertThat(Base64.getDecoder().decode(parts[2])).hasSize(16);
        assertThat(Base64.getDecoder().decode(parts[3])).hasSize(32);
        assertThat(PasswordHash.iterationsOf(hash)).isEqualTo(PasswordHash.ITERATIONS);
        assertThat(hash).doesNotContain("secret");
    }

    @Test
    void saltIsRandomPerHash() {
        Set<String> salts = new HashSet<>();
        Set<String> hashes = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            String h = PasswordHash.hash("same");
            salts.add(h.split("\\$", -1)[2]);
            hashes.add(h);
        }
        assertThat(salts).hasSize(5);
        assertThat(hashes).hasSize(5);
    }

    @Test
    void honoursTheIterationsStoredInTheHash() {
        byte[] salt = new byte[16];
        String cheap = PasswordHash.encode(1000, salt, PasswordHash.derive("pw", salt, 1000));
        assertThat(PasswordHash.verify("pw", cheap)).isTrue();
        assertThat(PasswordHash.iterationsOf(cheap)).isEqualTo(1000);
    }

    @Test
    void damagedOrForeignHashesNeverMatch() {
        assertThat(PasswordHash.verify("pw", null)).isFalse();
        assertThat(PasswordHash.verify("pw", "")).isFalse();
        assertThat(PasswordHash.verify("pw", "pw")).isFalse();
        assertThat(PasswordHash.verify("pw", "md5$1$AAAA$BBBB")).isFalse();
        assertThat(PasswordHash.verify("pw", "pbkdf2-sha256$x$AAAA$BBBB")).isFalse();
        assertThat(PasswordHash.verify("pw", "pbkdf2-sha256$0$AAAA$BBBB")).isFalse();
        assertThat(PasswordHash.verify("pw", "pbkdf2-sha256$1000$!!$BBBB")).isFalse();
        assertThat(PasswordHash.iterationsOf("nonsense")).isEqualTo(-1);
    }

    @Test
    void bootstrapAdministratorHashIsAdmin123() {
        assertThat(PasswordHash.verify("admin123", ADMIN_HASH)).isTrue();
        assertThat(PasswordHash.verify("admin1234", ADMIN_HASH)).isFalse();
    }
}
