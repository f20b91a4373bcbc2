package org.bss.marketplace;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One organization's publishing access to a marketplace (table marketplace_supplier). */
@Embeddable
public class SupplierAccess {

    @Column(name = "org_key", nullable = false)
    private long orgKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "publishing_access", nullable = false, length = 16)
    private PublishingAccess access;

    protected SupplierAccess() {}

    SupplierAccess(long orgKey, PublishingAccess access) {
        this.orgKey = orgKey;
        this.access = access;
    }

    long orgKey() {
        return orgKey;
    }

    PublishingAccess access() {
        return access;
    }

    void setAccess(PublishingAccess access) {
        this.access = access;
    }
}
