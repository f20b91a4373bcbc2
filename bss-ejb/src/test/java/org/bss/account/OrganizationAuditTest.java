package org.bss.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.bss.audit.AuditOperation;
import org.bss.audit.AuditPairs;
import org.junit.jupiter.api.Test;

/** The organization operations write the pairs of docs/audit.md in the order of AuditOperation.pairs(). */
class OrganizationAuditTest {

    private static Organization org() {
        Organization org = new Organization("0a1b2c3d", "株式会社 A|B", "ja", Instant.EPOCH);
        org.setEmail("info@example.co.jp");
        org.getRoles().add("SUPPLIER");
        org.getRoles().add("TECHNOLOGY_PROVIDER");
        org.setDistinguishedName("CN=a,O=B,C=JP");
        return org;
    }

    private static List<String> names(AuditPairs pairs) {
        return pairs.entries().stream().map(Map.Entry::getKey).toList();
    }

    @Test
    void pairNamesFollowTheOperationTable() {
        Organization org = org();
        assertThat(names(OrganizationAudit.created(org))).isEqualTo(AuditOperation.CREATE_ORGANIZATION.pairs());
        assertThat(names(OrganizationAudit.updated(org))).isEqualTo(AuditOperation.UPDATE_ORGANIZATION.pairs());
        assertThat(names(OrganizationAudit.rolesAdded(org, EnumSet.of(OrganizationRole.SUPPLIER))))
                .isEqualTo(AuditOperation.ADD_ORGANIZATION_ROLE.pairs());
        assertThat(names(OrganizationAudit.distinguishedNameSet(org)))
                .isEqualTo(AuditOperation.SET_DISTINGUISHED_NAME.pairs());
        assertThat(names(OrganizationAudit.paymentTypesAdded(org, EnumSet.of(PaymentType.INVOICE))))
                .isEqualTo(AuditOperation.ADD_PAYMENT_TYPES.pairs());
    }

    @Test
    void valuesAreAsStoredWithListsSorted() {
        Organization org = org();
        assertThat(OrganizationAudit.created(org).text())
                .isEqualTo("organizationId=0a1b2c3d|organizationName=株式会社 A\\|B"
                        + "|organizationRoles=SUPPLIER,TECHNOLOGY_PROVIDER|email=info@example.co.jp|locale=ja");
        assertThat(OrganizationAudit.rolesAdded(
                                org, EnumSet.of(OrganizationRole.TECHNOLOGY_PROVIDER, OrganizationRole.SUPPLIER))
                        .text())
                .endsWith("|organizationRole=TECHNOLOGY_PROVIDER,SUPPLIER");
        assertThat(OrganizationAudit.paymentTypesAdded(org, EnumSet.of(PaymentType.DIRECT_DEBIT, PaymentType.INVOICE))
                        .text())
                .endsWith("|paymentTypes=INVOICE,DIRECT_DEBIT");
        org.setDistinguishedName(null);
        assertThat(OrganizationAudit.distinguishedNameSet(org).text()).endsWith("|distinguishedName=");
        org.setEmail(null);
        assertThat(OrganizationAudit.updated(org).text()).endsWith("|email=|locale=ja");
    }
}
