package org.bss.config;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.bss.common.persistence.InstantConverter;

/** A currency the platform supports (CFG-4, table supported_currency). */
@Entity
@Table(name = "supported_currency")
public class SupportedCurrency {

    @Id
    @Column(name = "currency_code", length = 3)
    private String code;

    @Convert(converter = InstantConverter.class)
    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected SupportedCurrency() {}

    public SupportedCurrency(String code, Instant addedAt) {
        this.code = code;
        this.addedAt = addedAt;
    }

    public String getCode() {
        return code;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}
