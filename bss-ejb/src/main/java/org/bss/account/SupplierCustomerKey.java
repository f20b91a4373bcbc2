package org.bss.account;

import java.io.Serializable;
import java.util.Objects;

/** The id of a {@link SupplierCustomer}: seller and customer organization keys. */
public class SupplierCustomerKey implements Serializable {

    private static final long serialVersionUID = 1L;

    private long supplierKey;
    private long customerKey;

    public SupplierCustomerKey() {}

    public SupplierCustomerKey(long supplierKey, long customerKey) {
        this.supplierKey = supplierKey;
        this.customerKey = customerKey;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SupplierCustomerKey k && k.supplierKey == supplierKey && k.customerKey == customerKey;
    }

    @Override
    public int hashCode() {
        return Objects.hash(supplierKey, customerKey);
    }
}
