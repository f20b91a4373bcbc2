package org.bss.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.bss.common.persistence.InstantConverter;

/**
 * One state of a price model and when it took effect (table price_model_history): written once, never changed. The
 * billing engine's input is built from these rows.
 */
@Entity
@Table(name = "price_model_history")
public class PriceModelVersion {

    @Id
    @SequenceGenerator(name = "price_model_history_seq", sequenceName = "price_model_history_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "price_model_history_seq")
    @Column(name = "history_key")
    private long key;

    @Column(name = "pm_key", nullable = false, updatable = false)
    private long priceModelKey;

    @Convert(converter = InstantConverter.class)
    @Column(name = "valid_from", nullable = false, updatable = false)
    private Instant validFrom;

    @Column(name = "terms", nullable = false, updatable = false)
    private String terms;

    protected PriceModelVersion() {}

    PriceModelVersion(ServicePriceModel priceModel, Instant validFrom) {
        this.priceModelKey = priceModel.getKey();
        this.validFrom = validFrom;
        this.terms = priceModel.document();
    }

    public long getKey() {
        return key;
    }

    public long getPriceModelKey() {
        return priceModelKey;
    }

    public Instant getValidFrom() {
        return validFrom;
    }

    public PriceModelTerms terms() {
        return PriceModelDocuments.read(terms);
    }
}
