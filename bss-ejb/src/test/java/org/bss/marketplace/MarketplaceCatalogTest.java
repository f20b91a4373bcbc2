package org.bss.marketplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.bss.common.ObjectNotFoundException;
import org.bss.testing.ServiceHarness;
import org.bss.testing.ShopFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What a marketplace offers to anyone logged in: services on sale and shown there only; who sells a service. */
class MarketplaceCatalogTest {

    @RegisterExtension
    final ServiceHarness bss = new ServiceHarness();

    private ShopFixture shop;
    private MarketplaceCatalog catalog;
    private long meeting;
    private long hidden;
    private long draft;
    private long elsewhere;

    @BeforeEach
    void services() {
        shop = new ShopFixture(bss);
        catalog = bss.bean(MarketplaceCatalog.class);
        meeting = shop.onSale("Meeting", "en:video");
        shop.onSale("Board", "en:chat");
        hidden = shop.service("Hidden", "en:secret");
        shop.publish(hidden, shop.marketplaceId, false);
        shop.activate(hidden);
        draft = shop.service("Draft", "en:draft");
        shop.publish(draft, shop.marketplaceId, true);
        elsewhere = shop.service("Elsewhere", "en:far");
        shop.publish(elsewhere, shop.otherMarketplaceId, true);
        shop.activate(elsewhere);
        shop.asCustomerUser();
    }

    @Test
    void onlyServicesOnSaleAndShownAreOfferedByServiceId() {
        assertThat(bss.call(() -> catalog.offered(shop.marketplaceId)))
                .extracting(o -> o.service().serviceId())
                .containsExactly("Board", "Meeting");
        assertThat(bss.call(() -> catalog.offered(shop.marketplaceId))
                        .get(1)
                        .technical()
                        .definition())
                .isNotNull();
        assertThat(bss.call(() -> catalog.offered(shop.otherMarketplaceId)))
                .extracting(o -> o.service().serviceId())
                .containsExactly("Elsewhere");
        assertThat(catchThrowableOfType(
                        ObjectNotFoundException.class, () -> bss.call(() -> catalog.offered("nowhere"))))
                .isNotNull();
    }

    @Test
    void oneServiceIsOfferedOnlyOnItsMarketplaceWhileOnSaleAndShown() {
        assertThat(bss.call(() -> catalog.offered(meeting, shop.marketplaceId)))
                .hasValueSatisfying(o -> assertThat(o.marketplaceId()).isEqualTo(shop.marketplaceId));
        assertThat(bss.call(() -> catalog.offered(meeting, shop.otherMarketplaceId)))
                .isEmpty();
        assertThat(bss.call(() -> catalog.offered(hidden, shop.marketplaceId))).isEmpty();
        assertThat(bss.call(() -> catalog.offered(draft, shop.marketplaceId))).isEmpty();
        assertThat(bss.call(() -> catalog.offered(999_999L, shop.marketplaceId)))
                .isEmpty();
        assertThat(catchThrowableOfType(
                        ObjectNotFoundException.class, () -> bss.call(() -> catalog.offered(meeting, "nowhere"))))
                .isNotNull();
    }

    @Test
    void theSellerOfAServiceIsItsSupplier() {
        Supplier seller = bss.call(() -> catalog.seller(draft));

        assertThat(seller.organizationId()).isEqualTo(shop.sellerOrgId);
        assertThat(catchThrowableOfType(ObjectNotFoundException.class, () -> bss.call(() -> catalog.seller(999_999L)))
                        .messageKey())
                .isEqualTo("marketplace.service.notFound");
    }
}
