package org.bss.marketplace;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.bss.common.persistence.InstantConverter;

/**
 * Where a service is on sale (table service_publication): its marketplace, and whether it shows in that marketplace's
 * catalog (the contract's "public").
 */
@Entity
@Table(name = "service_publication")
public class Publication {

    @Id
    @Column(name = "service_key")
    private long serviceKey;

    @ManyToOne(optional = false)
    @JoinColumn(name = "marketplace_key", nullable = false)
    private Marketplace marketplace;

    @Column(name = "visible", nullable = false)
    private boolean visible;

    @Convert(converter = InstantConverter.class)
    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    protected Publication() {}

    Publication(long serviceKey, Marketplace marketplace, boolean visible, Instant now) {
        this.serviceKey = serviceKey;
        move(marketplace, visible, now);
    }

    final void move(Marketplace to, boolean visibleInCatalog, Instant now) {
        this.marketplace = to;
        this.visible = visibleInCatalog;
        this.publishedAt = now;
    }

    public long getServiceKey() {
        return serviceKey;
    }

    public Marketplace getMarketplace() {
        return marketplace;
    }

    public boolean isVisible() {
        return visible;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
