package org.bss.billing.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.bss.account.Organization;
import org.bss.account.OrganizationRole;
import org.bss.account.PaymentType;
import org.bss.account.SupplierCustomers;
import org.bss.billing.BillingEngine;
import org.bss.billing.input.BillingInput;
import org.bss.billing.input.PriceModel;
import org.bss.billing.input.PricingType;
import org.bss.billing.input.SubscriptionState;
import org.bss.billing.input.UserAssignment;
import org.bss.billing.result.BillingResult;
import org.bss.billing.time.PeriodUnit;
import org.bss.catalog.CustomerPriceModelService;
import org.bss.catalog.MarketableServiceService;
import org.bss.catalog.NewService;
import org.bss.catalog.PriceModelService;
import org.bss.catalog.PriceModelState;
import org.bss.catalog.PriceModelTerms;
import org.bss.catalog.ServiceTexts;
import org.bss.catalog.TechnicalServiceDefinition;
import org.bss.catalog.TechnicalServiceDetails;
import org.bss.catalog.TechnicalServiceService;
import org.bss.common.security.Roles;
import org.bss.testing.ServiceHarness;
import org.bss.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A customer price model saved through its service reaches the billing engine from the history as the engine's own
 * price model with the customer's prices: the customer is billed its price, not the service's.
 */
class CustomerPriceModelInputsTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final Instant FROM = Instant.parse("2012-11-30T23:00:00Z");
    private static final Instant TO = Instant.parse("2012-12-31T23:00:00Z");

    @RegisterExtension
    final ServiceHarness bss = new ServiceHarness();

    @Test
    void theEngineBillsTheCustomersPriceFromTheHistory() {
        String[] ids = bss.inTransaction(em -> {
            Organization supplier = TestData.organization(
                    em, "Seller", OrganizationRole.SUPPLIER, OrganizationRole.TECHNOLOGY_PROVIDER);
            String manager =
                    Long.toString(TestData.user(em, supplier, "sm", Roles.SERVICE_MANAGER, Roles.TECHNOLOGY_MANAGER)
                            .getKey());
            Organization customer = TestData.organization(em, "Buyer");
            SupplierCustomers.relate(
                    em, supplier, customer, "mp1", EnumSet.noneOf(PaymentType.class), ServiceHarness.START);
            return new String[] {manager, customer.getOrgId()};
        });
        bss.callerIs(ids[0], Roles.SERVICE_MANAGER, Roles.TECHNOLOGY_MANAGER);
        bss.call(() -> bss.bean(TechnicalServiceService.class).importTechnicalServices(file(), Locale.ENGLISH));
        TechnicalServiceDetails technical = bss.call(
                        () -> bss.bean(TechnicalServiceService.class).listTechnicalServiceDetails())
                .get(0);
        long serviceKey = bss.call(() -> bss.bean(MarketableServiceService.class)
                        .define(new NewService(
                                technical.key(),
                                "video",
                                new ServiceTexts("en", "Video", null, null),
                                false,
                                List.of())))
                .key();
        bss.call(() -> bss.bean(PriceModelService.class).save(serviceKey, terms("100.00", "5.00"), null, "en"));
        bss.call(() ->
                bss.bean(CustomerPriceModelService.class).save(serviceKey, ids[1], terms("80.00", "4.00"), null, "en"));

        List<PriceModelState> history =
                bss.call(() -> bss.bean(CustomerPriceModelService.class).history(serviceKey, ids[1]));
        PriceModel built = PriceModelInputs.of(
                "PM-1", null, "video", history.get(history.size() - 1).terms(), definition(technical));
        PriceModel own = PriceModel.builder("PM-1", PricingType.PRO_RATA, PeriodUnit.MONTH, "EUR")
                .pricePerPeriod("80.00")
                .pricePerUser("4.00")
                .serviceId("video")
                .build();

        assertThat(history).hasSize(1);
        assertThat(built).isEqualTo(own);
        assertThat(bill(built).net()).isEqualByComparingTo(bill(own).net());
        assertThat(bill(built).net()).isEqualByComparingTo("84.00");
    }

    private static TechnicalServiceDefinition definition(TechnicalServiceDetails technical) {
        return technical.definition();
    }

    private static BillingResult bill(PriceModel pm) {
        BillingInput in = BillingInput.builder("sub-1", FROM, TO, ZONE)
                .priceModel(pm)
                .state(SubscriptionState.active(FROM, pm.id()))
                .user(new UserAssignment("u1", null, FROM, null))
                .build();
        return new BillingEngine().calculate(in).orElseThrow();
    }

    private static PriceModelTerms terms(String perPeriod, String perUser) {
        return new PriceModelTerms(
                PriceModelTerms.PriceModelType.PRO_RATA,
                "EUR",
                PriceModelTerms.PricingPeriod.MONTH,
                null,
                new BigDecimal(perPeriod),
                new BigDecimal(perUser),
                0,
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }

    private static byte[] file() {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + "<tns:TechnicalServices xmlns:tns=\"oscm.serviceprovisioning/1.9/TechnicalService.xsd\">"
                        + "<tns:TechnicalService id=\"Video 1.0\" accessType=\"USER\">"
                        + "<LocalizedDescription locale=\"en\">Video</LocalizedDescription>"
                        + "</tns:TechnicalService></tns:TechnicalServices>")
                .getBytes(StandardCharsets.UTF_8);
    }
}
