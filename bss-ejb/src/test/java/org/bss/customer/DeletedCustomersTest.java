package org.bss.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.bss.account.Organization;
import org.bss.account.OrganizationRole;
import org.bss.account.PaymentType;
import org.bss.account.SupplierCustomers;
import org.bss.billing.discount.CustomerDiscountService;
import org.bss.billing.discount.DiscountTerms;
import org.bss.billing.vat.SupplierVatService;
import org.bss.billing.vat.VatView;
import org.bss.billing.vat.VatView.CustomerRate;
import org.bss.common.security.Roles;
import org.bss.onboarding.UnconfirmedOrganizationDeleting;
import org.bss.testing.ServiceHarness;
import org.bss.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A customer the unconfirmed-organization timer deletes leaves no relation, VAT rate or discount behind. */
class DeletedCustomersTest {

    @RegisterExtension
    final ServiceHarness bss = new ServiceHarness();

    @Test
    void aDeletedCustomerTakesItsRowsAndTheOrganizationCanGo() {
        long[] keys = bss.inTransaction(em -> {
            Organization supplier = TestData.organization(em, "Supplier", OrganizationRole.SUPPLIER);
            TestData.user(em, supplier, "manager", Roles.SERVICE_MANAGER);
            Organization customer = TestData.organization(em, "Customer");
            SupplierCustomers.relate(
                    em, supplier, customer, "mp1", EnumSet.of(PaymentType.INVOICE), ServiceHarness.START);
            return new long[] {supplier.getKey(), customer.getKey()};
        });
        String customerId =
                bss.inTransaction(em -> em.find(Organization.class, keys[1]).getOrgId());
        bss.callerIs("id:manager", Roles.SERVICE_MANAGER);
        bss.call(() -> bss.bean(SupplierVatService.class)
                .replace(
                        new VatView(
                                true,
                                BigDecimal.TEN,
                                List.of(),
                                List.of(new CustomerRate(customerId, BigDecimal.ONE)),
                                null),
                        null));
        bss.call(() -> bss.bean(CustomerDiscountService.class)
                .save(customerId, new DiscountTerms(BigDecimal.TEN, Instant.EPOCH, null), null));

        bss.run(() -> bss.bean(DeletedCustomers.class).forget(new UnconfirmedOrganizationDeleting(keys[1])));
        bss.inTransaction(em -> {
            em.createQuery("delete from PlatformUser u where u.organization.key = :k")
                    .setParameter("k", keys[1])
                    .executeUpdate();
            em.remove(em.find(Organization.class, keys[1]));
            return null;
        });

        assertThat(bss.call(() -> bss.bean(SupplierVatService.class).get().customerRates()))
                .isEmpty();
        assertThat(bss.call(() -> bss.bean(SupplierVatService.class).get().defaultRate()))
                .isEqualByComparingTo("10");
        assertThat(bss.<Long>inTransaction(em -> em.createQuery(
                                "select count(r) from SupplierCustomer r where r.customerKey = :k", Long.class)
                        .setParameter("k", keys[1])
                        .getSingleResult()))
                .isZero();
    }
}
