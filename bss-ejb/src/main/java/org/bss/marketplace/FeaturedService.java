package org.bss.marketplace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A service the owner features on its marketplace's landing page, at a position (table featured_service). */
@Entity
@Table(name = "featured_service")
@IdClass(FeaturedService.Id.class)
public class FeaturedService {

    @jakarta.persistence.Id
    @Column(name = "marketplace_key")
    private long marketplaceKey;

    @jakarta.persistence.Id
    @Column(name = "service_key")
    private long serviceKey;

    @Column(name = "position")
    private int position;

    protected FeaturedService() {}

    FeaturedService(long marketplaceKey, long serviceKey, int position) {
        this.marketplaceKey = marketplaceKey;
        this.serviceKey = serviceKey;
        this.position = position;
    }

    public long getServiceKey() {
        return serviceKey;
    }

    public int getPosition() {
        return position;
    }

    /** The primary key: marketplace and service. */
    public record Id(long marketplaceKey, long serviceKey) implements Serializable {
        public Id() {
            this(0, 0);
        }
    }
}
