package org.bss.billing.discount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import org.bss.account.Organization;
import org.bss.account.OrganizationRole;
import org.bss.account.PaymentType;
import org.bss.account.SupplierCustomers;
import org.bss.catalog.CatalogFixtures;
import org.bss.common.BssException;
import org.bss.common.ConcurrentModificationException;
import org.bss.common.ObjectNotFoundException;
import org.bss.common.ValidationException;
import org.bss.common.security.Roles;
import org.bss.testing.ServiceHarness;
import org.bss.testing.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Discounts (DiscountService, updateCustomerDiscount): a supplier grants its own customers one; the customer reads it
 * for the supplier's service; versions; refused input changes nothing.
 */
class CustomerDiscountServiceTest {

    private static final Instant BEGIN = Instant.parse("2026-01-01T00:00:00Z");

    @RegisterExtension
    final ServiceHarness bss = new ServiceHarness();

    private CustomerDiscountService discounts;
    private String customerId;
    private String strangerId;
    private long serviceKey;

    @BeforeEach
    void supplierWithCustomer() {
        bss.inTransaction(em -> {
            Organization supplier = TestData.organization(em, "Supplier", OrganizationRole.SUPPLIER);
            TestData.user(em, supplier, "manager", Roles.SERVICE_MANAGER);
            Organization customer = TestData.organization(em, "Customer");
            TestData.user(em, customer, "buyer", Roles.ORGANIZATION_ADMIN);
            Organization stranger = TestData.organization(em, "Stranger");
            TestData.user(em, stranger, "stranger", Roles.ORGANIZATION_ADMIN);
            SupplierCustomers.relate(
                    em, supplier, customer, "mp1", EnumSet.noneOf(PaymentType.class), ServiceHarness.START);
            customerId = customer.getOrgId();
            strangerId = stranger.getOrgId();
            serviceKey = CatalogFixtures.service(em, supplier.getKey(), "video", ServiceHarness.START);
            return null;
        });
        discounts = bss.bean(CustomerDiscountService.class);
        bss.callerIs("id:manager", Roles.SERVICE_MANAGER);
    }

    @Test
    void theCustomerReadsTheDiscountOfTheServicesSupplierOthersNone() {
        bss.call(() -> discounts.save(customerId, new DiscountTerms(new BigDecimal("7.5"), BEGIN, null), null));

        bss.callerIs("id:buyer", Roles.ORGANIZATION_ADMIN);
        assertThat(bss.call(() -> discounts.forService(serviceKey)))
                .hasValueSatisfying(d -> assertThat(d.percent()).isEqualByComparingTo("7.50"));
        assertThat(refused(() -> discounts.forService(serviceKey + 1000))).isInstanceOf(ObjectNotFoundException.class);
        bss.callerIs("id:stranger", Roles.ORGANIZATION_ADMIN);
        assertThat(bss.call(() -> discounts.forService(serviceKey))).isEmpty();
    }

    @Test
    void onlyOwnCustomersAStaleVersionAndBadInputChangeNothing() {
        DiscountView first =
                bss.call(() -> discounts.save(customerId, new DiscountTerms(BigDecimal.TEN, BEGIN, null), null));
        DiscountView second = bss.call(
                () -> discounts.save(customerId, new DiscountTerms(BigDecimal.ONE, BEGIN, null), first.version()));

        assertThat(second.version()).isGreaterThan(first.version());
        assertThat(refused(() ->
                        discounts.save(customerId, new DiscountTerms(BigDecimal.TEN, BEGIN, null), first.version())))
                .isInstanceOf(ConcurrentModificationException.class);
        assertThat(refused(() ->
                        discounts.save(customerId, new DiscountTerms(new BigDecimal("100.5"), BEGIN, null), null)))
                .isInstanceOf(ValidationException.class);
        assertThat(refused(() -> discounts.save(strangerId, new DiscountTerms(BigDecimal.TEN, BEGIN, null), null)))
                .isInstanceOf(ObjectNotFoundException.class);
        assertThat(bss.call(() -> discounts.forCustomer(customerId)))
                .hasValueSatisfying(d -> assertThat(d.percent()).isEqualByComparingTo("1"));

        bss.run(() -> discounts.remove(customerId));
        assertThat(bss.call(() -> discounts.forCustomer(customerId))).isEmpty();
    }

    private BssException refused(Runnable call) {
        return catchThrowableOfType(BssException.class, () -> bss.run(call));
    }
}
