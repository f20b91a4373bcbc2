package org.bss.account;

import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import org.bss.audit.AuditOperation;
import org.bss.audit.AuditPairs;

/**
 * The audit pairs of the organization operations (AUD-2, docs/audit.md), in the order of
 * {@link AuditOperation#pairs()}: the organization acted on first, then what the operation stored.
 */
public final class OrganizationAudit {

    private OrganizationAudit() {}

    /** 39000: organizationId, organizationName, organizationRoles, email, locale. */
    public static AuditPairs created(Organization org) {
        return subject(org)
                .list("organizationRoles", new TreeSet<>(org.getRoles()))
                .add("email", org.getEmail())
                .add("locale", org.getLocale());
    }

    /** 39001: organizationId, organizationName, email, locale. */
    static AuditPairs updated(Organization org) {
        return subject(org).add("email", org.getEmail()).add("locale", org.getLocale());
    }

    /** 39002, one entry per call: organizationId, organizationName, organizationRole (the roles added, comma list). */
    static AuditPairs rolesAdded(Organization org, Set<OrganizationRole> added) {
        return subject(org).list("organizationRole", EnumSet.copyOf(added));
    }

    /** 39003: organizationId, organizationName, distinguishedName (empty when removed). */
    static AuditPairs distinguishedNameSet(Organization org) {
        return subject(org).add("distinguishedName", org.getDistinguishedName());
    }

    /** 39004: organizationId, organizationName, paymentTypes (the types of the call, comma list). */
    static AuditPairs paymentTypesAdded(Organization org, Set<PaymentType> added) {
        return subject(org).list("paymentTypes", EnumSet.copyOf(added));
    }

    private static AuditPairs subject(Organization org) {
        return AuditPairs.of("organizationId", org.getOrgId()).add("organizationName", org.getName());
    }
}
