package org.bss.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.bss.account.CreatedOrganization;
import org.bss.account.Organization;
import org.bss.account.OrganizationData;
import org.bss.account.OrganizationRole;
import org.bss.account.Organizations;
import org.bss.account.PaymentType;
import org.bss.common.BssException;
import org.bss.common.ObjectNotFoundException;
import org.bss.common.OperationNotPermittedException;
import org.bss.common.ValidationException;
import org.bss.common.persistence.PageRequest;
import org.bss.common.security.Roles;
import org.bss.config.ConfigKeys;
import org.bss.identity.UserData;
import org.bss.marketplace.MarketplaceService;
import org.bss.marketplace.MarketplaceSettings;
import org.bss.marketplace.NewMarketplace;
import org.bss.testing.ServiceHarness;
import org.bss.testing.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** ORG-2 below the surfaces: a supplier registers customers where it publishes; self-registration by the setting. */
class CustomerRegistrationTest {

    @RegisterExtension
    final ServiceHarness bss = new ServiceHarness();

    private String supplierId;
    private String shop;
    private String foreignShop;

    @BeforeEach
    void supplierWithMarketplace() {
        bss.inTransaction(em -> {
            Organization supplier = TestData.organization(em, "Supplier", OrganizationRole.SUPPLIER);
            supplier.addPaymentTypes(EnumSet.of(PaymentType.INVOICE, PaymentType.CREDIT_CARD));
            Organization other = TestData.organization(em, "Other", OrganizationRole.SUPPLIER);
            TestData.user(em, supplier, "manager", Roles.SERVICE_MANAGER);
            supplierId = supplier.getOrgId();
            return other.getOrgId();
        });
        String otherId = bss.inTransaction(
                em -> em.createQuery("select o.orgId from Organization o where o.name = 'Other'", String.class)
                        .getSingleResult());
        bss.callerIs("1000", Roles.PLATFORM_OPERATOR, Roles.ORGANIZATION_ADMIN);
        MarketplaceService marketplaces = bss.bean(MarketplaceService.class);
        MarketplaceSettings open = new MarketplaceSettings("Shop", true, true, true, true);
        MarketplaceSettings restricted = new MarketplaceSettings("Closed", false, true, true, true);
        shop = bss.call(() -> marketplaces.create(new NewMarketplace(supplierId, open)))
                .marketplaceId();
        foreignShop = bss.call(() -> marketplaces.create(new NewMarketplace(otherId, restricted)))
                .marketplaceId();
        bss.callerIs("id:manager", Roles.SERVICE_MANAGER);
    }

    @Test
    void aSupplierRegistersACustomerWhoGetsItsDefaultPaymentTypesAndAMail() {
        bss.call(() -> bss.bean(CustomerService.class).saveDefaultPaymentTypes(Set.of(PaymentType.INVOICE)));

        CreatedOrganization created = bss.call(() -> registration().register(customer("Acme", "acme-admin", shop)));

        assertThat(created.organization().roles()).isEmpty();
        assertThat(created.initialPassword()).isNotBlank();
        assertThat(bss.mails()).hasSize(1);
        CustomerView view = bss.call(() -> customers().get(created.orgId()));
        assertThat(view.name()).isEqualTo("Acme");
        assertThat(view.marketplaceId()).isEqualTo(shop);
        assertThat(view.paymentTypes()).containsExactly(PaymentType.INVOICE);
        assertThat(bss.call(() -> customers().list(new CustomerListQuery(new PageRequest(0, 10), "name", false)))
                        .items())
                .extracting(CustomerView::organizationId)
                .containsExactly(created.orgId());
    }

    @Test
    void refusedWhereTheSupplierMayNotPublishAndNothingIsLeft() {
        assertThat(refused(() -> registration().register(customer("Acme", "acme-admin", foreignShop))))
                .isInstanceOf(OperationNotPermittedException.class);
        assertThat(refused(() -> registration().register(customer("Acme", "acme-admin", "nowhere"))))
                .isInstanceOf(ObjectNotFoundException.class);
        assertThat(refused(() -> registration().register(customer("", "acme-admin", shop))))
                .isInstanceOf(ValidationException.class);
        assertThat(bss.<Long>inTransaction(
                        em -> em.createQuery("select count(o) from Organization o where o.name = 'Acme'", Long.class)
                                .getSingleResult()))
                .isZero();
    }

    @Test
    void paymentTypesOnlyThoseTheOperatorMadeAvailable() {
        assertThat(bss.call(() -> customers().offerablePaymentTypes()))
                .containsExactlyInAnyOrder(PaymentType.INVOICE, PaymentType.CREDIT_CARD);
        assertThat(refused(() -> customers().saveDefaultPaymentTypes(Set.of(PaymentType.DIRECT_DEBIT))))
                .isInstanceOf(ValidationException.class);
        String id = bss.call(() -> registration().register(customer("Acme", "acme-admin", shop)))
                .orgId();
        CustomerView changed = bss.call(() -> customers().savePaymentTypes(id, Set.of(PaymentType.CREDIT_CARD), null));
        assertThat(changed.paymentTypes()).containsExactly(PaymentType.CREDIT_CARD);
    }

    @Test
    void aPaymentConfigurationIsSavedWholeOrNotAtAll() {
        String id = bss.call(() -> registration().register(customer("Acme", "acme-admin", shop)))
                .orgId();
        bss.run(() -> customers()
                .savePaymentConfiguration(Set.of(PaymentType.INVOICE), Map.of(id, Set.of(PaymentType.CREDIT_CARD))));
        assertThat(bss.call(() -> customers().defaultPaymentTypes())).containsExactly(PaymentType.INVOICE);
        assertThat(bss.call(() -> customers().get(id)).paymentTypes()).containsExactly(PaymentType.CREDIT_CARD);

        assertThat(refused(() -> customers()
                        .savePaymentConfiguration(
                                Set.of(PaymentType.CREDIT_CARD), Map.of(id, Set.of(PaymentType.DIRECT_DEBIT)))))
                .isInstanceOf(ValidationException.class);
        assertThat(refused(() -> customers().savePaymentConfiguration(null, Map.of("no-such-customer", Set.of()))))
                .isInstanceOf(ObjectNotFoundException.class);
        assertThat(bss.call(() -> customers().defaultPaymentTypes())).containsExactly(PaymentType.INVOICE);
        assertThat(bss.call(() -> customers().get(id)).paymentTypes()).containsExactly(PaymentType.CREDIT_CARD);
    }

    @Test
    void selfRegistrationIsRefusedWhenDisabledAndLeavesNothing() {
        bss.callerIs("anonymous");
        bss.setting(ConfigKeys.CUSTOMER_SELF_REGISTRATION_ENABLED, "false");

        assertThat(refused(() -> registration().selfRegister(customer("Self", "self-admin", shop), null)))
                .isInstanceOf(OperationNotPermittedException.class)
                .extracting(e -> e.messageKey())
                .isEqualTo("account.customer.selfRegistrationDisabled");
        assertThat(bss.mails()).isEmpty();
    }

    @Test
    void selfRegistrationMakesACustomerOfTheMarketplaceOwnerWhenEnabled() {
        bss.callerIs("anonymous");
        bss.setting(ConfigKeys.CUSTOMER_SELF_REGISTRATION_ENABLED, "true");

        CreatedOrganization self =
                bss.call(() -> registration().selfRegister(customer("Self", "self-admin", shop), null));

        assertThat(bss.<String>inTransaction(
                        em -> Organizations.get(em, self.orgId()).getMarketplaceId()))
                .isEqualTo(shop);
        assertThat(bss.mails()).hasSize(1);
        bss.callerIs("id:manager", Roles.SERVICE_MANAGER);
        assertThat(bss.call(() -> customers().all()))
                .extracting(CustomerView::organizationId)
                .containsExactly(self.orgId());
    }

    @Test
    void selfRegistrationWithANamedSellerOrAnUnknownOne() {
        bss.callerIs("anonymous");
        String otherId = bss.<String>inTransaction(
                em -> em.createQuery("select o.orgId from Organization o where o.name = 'Other'", String.class)
                        .getSingleResult());

        CreatedOrganization self =
                bss.call(() -> registration().selfRegister(customer("Self", "self-admin", shop), otherId));

        assertThat(bss.<Long>inTransaction(em -> em.createQuery(
                                "select count(r) from SupplierCustomer r, Organization s"
                                        + " where s.orgId = :seller and r.supplierKey = s.key",
                                Long.class)
                        .setParameter("seller", otherId)
                        .getSingleResult()))
                .isEqualTo(1);
        assertThat(self.organization().marketplaceId()).isEqualTo(shop);
        assertThat(refused(() -> registration().selfRegister(customer("Lost", "lost-admin", shop), "nobody")))
                .isInstanceOf(ObjectNotFoundException.class);
    }

    private CustomerRegistration registration() {
        return bss.bean(CustomerRegistration.class);
    }

    private CustomerService customers() {
        return bss.bean(CustomerService.class);
    }

    private BssException refused(Runnable call) {
        return catchThrowableOfType(BssException.class, () -> bss.run(call));
    }

    private static NewCustomer customer(String name, String adminId, String marketplaceId) {
        return new NewCustomer(
                new OrganizationData(name, "office@acme.example", null, null, null, null, "DE", "en"),
                new UserData(adminId, adminId + "@acme.example", "en", "MR", "Ann", "Admin", null, null, null),
                marketplaceId);
    }
}
