package org.bss.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.bss.account.Organization;
import org.bss.account.OrganizationRole;
import org.bss.account.PaymentType;
import org.bss.account.SupplierCustomers;
import org.bss.audit.AuditOperation;
import org.bss.common.ConflictException;
import org.bss.common.ObjectNotFoundException;
import org.bss.common.ValidationException;
import org.bss.common.persistence.PageRequest;
import org.bss.common.security.Roles;
import org.bss.config.ConfigKeys;
import org.bss.testing.ServiceHarness;
import org.bss.testing.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Customer price models (G.6) through the real services: a customer-specific copy carries the customer's own price,
 * checked by the price-model rules, audited as the C variants with the customer, hidden from the supplier's service
 * list, and removed with its service.
 */
class CustomerPriceModelServiceTest {

    @RegisterExtension
    final ServiceHarness bss = new ServiceHarness();

    private String managerKey;
    private String customerId;
    private String strangerId;
    private long serviceKey;

    @BeforeEach
    void aSupplierWithAServiceAndACustomer() {
        bss.setting(ConfigKeys.AUDIT_LOG_ENABLED, "true");
        bss.inTransaction(em -> {
            Organization supplier = TestData.organization(
                    em, "Seller", OrganizationRole.SUPPLIER, OrganizationRole.TECHNOLOGY_PROVIDER);
            managerKey =
                    Long.toString(TestData.user(em, supplier, "sm", Roles.SERVICE_MANAGER, Roles.TECHNOLOGY_MANAGER)
                            .getKey());
            Organization customer = TestData.organization(em, "Buyer");
            SupplierCustomers.relate(
                    em, supplier, customer, "mp1", EnumSet.noneOf(PaymentType.class), ServiceHarness.START);
            customerId = customer.getOrgId();
            strangerId = TestData.organization(em, "Stranger").getOrgId();
            return null;
        });
        asManager();
        bss.call(() -> bss.bean(TechnicalServiceService.class).importTechnicalServices(file(), Locale.ENGLISH));
        long tsKey = bss.call(() -> bss.bean(TechnicalServiceService.class).listTechnicalServiceDetails())
                .get(0)
                .key();
        serviceKey = bss.call(() -> bss.bean(MarketableServiceService.class)
                        .define(new NewService(
                                tsKey, "storage", new ServiceTexts("en", "Storage", null, null), false, List.of())))
                .key();
        bss.call(() -> prices().save(serviceKey, monthly("100.00"), null, "en"));
    }

    @Test
    void theCustomersOwnPriceLivesOnItsCopyAndTheServiceKeepsItsPrice() {
        CustomerPriceModelView saved =
                bss.call(() -> customerPrices().save(serviceKey, customerId, monthly("80.00"), null, "en"));

        assertThat(saved.templateKey()).isEqualTo(serviceKey);
        assertThat(saved.service().key()).isNotEqualTo(serviceKey);
        assertThat(saved.service().serviceId()).startsWith("storage#");
        assertThat(saved.customer().organizationId()).isEqualTo(customerId);
        assertThat(saved.priceModel().terms().pricePerPeriod()).isEqualByComparingTo("80.00");
        assertThat(bss.call(() -> prices().get(serviceKey)).terms().pricePerPeriod())
                .isEqualByComparingTo("100.00");
        assertThat(bss.call(() -> customerPrices().get(serviceKey, customerId))
                        .priceModel()
                        .key())
                .isEqualTo(saved.priceModel().key());
        assertThat(bss.call(() -> customerPrices().ofCustomer(customerId))).hasSize(1);
        assertThat(bss.call(() -> customerPrices().all()))
                .singleElement()
                .satisfies(v -> assertThat(v.customer().name()).isEqualTo("Buyer"));
        assertThat(bss.call(() -> bss.bean(MarketableServiceService.class).list(new PageRequest(0, 50)))
                        .items())
                .as("the copy is not one of the supplier's services")
                .extracting(ServiceView::key)
                .containsExactly(serviceKey);
        assertThatThrownBy(() -> bss.call(() -> bss.bean(MarketableServiceService.class)
                        .get(saved.service().key())))
                .isInstanceOf(ObjectNotFoundException.class);
    }

    @Test
    void savingAuditsTheCustomerVariantsWithTheCustomer() {
        bss.call(() -> customerPrices().save(serviceKey, customerId, monthly("80.00"), null, "en"));

        assertThat(bss.auditEntries(AuditOperation.EDIT_CUSTOMER_PRICE_MODEL))
                .singleElement()
                .satisfies(e -> assertThat(e.getPairs())
                        .contains("serviceId=storage")
                        .contains("customerKey=" + customerId)
                        .contains("customerName=Buyer")
                        .contains("currency=EUR"));
        assertThat(bss.auditEntries(AuditOperation.EDIT_RECURRING_CHARGE_FOR_SUBSCRIPTION_IN_CUSTOMER_PRICE_MODEL))
                .singleElement()
                .satisfies(e -> assertThat(e.getPairs()).contains("recurringCharge=80.00"));
        assertThat(bss.auditEntries(AuditOperation.EDIT_SERVICE_PRICE_MODEL))
                .as("only the service's own price model, when it was set up")
                .hasSize(1);

        CustomerPriceModelView changed =
                bss.call(() -> customerPrices().save(serviceKey, customerId, monthly("70.00"), null, "en"));

        assertThat(bss.auditEntries(AuditOperation.EDIT_RECURRING_CHARGE_FOR_SUBSCRIPTION_IN_CUSTOMER_PRICE_MODEL))
                .hasSize(2);
        assertThat(bss.call(() -> customerPrices().history(serviceKey, customerId)))
                .extracting(s -> s.terms().pricePerPeriod().toPlainString())
                .containsExactly("80.00", "70.00");
        assertThat(changed.priceModel().version()).isGreaterThan(0);
    }

    @Test
    void onlyTheSuppliersCustomersAndValidTermsAndAnInactiveServiceForAChange() {
        assertThatThrownBy(() ->
                        bss.call(() -> customerPrices().save(serviceKey, strangerId, monthly("80.00"), null, "en")))
                .isInstanceOf(ObjectNotFoundException.class);
        assertThatThrownBy(() ->
                        bss.call(() -> customerPrices().save(serviceKey, customerId, monthly("-1.00"), null, "en")))
                .isInstanceOf(ValidationException.class);
        assertThat(bss.call(() -> customerPrices().all()))
                .as("bad input changes nothing")
                .isEmpty();

        CustomerPriceModelView saved =
                bss.call(() -> customerPrices().saveFor(serviceKey, customerId, monthly("80.00"), null, "en"));
        assertThatThrownBy(() ->
                        bss.call(() -> customerPrices().saveFor(serviceKey, customerId, monthly("60.00"), null, "en")))
                .as("the service named while the customer has its copy")
                .isInstanceOf(ConflictException.class);
        assertThat(bss.call(() -> customerPrices()
                                .saveFor(saved.service().key(), customerId, monthly("60.00"), null, "en"))
                        .priceModel()
                        .terms()
                        .pricePerPeriod())
                .isEqualByComparingTo("60.00");

        bss.inTransaction(em -> {
            em.find(MarketableService.class, serviceKey).activate(ServiceHarness.START);
            return null;
        });
        assertThatThrownBy(() ->
                        bss.call(() -> customerPrices().save(serviceKey, customerId, monthly("50.00"), null, "en")))
                .isInstanceOf(ServiceStateException.class);
        assertThat(bss.call(() -> customerPrices().get(serviceKey, customerId))
                        .service()
                        .status())
                .as("a copy shows its service's status")
                .isEqualTo(ServiceStatus.ACTIVE);
    }

    @Test
    void deletingTheCustomerPriceModelIsAuditedAndTheServiceWithItsCopiesCanBeDeleted() {
        CustomerPriceModelView saved =
                bss.call(() -> customerPrices().save(serviceKey, customerId, monthly("80.00"), null, "en"));

        bss.run(() -> customerPrices().delete(serviceKey, customerId, "en"));

        assertThat(bss.auditEntries(AuditOperation.DELETE_CUSTOMER_PRICE_MODEL))
                .singleElement()
                .satisfies(e ->
                        assertThat(e.getPairs()).contains("serviceId=storage").contains("customerKey=" + customerId));
        assertThat(bss.call(() -> customerPrices().find(serviceKey, customerId)))
                .isEmpty();
        assertThatThrownBy(() -> bss.call(() -> customerPrices().get(serviceKey, customerId)))
                .isInstanceOf(ObjectNotFoundException.class);

        CustomerPriceModelView again =
                bss.call(() -> customerPrices().save(serviceKey, customerId, monthly("80.00"), null, "en"));
        assertThat(again.service().key()).isNotEqualTo(saved.service().key());
        bss.run(() -> bss.bean(MarketableServiceService.class)
                .delete(again.service().key(), (long) again.service().version(), "en"));
        assertThat(bss.auditEntries(AuditOperation.DELETE_CUSTOMER_PRICE_MODEL))
                .as("deleteService of the customer's copy deletes the customer price model")
                .hasSize(2);

        bss.call(() -> customerPrices().save(serviceKey, customerId, monthly("80.00"), null, "en"));
        bss.run(() -> bss.bean(MarketableServiceService.class).delete(serviceKey, null, "en"));
        assertThat(bss.auditEntries(AuditOperation.DELETE_CUSTOMER_PRICE_MODEL)).hasSize(3);
        long left = bss.inTransaction(em -> em.createQuery("select count(s) from MarketableService s", Long.class)
                .getSingleResult());
        assertThat(left).isZero();
    }

    @Test
    void anUnconfirmedCustomerDeletedTakesItsPriceModelsAlong() {
        bss.call(() -> customerPrices().save(serviceKey, customerId, monthly("80.00"), null, "en"));
        long customerKey = bss.inTransaction(
                em -> org.bss.account.Organizations.byOrgId(em, customerId).getKey());

        bss.run(() -> bss.bean(DeletedCustomerPrices.class)
                .forget(new org.bss.onboarding.UnconfirmedOrganizationDeleting(customerKey)));

        long copies = bss.inTransaction(em -> em.createQuery(
                        "select count(s) from MarketableService s where s.customerKey is not null", Long.class)
                .getSingleResult());
        assertThat(copies).isZero();
        assertThat(bss.call(() -> prices().get(serviceKey)).terms().pricePerPeriod())
                .isEqualByComparingTo("100.00");
    }

    private PriceModelService prices() {
        return bss.bean(PriceModelService.class);
    }

    private CustomerPriceModelService customerPrices() {
        return bss.bean(CustomerPriceModelService.class);
    }

    private void asManager() {
        bss.callerIs(managerKey, Roles.SERVICE_MANAGER, Roles.TECHNOLOGY_MANAGER);
    }

    static PriceModelTerms monthly(String price) {
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

    private static byte[] file() {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + "<tns:TechnicalServices xmlns:tns=\"oscm.serviceprovisioning/1.9/TechnicalService.xsd\">"
                        + "<tns:TechnicalService id=\"Storage 1.0\" accessType=\"USER\">"
                        + "<LocalizedDescription locale=\"en\">Storage</LocalizedDescription>"
                        + "</tns:TechnicalService></tns:TechnicalServices>")
                .getBytes(StandardCharsets.UTF_8);
    }
}
