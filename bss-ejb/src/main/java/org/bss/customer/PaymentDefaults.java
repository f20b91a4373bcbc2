package org.bss.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Set;
import org.bss.account.PaymentType;

/** The payment types a seller offers every new customer (table customer_payment_default; no row: none). */
@Entity
@Table(name = "customer_payment_default")
public class PaymentDefaults {

    @Id
    @Column(name = "supplier_key")
    private long supplierKey;

    @Column(name = "payment_types", length = 100)
    private String paymentTypes;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected PaymentDefaults() {}

    PaymentDefaults(long supplierKey) {
        this.supplierKey = supplierKey;
    }

    Set<PaymentType> types() {
        return PaymentType.fromStored(paymentTypes);
    }

    void setTypes(Set<PaymentType> types) {
        this.paymentTypes = PaymentType.toStored(types);
    }
}
