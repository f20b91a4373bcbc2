package org.bss.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.bss.common.persistence.InstantConverter;

/** What a service charges now (table price_model); each state it takes is also kept in {@link PriceModelVersion}. */
@Entity
@Table(name = "price_model")
public class ServicePriceModel {

    @Id
    @SequenceGenerator(name = "price_model_seq", sequenceName = "price_model_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "price_model_seq")
    @Column(name = "pm_key")
    private long key;

    @Column(name = "service_key", nullable = false)
    private long serviceKey;

    @Column(name = "terms", nullable = false)
    private String terms;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    @Convert(converter = InstantConverter.class)
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ServicePriceModel() {}

    ServicePriceModel(long serviceKey, PriceModelTerms terms, Instant now) {
        this.serviceKey = serviceKey;
        change(terms, now);
    }

    /** Takes new terms; the caller records the new state in the history. */
    final void change(PriceModelTerms newTerms, Instant now) {
        this.terms = PriceModelDocuments.write(newTerms);
        this.updatedAt = now;
    }

    public PriceModelTerms terms() {
        return PriceModelDocuments.read(terms);
    }

    String document() {
        return terms;
    }

    public long getKey() {
        return key;
    }

    public long getServiceKey() {
        return serviceKey;
    }

    public int getVersion() {
        return version;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
