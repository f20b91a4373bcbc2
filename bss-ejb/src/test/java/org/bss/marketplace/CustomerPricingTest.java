package org.bss.marketplace;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import org.bss.account.Organization;
import org.bss.account.PaymentType;
import org.bss.account.SupplierCustomers;
import org.bss.catalog.CustomerPriceModelService;
import org.bss.catalog.PriceModelService;
import org.bss.catalog.PriceModelTerms;
import org.bss.testing.ServiceHarness;
import org.bss.testing.ShopFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The price a service's page shows (MarketplaceCatalog.pricing): a logged-in customer with a price model of its own
 * (G.6) sees its own price; any other caller, and an anonymous visitor, the service's.
 */
class CustomerPricingTest {

    @RegisterExtension
    final ServiceHarness bss = new ServiceHarness();

    private ShopFixture shop;
    private long service;

    @BeforeEach
    void aPricedServiceOnSaleWithACustomerPrice() {
        shop = new ShopFixture(bss);
        service = shop.service("Priced");
        String customerId = bss.inTransaction(em -> {
            Organization seller = em.createQuery(
                            "select o from Organization o where o.name = 'Seller'", Organization.class)
                    .getSingleResult();
            Organization customer = em.createQuery(
                            "select o from Organization o where o.name = 'Customer'", Organization.class)
                    .getSingleResult();
            SupplierCustomers.relate(
                    em, seller, customer, shop.marketplaceId, EnumSet.noneOf(PaymentType.class), ServiceHarness.START);
            return customer.getOrgId();
        });
        shop.asSeller();
        bss.call(() -> bss.bean(PriceModelService.class).save(service, monthly("100"), null, "en"));
        bss.call(() -> bss.bean(CustomerPriceModelService.class).save(service, customerId, monthly("80"), null, "en"));
        shop.publish(service, shop.marketplaceId, true);
        shop.activate(service);
    }

    @Test
    void theCustomerSeesItsOwnPriceAndOthersTheServices() {
        MarketplaceCatalog catalog = bss.bean(MarketplaceCatalog.class);

        shop.asCustomerUser();
        BigDecimal customers = bss.call(() -> catalog.pricing(service, shop.marketplaceId))
                .orElseThrow()
                .terms()
                .pricePerPeriod();
        shop.asOtherOwner();
        BigDecimal others = bss.call(() -> catalog.pricing(service, shop.marketplaceId))
                .orElseThrow()
                .terms()
                .pricePerPeriod();

        assertThat(customers).isEqualByComparingTo("80");
        assertThat(others).isEqualByComparingTo("100");
    }

    private static PriceModelTerms monthly(String price) {
        return new PriceModelTerms(
                PriceModelTerms.PriceModelType.PRO_RATA,
                "EUR",
                PriceModelTerms.PricingPeriod.MONTH,
                null,
                new BigDecimal(price),
                null,
                0,
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }
}
