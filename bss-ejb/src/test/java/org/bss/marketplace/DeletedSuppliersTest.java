package org.bss.marketplace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.bss.account.Organization;
import org.bss.account.OrganizationRole;
import org.bss.account.Organizations;
import org.bss.common.security.Roles;
import org.bss.onboarding.UnconfirmedOrganizationsJob;
import org.bss.testing.ServiceHarness;
import org.bss.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The unconfirmed-organization timer and marketplaces: an owner is kept, a granted supplier leaves with its grant. */
class DeletedSuppliersTest {

    @RegisterExtension
    final ServiceHarness bss = new ServiceHarness();

    @Test
    void anUnconfirmedSupplierLeavesItsGrantAndAnUnconfirmedOwnerIsKept() {
        String[] ids = bss.inTransaction(em -> {
            Organization owner = TestData.organization(em, "Owner", OrganizationRole.SUPPLIER);
            Organization supplier = TestData.organization(em, "Supplier", OrganizationRole.SUPPLIER);
            TestData.user(em, owner, "owner-admin", Roles.ORGANIZATION_ADMIN);
            TestData.user(em, supplier, "supplier-admin", Roles.ORGANIZATION_ADMIN);
            return new String[] {owner.getOrgId(), supplier.getOrgId()};
        });
        MarketplaceService service = bss.bean(MarketplaceService.class);
        bss.callerIs("1000", Roles.PLATFORM_OPERATOR);
        String id = bss.call(() -> service.create(
                        new NewMarketplace(ids[0], new MarketplaceSettings("Shop", false, false, false, false))))
                .marketplaceId();
        bss.callerIs("owner-admin", Roles.MARKETPLACE_OWNER);
        SupplierAccessService access = bss.bean(SupplierAccessService.class);
        bss.call(() -> access.grant(id, List.of(ids[1])));

        bss.run(() -> bss.bean(UnconfirmedOrganizationsJob.class).run(Instant.parse("2100-01-01T00:00:00Z")));

        assertThat(bss.<Boolean>inTransaction(em -> Organizations.exists(em, ids[0])))
                .isTrue();
        assertThat(bss.<Boolean>inTransaction(em -> Organizations.exists(em, ids[1])))
                .isFalse();
        assertThat(bss.call(() -> access.suppliers(id)).granted()).containsExactly(ids[0]);
    }
}
