package org.bss.marketplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.lang.reflect.Field;
import java.time.Instant;
import org.bss.account.Organization;
import org.bss.account.OrganizationRole;
import org.bss.common.ConflictException;
import org.junit.jupiter.api.Test;

class MarketplaceTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(60);

    private final Organization owner = organization(1, "owner", OrganizationRole.SUPPLIER);
    private final Organization supplier = organization(2, "supplier", OrganizationRole.SUPPLIER);

    @Test
    void aNewMarketplaceTakesItsSettingsAndRevenueSharesStartAtZero() {
        Marketplace m = restricted();

        assertThat(m.getMarketplaceId()).isEqualTo("mp-1");
        assertThat(m.getName()).isEqualTo("Shop");
        assertThat(m.getOwner()).isSameAs(owner);
        assertThat(m.isOpen()).isFalse();
        assertThat(m.isReviewEnabled()).isTrue();
        assertThat(m.isTaggingEnabled()).isFalse();
        assertThat(m.getMarketplaceRevenueShare()).isZero();
        assertThat(m.getResellerRevenueShare()).isZero();
        assertThat(m.getBrokerRevenueShare()).isZero();
        assertThat(m.getCreatedAt()).isEqualTo(NOW);
    }

    @Test
    void onARestrictedMarketplaceOnlyThoseGrantedPublish() {
        Marketplace m = restricted();
        assertThat(m.mayPublish(supplier.getKey())).isFalse();

        m.grant(supplier.getKey(), "supplier");
        assertThat(m.mayPublish(supplier.getKey())).isTrue();
        assertThat(m.supplierKeys(PublishingAccess.GRANTED)).containsExactly(2L);

        ConflictException twice =
                catchThrowableOfType(ConflictException.class, () -> m.grant(supplier.getKey(), "supplier"));
        assertThat(twice.messageKey()).isEqualTo("marketplace.supplier.alreadyGranted");

        m.revoke(supplier.getKey());
        m.revoke(supplier.getKey()); // not granted: no change
        assertThat(m.mayPublish(supplier.getKey())).isFalse();
    }

    @Test
    void onAnOpenMarketplaceEveryoneButThoseBannedPublishes() {
        Marketplace m = open();
        assertThat(m.mayPublish(supplier.getKey())).isTrue();

        m.ban(supplier.getKey(), "supplier");
        assertThat(m.mayPublish(supplier.getKey())).isFalse();
        ConflictException twice =
                catchThrowableOfType(ConflictException.class, () -> m.ban(supplier.getKey(), "supplier"));
        assertThat(twice.messageKey()).isEqualTo("marketplace.supplier.alreadyBanned");

        m.liftBan(supplier.getKey());
        assertThat(m.mayPublish(supplier.getKey())).isTrue();
        assertThat(m.supplierKeys(PublishingAccess.BANNED)).isEmpty();
    }

    @Test
    void grantsBelongToRestrictedAndBansToOpenMarketplaces() {
        Marketplace restricted = restricted();
        Marketplace open = open();

        assertThat(catchThrowableOfType(ConflictException.class, () -> open.grant(2, "supplier"))
                        .messageKey())
                .isEqualTo("marketplace.supplier.notRestricted");
        assertThat(catchThrowableOfType(ConflictException.class, () -> open.revoke(2))
                        .messageKey())
                .isEqualTo("marketplace.supplier.notRestricted");
        assertThat(catchThrowableOfType(ConflictException.class, () -> restricted.ban(2, "supplier"))
                        .messageKey())
                .isEqualTo("marketplace.supplier.notOpen");
        assertThat(catchThrowableOfType(ConflictException.class, () -> restricted.liftBan(2))
                        .messageKey())
                .isEqualTo("marketplace.supplier.notOpen");
    }

    @Test
    void switchingKeepsTheRowsAndABanTurnsAGrantAround() {
        Marketplace m = restricted();
        m.grant(supplier.getKey(), "supplier");

        m.change(new MarketplaceSettings("Shop", true, false, true, false), LATER);
        assertThat(m.mayPublish(supplier.getKey())).isTrue(); // open: the grant does not matter
        m.ban(supplier.getKey(), "supplier");
        assertThat(m.supplierKeys(PublishingAccess.GRANTED)).isEmpty();
        assertThat(m.supplierKeys(PublishingAccess.BANNED)).containsExactly(2L);

        m.change(new MarketplaceSettings("Shop", false, false, true, false), LATER);
        assertThat(m.mayPublish(supplier.getKey())).isFalse();
        m.grant(supplier.getKey(), "supplier");
        assertThat(m.supplierKeys(PublishingAccess.BANNED)).isEmpty();
        assertThat(m.getUpdatedAt()).isEqualTo(LATER);
    }

    @Test
    void anOwnerThatSellsMayPublishOnItsOwnMarketplace() {
        Marketplace m = restricted();
        m.grantOwner();
        m.grantOwner();
        assertThat(m.supplierKeys(PublishingAccess.GRANTED)).containsExactly(1L);

        Organization customer = organization(3, "customer");
        Marketplace ofCustomer =
                new Marketplace("mp-2", customer, new MarketplaceSettings("Shop", false, false, false, false), NOW);
        ofCustomer.grantOwner();
        assertThat(ofCustomer.supplierKeys(PublishingAccess.GRANTED)).isEmpty();
    }

    @Test
    void reassigningReturnsThePreviousOwner() {
        Marketplace m = restricted();
        assertThat(m.reassign(supplier, LATER)).isSameAs(owner);
        assertThat(m.getOwner()).isSameAs(supplier);
        assertThat(m.getUpdatedAt()).isEqualTo(LATER);
    }

    private Marketplace restricted() {
        return new Marketplace("mp-1", owner, new MarketplaceSettings("Shop", false, false, true, false), NOW);
    }

    private Marketplace open() {
        return new Marketplace("mp-1", owner, new MarketplaceSettings("Shop", true, false, true, false), NOW);
    }

    static Organization organization(long key, String orgId, OrganizationRole... roles) {
        Organization org = new Organization(orgId, orgId, "en", NOW);
        for (OrganizationRole role : roles) {
            org.getRoles().add(role.name());
        }
        try {
            Field field = Organization.class.getDeclaredField("key");
            field.setAccessible(true);
            field.setLong(org, key);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return org;
    }
}
