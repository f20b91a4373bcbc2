package org.bss.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.bss.account.Organization;
import org.bss.account.OrganizationRole;
import org.bss.common.BssException;
import org.bss.common.ConcurrentModificationException;
import org.bss.common.ObjectNotFoundException;
import org.bss.common.OperationNotPermittedException;
import org.bss.common.security.Roles;
import org.bss.testing.ServiceHarness;
import org.bss.testing.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Technical services as the SOAP surface addresses them (by key, with version) and as a supplier sees them: the
 * technical services its technology providers allow it to use (G.1 "Manage suppliers").
 */
class TechnicalServiceServiceTest {

    @RegisterExtension
    final ServiceHarness bss = new ServiceHarness();

    private TechnicalServiceService service;
    private String providerManager;
    private String otherProviderManager;
    private String supplierManager;
    private String customerManager;
    private String supplierId;

    @BeforeEach
    void providersAndASupplier() {
        providerManager =
                manager("Provider", "prov-tm", Roles.TECHNOLOGY_MANAGER, OrganizationRole.TECHNOLOGY_PROVIDER);
        otherProviderManager =
                manager("Other", "other-tm", Roles.TECHNOLOGY_MANAGER, OrganizationRole.TECHNOLOGY_PROVIDER);
        supplierManager = manager("Seller", "sell-sm", Roles.SERVICE_MANAGER, OrganizationRole.SUPPLIER);
        customerManager = manager("Customer", "cust-sm", Roles.SUBSCRIPTION_MANAGER);
        supplierId = bss.inTransaction(
                em -> em.createQuery("select o.orgId from Organization o where o.name = 'Seller'", String.class)
                        .getSingleResult());
        service = bss.bean(TechnicalServiceService.class);
        as(providerManager);
        bss.call(() -> service.importTechnicalServices(file("Allowed 1.0", "Kept 1.0"), Locale.ENGLISH));
        bss.call(() -> service.addSuppliers("Allowed 1.0", List.of(supplierId)));
        as(otherProviderManager);
        bss.call(() -> service.importTechnicalServices(file("Foreign 1.0"), Locale.ENGLISH));
    }

    @Test
    void aSupplierSeesOnlyTheTechnicalServicesItIsAllowedToUse() {
        as(supplierManager);

        List<TechnicalServiceDetails> usable = bss.call(() -> service.listTechnicalServicesForSupplier());

        assertThat(usable).extracting(d -> d.definition().id()).containsExactly("Allowed 1.0");
        assertThat(usable.get(0).key()).isPositive();
        assertThat(usable.get(0).definition().events())
                .extracting(EventDefinition::id)
                .containsExactly("MINUTES");
    }

    @Test
    void anOrganizationThatIsNoSupplierIsRefused() {
        as(customerManager);

        assertThatThrownBy(() -> bss.call(() -> service.listTechnicalServicesForSupplier()))
                .isInstanceOf(OperationNotPermittedException.class)
                .extracting(e -> ((BssException) e).messageKey())
                .isEqualTo("catalog.ts.notSupplier");
    }

    @Test
    void theProviderListsItsOwnWithKeyVersionAndDefinition() {
        as(providerManager);

        List<TechnicalServiceDetails> own = bss.call(() -> service.listTechnicalServiceDetails());

        assertThat(own).extracting(d -> d.definition().id()).containsExactly("Allowed 1.0", "Kept 1.0");
        for (TechnicalServiceDetails details : own) {
            assertThat(bss.call(() -> service.technicalServiceId(details.key())))
                    .isEqualTo(details.definition().id());
        }
    }

    /** Another provider's technical service is "not found", as one that does not exist. */
    @Test
    void aKeyOfAnotherProviderIsNotFound() {
        as(otherProviderManager);
        long foreign =
                bss.call(() -> service.listTechnicalServiceDetails()).get(0).key();
        as(providerManager);

        assertThatThrownBy(() -> bss.call(() -> service.technicalServiceId(foreign)))
                .isInstanceOf(ObjectNotFoundException.class)
                .extracting(e -> ((BssException) e).messageKey())
                .isEqualTo("catalog.ts.keyNotFound");
    }

    @Test
    void aStaleVersionRefusesTheDeletionAndTheReadOneDeletes() {
        as(providerManager);
        TechnicalServiceDetails kept =
                bss.call(() -> service.listTechnicalServiceDetails()).get(1);
        byte[] changed = new String(file("Kept 1.0"), StandardCharsets.UTF_8)
                .replace(">Kept 1.0<", ">Kept, described anew<")
                .getBytes(StandardCharsets.UTF_8);
        bss.call(() -> service.importTechnicalServices(changed, Locale.ENGLISH)); // a newer version

        assertThatThrownBy(() -> bss.run(() -> service.deleteTechnicalService("Kept 1.0", kept.version())))
                .isInstanceOf(ConcurrentModificationException.class);
        int current =
                bss.call(() -> service.listTechnicalServiceDetails()).get(1).version();
        assertThat(current).isGreaterThan(kept.version());
        bss.run(() -> service.deleteTechnicalService("Kept 1.0", current));

        assertThat(bss.call(() -> service.listTechnicalServiceDetails()))
                .extracting(d -> d.definition().id())
                .containsExactly("Allowed 1.0");
    }

    /** SOAP takes "not reached" as an error: the check travels with it (a closed port: no answer, no time-out). */
    @Test
    void aProvisioningUrlThatDoesNotAnswerIsAnError() throws Exception {
        int closed;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closed + "/wsdl";
        as(providerManager);
        bss.call(() -> service.importTechnicalServices(
                ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tns:TechnicalServices"
                                + " xmlns:tns=\"oscm.serviceprovisioning/1.9/TechnicalService.xsd\">"
                                + "<tns:TechnicalService id=\"Dead 1.0\" accessType=\"USER\" provisioningUrl=\"" + url
                                + "\"/></tns:TechnicalServices>")
                        .getBytes(StandardCharsets.UTF_8),
                Locale.ENGLISH));

        assertThatThrownBy(() -> bss.run(() -> service.requireCommunication("Dead 1.0")))
                .isInstanceOfSatisfying(ProvisioningNotReachedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("catalog.ts.notReached");
                    assertThat(e.check().url()).isEqualTo(url);
                    assertThat(e.check().status()).isZero();
                    assertThat(e.check().timedOut()).isFalse();
                });
    }

    private String manager(String orgName, String userId, String role, OrganizationRole... orgRoles) {
        return bss.inTransaction(em -> {
            Organization org = TestData.organization(em, orgName, orgRoles);
            return Long.toString(TestData.user(em, org, userId, role).getKey());
        });
    }

    private void as(String userKey) {
        bss.callerIs(userKey, Roles.TECHNOLOGY_MANAGER, Roles.SERVICE_MANAGER);
    }

    private static byte[] file(String... ids) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<tns:TechnicalServices xmlns:tns=\"oscm.serviceprovisioning/1.9/TechnicalService.xsd\">");
        for (String id : ids) {
            xml.append("<tns:TechnicalService id=\"")
                    .append(id)
                    .append("\" accessType=\"USER\"><LocalizedDescription locale=\"en\">")
                    .append(id)
                    .append("</LocalizedDescription><Event id=\"MINUTES\"><LocalizedDescription locale=\"en\">Minutes")
                    .append("</LocalizedDescription></Event></tns:TechnicalService>");
        }
        return xml.append("</tns:TechnicalServices>").toString().getBytes(StandardCharsets.UTF_8);
    }
}
