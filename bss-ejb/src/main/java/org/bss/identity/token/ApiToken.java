package org.bss.identity.token;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.bss.common.persistence.InstantConverter;

/** Row of {@code api_token}: the one active token pair of a user (API-3). */
@Entity
@Table(name = "api_token")
class ApiToken {

    @Id
    @Column(name = "user_key")
    private long userKey;

    /** Null for a pair written by a release before V9 (no family, no reuse detection). */
    @Column(name = "family_id", length = 64)
    private String family;

    @Column(name = "access_jti", nullable = false, length = 64)
    private String accessJti;

    @Convert(converter = InstantConverter.class)
    @Column(name = "access_expires_at", nullable = false)
    private Instant accessExpiresAt;

    @Column(name = "refresh_jti", nullable = false, length = 64)
    private String refreshJti;

    @Convert(converter = InstantConverter.class)
    @Column(name = "refresh_expires_at", nullable = false)
    private Instant refreshExpiresAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ApiToken() {}

    ApiToken(long userKey) {
        this.userKey = userKey;
    }

    void set(ActiveTokens t) {
        family = t.family();
        accessJti = t.accessJti();
        accessExpiresAt = t.accessExpiresAt();
        refreshJti = t.refreshJti();
        refreshExpiresAt = t.refreshExpiresAt();
        issuedAt = t.issuedAt();
    }

    ActiveTokens toActiveTokens() {
        return new ActiveTokens(userKey, family, accessJti, accessExpiresAt, refreshJti, refreshExpiresAt, issuedAt);
    }
}
