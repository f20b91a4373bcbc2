package org.bss.billing.discount;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import org.bss.account.SupplierCustomerKey;
import org.bss.common.persistence.InstantConverter;

/**
 * The discount a supplier grants one of its customers (table customer_discount): a percentage of the net amount,
 * valid from {@code begin} (inclusive) to {@code end} (exclusive, null: open-ended). Checked by {@link DiscountRules}.
 */
@Entity
@Table(name = "customer_discount")
@IdClass(SupplierCustomerKey.class)
public class CustomerDiscount {

    @Id
    @Column(name = "supplier_key")
    private long supplierKey;

    @Id
    @Column(name = "customer_key")
    private long customerKey;

    @Column(name = "discount_percent", nullable = false, precision = 5, scale = 2)
    private BigDecimal percent;

    @Convert(converter = InstantConverter.class)
    @Column(name = "begin_at", nullable = false)
    private Instant begin;

    @Convert(converter = InstantConverter.class)
    @Column(name = "end_at")
    private Instant end;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected CustomerDiscount() {}

    CustomerDiscount(long supplierKey, long customerKey, DiscountTerms terms) {
        this.supplierKey = supplierKey;
        this.customerKey = customerKey;
        change(terms);
    }

    final void change(DiscountTerms terms) {
        DiscountTerms checked = DiscountRules.check(terms);
        this.percent = checked.percent();
        this.begin = checked.begin();
        this.end = checked.end();
    }

    public long getSupplierKey() {
        return supplierKey;
    }

    public long getCustomerKey() {
        return customerKey;
    }

    public DiscountTerms terms() {
        return new DiscountTerms(percent, begin, end);
    }

    public int getVersion() {
        return version;
    }
}
