package org.bss.account;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Set;
import org.bss.common.persistence.InstantConverter;

/**
 * A seller's customer (table supplier_customer, ORG-2): the seller registered it or it registered itself on the
 * seller's marketplace. Holds the payment types the seller offers this customer (G.2 Manage payment types).
 */
@Entity
@Table(name = "supplier_customer")
@IdClass(SupplierCustomerKey.class)
public class SupplierCustomer {

    @Id
    @Column(name = "supplier_key")
    private long supplierKey;

    @Id
    @Column(name = "customer_key")
    private long customerKey;

    @Column(name = "marketplace_id", length = 40)
    private String marketplaceId;

    @Column(name = "payment_types", length = 100)
    private String paymentTypes;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected SupplierCustomer() {}

    SupplierCustomer(long supplierKey, long customerKey, String marketplaceId, Set<PaymentType> types, Instant now) {
        this.supplierKey = supplierKey;
        this.customerKey = customerKey;
        this.marketplaceId = marketplaceId;
        this.paymentTypes = PaymentType.toStored(types);
        this.createdAt = now;
    }

    public long getSupplierKey() {
        return supplierKey;
    }

    public long getCustomerKey() {
        return customerKey;
    }

    public String getMarketplaceId() {
        return marketplaceId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public int getVersion() {
        return version;
    }

    public Set<PaymentType> paymentTypes() {
        return PaymentType.fromStored(paymentTypes);
    }

    public void setPaymentTypes(Set<PaymentType> types) {
        this.paymentTypes = PaymentType.toStored(types);
    }
}
