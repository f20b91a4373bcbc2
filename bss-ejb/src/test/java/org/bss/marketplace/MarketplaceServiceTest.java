package org.bss.marketplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;
import org.bss.account.Organization;
import org.bss.account.OrganizationRole;
import org.bss.account.Organizations;
import org.bss.common.BssException;
import org.bss.common.ConflictException;
import org.bss.common.ObjectNotFoundException;
import org.bss.common.OperationNotPermittedException;
import org.bss.common.ValidationException;
import org.bss.common.persistence.PageRequest;
import org.bss.common.security.Roles;
import org.bss.identity.Users;
import org.bss.testing.ServiceHarness;
import org.bss.testing.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Marketplaces below the surfaces (MKT-1, MKT-2): the owner role follows ownership; access; nothing half-done. */
class MarketplaceServiceTest {

    @RegisterExtension
    final ServiceHarness bss = new ServiceHarness();

    private MarketplaceService service;
    private String ownerId;
    private String otherId;
    private String supplierId;
    private String customerId;

    @BeforeEach
    void organizations() {
        bss.inTransaction(em -> {
            Organization owner = TestData.organization(em, "Owner", OrganizationRole.SUPPLIER);
            Organization other = TestData.organization(em, "Other");
            Organization supplier = TestData.organization(em, "Supplier", OrganizationRole.SUPPLIER);
            Organization customer = TestData.organization(em, "Customer");
            TestData.user(em, owner, "owner-admin", Roles.ORGANIZATION_ADMIN, Roles.SERVICE_MANAGER);
            TestData.user(em, owner, "owner-user", Roles.SUBSCRIPTION_MANAGER);
            TestData.user(em, other, "other-admin", Roles.ORGANIZATION_ADMIN);
            ownerId = owner.getOrgId();
            otherId = other.getOrgId();
            supplierId = supplier.getOrgId();
            customerId = customer.getOrgId();
            return null;
        });
        service = bss.bean(MarketplaceService.class);
        asOperator();
    }

    @Test
    void theOwnerGetsTheRoleAndItsAdministratorsTheUserRole() {
        MarketplaceView created = create(ownerId, "Shop");

        assertThat(created.marketplaceId()).isEqualTo(ownerId);
        assertThat(created.owningOrganizationId()).isEqualTo(ownerId);
        assertThat(created.open()).isFalse();
        assertThat(roles(ownerId)).contains(OrganizationRole.MARKETPLACE_OWNER);
        assertThat(userRoles("owner-admin")).contains(Roles.MARKETPLACE_OWNER);
        assertThat(userRoles("owner-user")).doesNotContain(Roles.MARKETPLACE_OWNER);
        assertThat(create(ownerId, "Second").marketplaceId()).matches("[0-9a-f]{8}");
    }

    @Test
    void theRoleMovesWithTheLastMarketplaceAndStaysWithAnother() {
        MarketplaceView first = create(ownerId, "First");
        MarketplaceView second = create(ownerId, "Second");

        bss.call(() -> service.reassign(first.marketplaceId(), otherId, (long) first.version()));
        assertThat(roles(ownerId)).contains(OrganizationRole.MARKETPLACE_OWNER);
        assertThat(roles(otherId)).contains(OrganizationRole.MARKETPLACE_OWNER);
        assertThat(userRoles("other-admin")).contains(Roles.MARKETPLACE_OWNER);

        bss.call(() -> service.reassign(second.marketplaceId(), otherId, null));
        assertThat(roles(ownerId)).doesNotContain(OrganizationRole.MARKETPLACE_OWNER);
        assertThat(userRoles("owner-admin"))
                .doesNotContain(Roles.MARKETPLACE_OWNER)
                .contains(Roles.SERVICE_MANAGER);

        bss.run(() -> service.delete(first.marketplaceId(), null));
        assertThat(roles(otherId)).contains(OrganizationRole.MARKETPLACE_OWNER);
        bss.run(() -> service.delete(second.marketplaceId(), null));
        assertThat(roles(otherId)).doesNotContain(OrganizationRole.MARKETPLACE_OWNER);
        assertThat(userRoles("other-admin")).doesNotContain(Roles.MARKETPLACE_OWNER);
        assertThat(bss.call(() -> service.list(PageRequest.first())).total()).isZero();
    }

    @Test
    void anOwnerSeesAndChangesItsOwnOnlyAndOnlyTheOwnerRenames() {
        MarketplaceView own = create(ownerId, "Own");
        MarketplaceView others = create(otherId, "Others");
        MarketplaceSettings renamed = new MarketplaceSettings("Renamed", true, false, false, false);

        OperationNotPermittedException operatorRenames = catchThrowableOfType(
                OperationNotPermittedException.class,
                () -> bss.call(() -> service.change(own.marketplaceId(), renamed, own.version())));
        assertThat(operatorRenames.messageKey()).isEqualTo("marketplace.renameByOwner");
        MarketplaceView opened = bss.call(() -> service.change(
                own.marketplaceId(), new MarketplaceSettings("Own", true, false, false, false), own.version()));
        assertThat(opened.open()).isTrue();

        bss.callerIs("owner-admin", Roles.MARKETPLACE_OWNER);
        assertThat(bss.call(() -> service.list(PageRequest.first())).items())
                .extracting(MarketplaceView::marketplaceId)
                .containsExactly(own.marketplaceId());
        assertThat(bss.call(() -> service.change(own.marketplaceId(), renamed, opened.version()))
                        .name())
                .isEqualTo("Renamed");
        assertThat(refused(() -> service.get(others.marketplaceId())).messageKey())
                .isEqualTo("marketplace.notFound");
        assertThat(refused(() -> service.reassign(others.marketplaceId(), ownerId, null)))
                .isInstanceOf(ObjectNotFoundException.class);
        assertThat(refused(() -> service.change(own.marketplaceId(), renamed, opened.version()))
                        .messageKey())
                .isEqualTo("marketplace.stale");
    }

    @Test
    void badInputChangesNothing() {
        assertThat(refused(() -> service.create(new NewMarketplace("nobody", settings("Shop"))))
                        .messageKey())
                .isEqualTo("marketplace.ownerNotFound");
        MarketplaceView shop = create(ownerId, "Shop");
        assertThat(refused(() -> service.reassign(shop.marketplaceId(), "nobody", null)))
                .isInstanceOf(ObjectNotFoundException.class);

        assertThat(bss.call(() -> service.list(PageRequest.first())).total()).isEqualTo(1);
        assertThat(bss.call(() -> service.get(shop.marketplaceId())).owningOrganizationId())
                .isEqualTo(ownerId);
        assertThat(roles(customerId)).doesNotContain(OrganizationRole.MARKETPLACE_OWNER);
    }

    @Test
    void theOwnerGrantsAndBansSellersAllOrNone() {
        MarketplaceView shop = create(ownerId, "Shop");
        String id = shop.marketplaceId();
        SupplierAccessService access = bss.bean(SupplierAccessService.class);
        bss.callerIs("owner-admin", Roles.MARKETPLACE_OWNER);

        assertThat(bss.call(() -> access.suppliers(id)).granted()).containsExactly(ownerId);
        assertThat(refused(() -> access.grant(id, List.of(supplierId, customerId))))
                .isInstanceOf(ValidationException.class);
        assertThat(refused(() -> access.grant(id, List.of(supplierId, "nobody")))
                        .messageKey())
                .isEqualTo("marketplace.supplier.notFound");
        assertThat(bss.call(() -> access.suppliers(id)).granted()).containsExactly(ownerId);

        assertThat(bss.call(() -> access.grant(id, List.of(supplierId))).granted())
                .containsExactlyInAnyOrder(ownerId, supplierId);
        assertThat(refused(() -> access.grant(id, List.of(supplierId)))).isInstanceOf(ConflictException.class);
        assertThat(refused(() -> access.ban(id, List.of(supplierId))).messageKey())
                .isEqualTo("marketplace.supplier.notOpen");
        assertThat(bss.call(() -> access.revoke(id, supplierId)).granted()).containsExactly(ownerId);

        asOperator();
        assertThat(refused(() -> access.suppliers(id)).messageKey()).isEqualTo("marketplace.ownerOnly");
    }

    @Test
    void theOwnerListsGrantedOrBannedSuppliersOnlyWhereTheyCount() {
        String id = create(ownerId, "Shop").marketplaceId();
        SupplierAccessService access = bss.bean(SupplierAccessService.class);
        bss.callerIs("owner-admin", Roles.MARKETPLACE_OWNER);
        bss.run(() -> access.grant(id, List.of(supplierId)));

        assertThat(bss.call(() -> access.granted(id)))
                .extracting(Supplier::organizationId, Supplier::name)
                .containsExactlyInAnyOrder(tuple(ownerId, "Owner"), tuple(supplierId, "Supplier"));
        assertThat(bss.call(() -> access.granted(id)))
                .extracting(Supplier::organizationId)
                .isSorted();
        assertThat(refused(() -> access.banned(id)).messageKey()).isEqualTo("marketplace.supplier.notOpen");

        MarketplaceView shop = bss.call(() -> service.get(id));
        bss.run(() -> service.change(id, new MarketplaceSettings("Shop", true, false, false, false), shop.version()));
        bss.run(() -> access.ban(id, List.of(supplierId)));
        assertThat(bss.call(() -> access.banned(id)))
                .extracting(Supplier::organizationId)
                .containsExactly(supplierId);
        assertThat(refused(() -> access.granted(id)).messageKey()).isEqualTo("marketplace.supplier.notRestricted");
    }

    @Test
    void theDirectoryListsOwnedPublishableAndAllMarketplacesForAnyoneLoggedIn() {
        String own = create(ownerId, "Own").marketplaceId();
        String others = create(otherId, "Others").marketplaceId();
        MarketplaceDirectory directory = bss.bean(MarketplaceDirectory.class);

        bss.callerIs("owner-admin", Roles.LOGGED_IN);
        assertThat(bss.call(directory::owned))
                .extracting(MarketplaceView::marketplaceId)
                .containsExactly(own);
        assertThat(bss.call(directory::forPublishing))
                .extracting(MarketplaceView::marketplaceId)
                .containsExactly(own);
        assertThat(bss.call(directory::accessible))
                .extracting(MarketplaceView::marketplaceId)
                .containsExactlyInAnyOrder(own, others);
        assertThat(bss.call(() -> directory.get(others)).name()).isEqualTo("Others");
        assertThat(refused(() -> directory.get("nowhere")).messageKey()).isEqualTo("marketplace.notFound");

        bss.callerIs("other-admin", Roles.LOGGED_IN);
        assertThat(bss.call(directory::owned))
                .extracting(MarketplaceView::marketplaceId)
                .containsExactly(others);
        assertThat(bss.call(directory::forPublishing)).isEmpty();
    }

    private MarketplaceView create(String owner, String name) {
        return bss.call(() -> service.create(new NewMarketplace(owner, settings(name))));
    }

    private static MarketplaceSettings settings(String name) {
        return new MarketplaceSettings(name, false, true, true, true);
    }

    private BssException refused(Runnable call) {
        return catchThrowableOfType(BssException.class, () -> bss.run(call));
    }

    private void asOperator() {
        bss.callerIs("1000", Roles.PLATFORM_OPERATOR, Roles.ORGANIZATION_ADMIN);
    }

    private Set<OrganizationRole> roles(String orgId) {
        return bss.inTransaction(em -> Organizations.get(em, orgId).organizationRoles());
    }

    private Set<String> userRoles(String userId) {
        return bss.inTransaction(em -> Set.copyOf(Users.byUserId(em, userId).getRoles()));
    }
}
