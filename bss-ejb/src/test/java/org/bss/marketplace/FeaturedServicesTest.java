package org.bss.marketplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.stream.LongStream;
import org.bss.common.BssException;
import org.bss.common.ObjectNotFoundException;
import org.bss.testing.ServiceHarness;
import org.bss.testing.ShopFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Featured services (MKT-2, G.4): the owner picks, in order, services published on its marketplace; the landing page
 * shows those on sale; a refused pick changes nothing.
 */
class FeaturedServicesTest {

    @RegisterExtension
    final ServiceHarness bss = new ServiceHarness();

    private ShopFixture shop;
    private FeaturedServices featured;

    @BeforeEach
    void aShop() {
        shop = new ShopFixture(bss);
        featured = bss.bean(FeaturedServices.class);
    }

    @Test
    void theOwnersPicksAreShownInItsOrderWhileOnSale() {
        long alpha = shop.onSale("alpha");
        long bravo = shop.onSale("bravo");
        long draft = shop.service("draft");
        shop.publish(draft, shop.marketplaceId, true);
        shop.asSeller();

        assertThat(bss.call(() -> featured.feature(shop.marketplaceId, List.of(bravo, draft, alpha, bravo))))
                .containsExactly(bravo, draft, alpha);

        assertThat(bss.call(() -> featured.offered(shop.marketplaceId)))
                .as("the draft is not on sale")
                .extracting(o -> o.service().serviceId())
                .containsExactly("bravo", "alpha");
        assertThat(bss.call(() -> featured.featured(shop.marketplaceId))).containsExactly(bravo, draft, alpha);
    }

    @Test
    void onlyTheOwnerPicksAndOnlyServicesOfItsMarketplaceAtMostTwelve() {
        long alpha = shop.onSale("alpha");
        long elsewhere = shop.service("elsewhere");
        shop.asSeller();
        bss.call(() -> featured.feature(shop.marketplaceId, List.of(alpha)));

        assertThat(refused(() -> featured.feature(shop.marketplaceId, List.of(alpha, elsewhere))))
                .extracting(BssException::messageKey)
                .isEqualTo("marketplace.featured.notPublished");
        assertThat(refused(() -> featured.feature(
                        shop.marketplaceId,
                        LongStream.rangeClosed(1, 13).boxed().toList())))
                .extracting(BssException::messageKey)
                .isEqualTo("marketplace.featured.tooMany");
        shop.asOtherOwner();
        assertThat(refused(() -> featured.feature(shop.marketplaceId, List.of())))
                .as("another owner does not see the marketplace")
                .isInstanceOf(ObjectNotFoundException.class);
        shop.asSeller();
        assertThat(bss.call(() -> featured.featured(shop.marketplaceId))).containsExactly(alpha);
    }

    private BssException refused(Runnable call) {
        return catchThrowableOfType(BssException.class, () -> bss.run(call));
    }
}
