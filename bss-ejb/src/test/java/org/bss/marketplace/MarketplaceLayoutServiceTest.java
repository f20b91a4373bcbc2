package org.bss.marketplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.bss.account.Organization;
import org.bss.account.OrganizationRole;
import org.bss.common.BssException;
import org.bss.common.ConcurrentModificationException;
import org.bss.common.ObjectNotFoundException;
import org.bss.common.OperationNotPermittedException;
import org.bss.common.ValidationException;
import org.bss.common.security.Roles;
import org.bss.testing.ServiceHarness;
import org.bss.testing.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Branding URL and tracking code (MKT-2): the owner sets them, anyone reads them, bad input changes nothing. */
class MarketplaceLayoutServiceTest {

    @RegisterExtension
    final ServiceHarness bss = new ServiceHarness();

    private MarketplaceLayoutService layout;
    private MarketplaceView shop;

    @BeforeEach
    void marketplace() {
        String ownerId = bss.inTransaction(em -> {
            Organization owner = TestData.organization(em, "Owner", OrganizationRole.SUPPLIER);
            TestData.user(em, owner, "owner-admin", Roles.ORGANIZATION_ADMIN);
            return owner.getOrgId();
        });
        bss.callerIs("1000", Roles.PLATFORM_OPERATOR, Roles.ORGANIZATION_ADMIN);
        MarketplaceService marketplaces = bss.bean(MarketplaceService.class);
        shop = bss.call(() -> marketplaces.create(
                new NewMarketplace(ownerId, new MarketplaceSettings("Shop", true, false, false, false))));
        layout = bss.bean(MarketplaceLayoutService.class);
    }

    @Test
    void theOwnerSetsBothAndAnyoneReadsThem() {
        String id = shop.marketplaceId();
        assertThat(bss.call(() -> layout.brandingUrl(id))).isNull();
        assertThat(bss.call(() -> layout.trackingCode(id))).isNull();

        bss.callerIs("owner-admin", Roles.MARKETPLACE_OWNER);
        MarketplaceView branded =
                bss.call(() -> layout.saveBrandingUrl(id, " https://cdn.example.com/shop.css ", (long) shop.version()));
        assertThat(branded.version()).isGreaterThan(shop.version());
        bss.call(() -> layout.saveTrackingCode(id, "<script>track()</script>", null));

        bss.callerIs("someone", Roles.LOGGED_IN);
        assertThat(bss.call(() -> layout.brandingUrl(id))).isEqualTo("https://cdn.example.com/shop.css");
        assertThat(bss.call(() -> layout.trackingCode(id))).isEqualTo("<script>track()</script>");

        bss.callerIs("owner-admin", Roles.MARKETPLACE_OWNER);
        bss.call(() -> layout.saveBrandingUrl(id, "", null));
        assertThat(bss.call(() -> layout.brandingUrl(id))).isNull();
    }

    @Test
    void theOperatorAStaleVersionAndBadInputChangeNothing() {
        String id = shop.marketplaceId();
        assertThat(refused(() -> layout.saveBrandingUrl(id, "https://example.com/a.css", null)))
                .isInstanceOf(OperationNotPermittedException.class);
        assertThat(refused(() -> layout.brandingUrl("nowhere"))).isInstanceOf(ObjectNotFoundException.class);

        bss.callerIs("owner-admin", Roles.MARKETPLACE_OWNER);
        assertThat(refused(() -> layout.saveBrandingUrl(id, "javascript:alert(1)", null)))
                .isInstanceOf(ValidationException.class);
        assertThat(refused(() -> layout.saveTrackingCode(id, "x".repeat(4001), null)))
                .isInstanceOf(ValidationException.class);
        assertThat(refused(() -> layout.saveBrandingUrl(id, "https://example.com/a.css", shop.version() + 1L)))
                .isInstanceOf(ConcurrentModificationException.class);

        assertThat(bss.call(() -> layout.brandingUrl(id))).isNull();
        assertThat(bss.call(() -> layout.trackingCode(id))).isNull();
    }

    private BssException refused(Runnable call) {
        return catchThrowableOfType(BssException.class, () -> bss.run(call));
    }
}
