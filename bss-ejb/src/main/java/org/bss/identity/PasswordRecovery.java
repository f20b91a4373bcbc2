package org.bss.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.bss.common.persistence.InstantConverter;

/** An open "forgot password" request: the SHA-256 of the mailed token and when it expires. One per user. */
@Entity
@Table(name = "password_recovery")
public class PasswordRecovery {

    @Id
    @Column(name = "user_key")
    private long userKey;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Convert(converter = InstantConverter.class)
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected PasswordRecovery() {}

    public PasswordRecovery(long userKey, String tokenHash, Instant expiresAt) {
        this.userKey = userKey;
        this.tokenHash = tokenHash;
        this.expiresAt = expiresAt;
    }

    public long getUserKey() {
        return userKey;
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    void renew(String newTokenHash, Instant newExpiry) {
        this.tokenHash = newTokenHash;
        this.expiresAt = newExpiry;
    }
}
