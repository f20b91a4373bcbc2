package org.bss.billing.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import org.bss.account.Organization;
import org.bss.account.OrganizationData;
import org.bss.account.OrganizationFactory;
import org.bss.account.OrganizationRole;
import org.bss.account.PaymentType;
import org.bss.account.SupplierCustomers;
import org.bss.billing.BillingEngine;
import org.bss.billing.discount.CustomerDiscountService;
import org.bss.billing.discount.DiscountTerms;
import org.bss.billing.input.BillingInput;
import org.bss.billing.input.PriceModel;
import org.bss.billing.input.PricingType;
import org.bss.billing.input.SubscriptionState;
import org.bss.billing.result.BillingResult;
import org.bss.billing.time.PeriodUnit;
import org.bss.billing.vat.SupplierVatService;
import org.bss.billing.vat.VatView;
import org.bss.billing.vat.VatView.CountryRate;
import org.bss.billing.vat.VatView.CustomerRate;
import org.bss.common.security.Roles;
import org.bss.testing.ServiceHarness;
import org.bss.testing.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * VAT and discounts saved through their services reach the billing engine as stored (SVC-3): the engine's VAT
 * percent and discount percent are the supplier's customer rate, else the country rate, else the default; none when
 * VAT support is off; the discount only within its period.
 */
class CustomerTermsInputsTest {

    private static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant FEB = Instant.parse("2026-02-01T00:00:00Z");

    @RegisterExtension
    final ServiceHarness bss = new ServiceHarness();

    private long supplierKey;
    private long germanKey;
    private long japaneseKey;

    @BeforeEach
    void customers() {
        bss.inTransaction(em -> {
            Organization supplier = TestData.organization(em, "Supplier", OrganizationRole.SUPPLIER);
            TestData.user(em, supplier, "manager", Roles.SERVICE_MANAGER);
            Organization german = customer(em, "German", "DE");
            Organization japanese = customer(em, "Japanese", "JP");
            SupplierCustomers.relate(em, supplier, german, "mp1", EnumSet.noneOf(PaymentType.class), JAN);
            SupplierCustomers.relate(em, supplier, japanese, "mp1", EnumSet.noneOf(PaymentType.class), JAN);
            supplierKey = supplier.getKey();
            germanKey = german.getKey();
            japaneseKey = japanese.getKey();
            return null;
        });
        bss.callerIs("id:manager", Roles.SERVICE_MANAGER);
    }

    @Test
    void theEngineChargesTheStoredRateCustomerOverCountryOverDefault() {
        String japaneseId = orgId(japaneseKey);
        bss.call(() -> bss.bean(SupplierVatService.class)
                .replace(
                        new VatView(
                                true,
                                new BigDecimal("10"),
                                List.of(new CountryRate("DE", new BigDecimal("19.00"))),
                                List.of(new CustomerRate(japaneseId, new BigDecimal("8.5"))),
                                null),
                        null));

        BillingResult german = bill(germanKey);
        BillingResult japanese = bill(japaneseKey);

        assertThat(german.vat().percent()).isEqualByComparingTo("19.00");
        assertThat(german.vat().amount()).isEqualByComparingTo("19.00");
        assertThat(japanese.vat().percent()).isEqualByComparingTo("8.50");
        assertThat(japanese.gross()).isEqualByComparingTo("108.50");

        bss.run(() -> bss.bean(SupplierVatService.class).saveCountries(List.of(new CountryRate("DE", null))));
        assertThat(bill(germanKey).vat().percent()).isEqualByComparingTo("10.00");
    }

    @Test
    void vatSupportOffMeansNoVat() {
        bss.run(() -> bss.bean(SupplierVatService.class).saveDefault(new BigDecimal("10")));
        bss.run(() -> bss.bean(SupplierVatService.class).saveDefault(null));

        BillingResult bill = bill(germanKey);

        assertThat(bill.vat()).isNull();
        assertThat(bill.gross()).isEqualByComparingTo("100.00");
    }

    @Test
    void theEngineTakesTheStoredDiscountWithinItsPeriod() {
        String germanId = orgId(germanKey);
        bss.call(() -> bss.bean(CustomerDiscountService.class)
                .save(germanId, new DiscountTerms(new BigDecimal("12.5"), JAN, FEB), null));

        BillingResult january = bill(germanKey);
        BillingResult march =
                bill(germanKey, Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z"));

        assertThat(january.discount().percent()).isEqualByComparingTo("12.50");
        assertThat(january.discount().amount()).isEqualByComparingTo("12.50");
        assertThat(january.netAfterDiscount()).isEqualByComparingTo("87.50");
        assertThat(march.discount()).isNull();
        assertThat(bill(japaneseKey).discount()).isNull();
    }

    private BillingResult bill(long customerKey) {
        return bill(customerKey, JAN, FEB);
    }

    private BillingResult bill(long customerKey, Instant from, Instant to) {
        return bss.inTransaction(em -> {
            Organization customer = em.find(Organization.class, customerKey);
            PriceModel pm = PriceModel.builder("pm", PricingType.PRO_RATA, PeriodUnit.MONTH, "EUR")
                    .serviceId("svc")
                    .pricePerPeriod("100.00")
                    .build();
            BillingInput in = BillingInput.builder("sub", from, to, ZoneOffset.UTC)
                    .priceModel(pm)
                    .state(SubscriptionState.active(from, "pm"))
                    .vatRates(CustomerTermsInputs.vat(em, supplierKey, customer))
                    .discount(CustomerTermsInputs.discount(em, supplierKey, customerKey))
                    .build();
            return new BillingEngine().calculate(in).orElseThrow();
        });
    }

    private String orgId(long key) {
        return bss.inTransaction(em -> em.find(Organization.class, key).getOrgId());
    }

    private static Organization customer(jakarta.persistence.EntityManager em, String name, String country) {
        return new OrganizationFactory(em)
                .organization(
                        new OrganizationData(name, null, null, null, null, null, country, "en"),
                        EnumSet.noneOf(OrganizationRole.class),
                        "mp1",
                        null,
                        ServiceHarness.START);
    }
}
