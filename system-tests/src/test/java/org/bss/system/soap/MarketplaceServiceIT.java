package org.bss.system.soap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.bss.system.rest.Shop;
import org.bss.system.soap.AccountServiceIT.Reply;
import org.bss.system.support.TestOrganizations;
import org.bss.system.support.TestOrganizations.TestOrganization;
import org.bss.system.support.TestUsers;
import org.bss.system.support.TestUsers.TestUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

/**
 * MarketplaceService over SOAP (docs/soap.md), raw SOAP 1.1: the operator creates, lists and deletes marketplaces, the
 * owner changes its own and manages who may publish (the contract's own faults for each refusal), anyone reads a
 * marketplace by id, a supplier lists where it may publish and publishes a service there.
 */
class MarketplaceServiceIT {

    private static final String MPS = "MarketplaceService";

    private static Shop shop;
    private static TestUser operator;
    private static TestOrganization otherSupplier;
    private static TestOrganization customer;
    private static final List<String> created = new ArrayList<>();

    @BeforeAll
    static void fixtures() {
        shop = Shop.open();
        operator = TestUsers.operator();
        otherSupplier = TestOrganizations.create("SUPPLIER");
        customer = TestOrganizations.create();
    }

    @AfterAll
    static void cleanUp() throws Exception {
        try {
            for (String id : created) {
                AccountServiceIT.call(MPS, operator, "deleteMarketplace", "<marketplaceId>" + id + "</marketplaceId>");
            }
            shop.close();
        } finally {
            TestOrganizations.delete(otherSupplier, customer);
            TestUsers.delete(operator);
        }
    }

    @Test
    void theOperatorCreatesTheOwnerChangesAnyoneReadsTheOperatorDeletes() throws Exception {
        Reply create = AccountServiceIT.call(
                MPS, operator, "createMarketplace", marketplace(0, 0, "", "SOAP market", false, shop.supplier.orgId()));
        assertThat(create.fault()).as(create.text()).isNull();
        String id = create.value("marketplaceId");
        created.add(id);
        long key = Long.parseLong(create.value("key"));
        int version = Integer.parseInt(create.value("version"));
        assertThat(create.value("owningOrganizationId")).isEqualTo(shop.supplier.orgId());
        assertThat(create.value("open")).isEqualTo("false");

        Reply forOperator = AccountServiceIT.call(MPS, operator, "getMarketplacesForOperator", "");
        Reply owned = AccountServiceIT.call(MPS, shop.owner(), "getMarketplacesOwned", "");
        Reply ownedByCustomer = AccountServiceIT.call(MPS, customer.admin(), "getMarketplacesOwned", "");
        Reply byId = AccountServiceIT.call(
                MPS, customer.admin(), "getMarketplaceById", "<marketplaceId>" + id + "</marketplaceId>");
        Reply unknown = AccountServiceIT.call(
                MPS, customer.admin(), "getMarketplaceById", "<marketplaceId>nowhere-mp</marketplaceId>");
        Reply renamed = AccountServiceIT.call(
                MPS,
                shop.owner(),
                "updateMarketplace",
                marketplace(key, version, id, "Renamed", true, shop.supplier.orgId()));
        Reply stale = AccountServiceIT.call(
                MPS,
                shop.owner(),
                "updateMarketplace",
                marketplace(key, version, id, "Stale", true, shop.supplier.orgId()));
        Reply renameByOperator = AccountServiceIT.call(
                MPS,
                operator,
                "updateMarketplace",
                marketplace(key, version + 1, id, "Mine", true, shop.supplier.orgId()));
        Reply blank = AccountServiceIT.call(
                MPS,
                shop.owner(),
                "updateMarketplace",
                marketplace(key, version + 1, id, " ", true, shop.supplier.orgId()));

        assertThat(ids(forOperator)).contains(id, shop.marketplaceId);
        assertThat(ids(owned)).contains(id, shop.marketplaceId);
        assertThat(ownedByCustomer.fault()).as(ownedByCustomer.text()).isNull();
        assertThat(ids(ownedByCustomer)).isEmpty();
        assertThat(byId.fault()).as(byId.text()).isNull();
        assertThat(byId.value("name")).isEqualTo("SOAP market");
        assertThat(unknown.fault()).as(unknown.text()).isEqualTo("ObjectNotFoundException");
        assertThat(unknown.text()).contains("ex.ObjectNotFoundException.MARKETPLACE");
        assertThat(renamed.fault()).as(renamed.text()).isNull();
        assertThat(renamed.value("name")).isEqualTo("Renamed");
        assertThat(renamed.value("open")).isEqualTo("true");
        assertThat(renamed.value("version")).isEqualTo(Integer.toString(version + 1));
        assertThat(stale.fault()).as(stale.text()).isEqualTo("ConcurrentModificationException");
        assertThat(renameByOperator.fault()).as(renameByOperator.text()).isEqualTo("OperationNotPermittedException");
        assertThat(blank.fault()).as(blank.text()).isEqualTo("ValidationException");

        Reply deleted =
                AccountServiceIT.call(MPS, operator, "deleteMarketplace", "<marketplaceId>" + id + "</marketplaceId>");
        Reply gone = AccountServiceIT.call(
                MPS, customer.admin(), "getMarketplaceById", "<marketplaceId>" + id + "</marketplaceId>");
        assertThat(deleted.fault()).as(deleted.text()).isNull();
        created.remove(id);
        assertThat(gone.fault()).isEqualTo("ObjectNotFoundException");
    }

    @Test
    void theOwnerManagesWhoMayPublishWithTheContractsFaults() throws Exception {
        Reply create = AccountServiceIT.call(
                MPS,
                operator,
                "createMarketplace",
                marketplace(0, 0, "", "Closed market", false, shop.supplier.orgId()));
        assertThat(create.fault()).as(create.text()).isNull();
        String id = create.value("marketplaceId");
        created.add(id);
        String mp = "<marketplaceId>" + id + "</marketplaceId>";
        String other = "<organizationIds>" + otherSupplier.orgId() + "</organizationIds>";

        Reply before = AccountServiceIT.call(MPS, otherSupplier.admin(), "getMarketplacesForOrganization", "");
        Reply grant = AccountServiceIT.call(MPS, shop.owner(), "addOrganizationsToMarketplace", other + mp);
        Reply again = AccountServiceIT.call(MPS, shop.owner(), "addOrganizationsToMarketplace", other + mp);
        Reply notASeller = AccountServiceIT.call(
                MPS,
                shop.owner(),
                "addOrganizationsToMarketplace",
                "<organizationIds>" + customer.orgId() + "</organizationIds>" + mp);
        Reply ban = AccountServiceIT.call(MPS, shop.owner(), "banOrganizationsFromMarketplace", other + mp);
        Reply bannedList = AccountServiceIT.call(MPS, shop.owner(), "getBannedOrganizationsForMarketplace", mp);
        Reply granted = AccountServiceIT.call(MPS, shop.owner(), "getOrganizationsForMarketplace", mp);
        Reply after = AccountServiceIT.call(MPS, otherSupplier.admin(), "getMarketplacesForOrganization", "");
        Reply customerMay = AccountServiceIT.call(MPS, customer.admin(), "getMarketplacesForOrganization", "");
        Reply accessible = AccountServiceIT.call(MPS, customer.admin(), "getAccessibleMarketplaces", "");
        Reply remove = AccountServiceIT.call(MPS, shop.owner(), "removeOrganizationsFromMarketplace", other + mp);
        Reply afterRemove = AccountServiceIT.call(MPS, shop.owner(), "getOrganizationsForMarketplace", mp);

        assertThat(ids(before)).doesNotContain(id);
        assertThat(grant.fault()).as(grant.text()).isNull();
        assertThat(again.fault()).as(again.text()).isEqualTo("OrganizationAlreadyExistsException");
        assertThat(notASeller.fault()).as(notASeller.text()).isEqualTo("OrganizationAuthorityException");
        assertThat(ban.fault()).as(ban.text()).isEqualTo("MarketplaceAccessTypeUneligibleForOperationException");
        assertThat(bannedList.fault())
                .as(bannedList.text())
                .isEqualTo("MarketplaceAccessTypeUneligibleForOperationException");
        assertThat(granted.fault()).as(granted.text()).isNull();
        assertThat(values(granted, "organizationId"))
                .containsExactlyInAnyOrder(shop.supplier.orgId(), otherSupplier.orgId());
        assertThat(ids(after)).contains(id);
        assertThat(customerMay.fault()).as(customerMay.text()).isNull();
        assertThat(ids(customerMay)).isEmpty();
        assertThat(ids(accessible)).contains(id, shop.marketplaceId);
        assertThat(remove.fault()).as(remove.text()).isNull();
        assertThat(values(afterRemove, "organizationId")).containsExactly(shop.supplier.orgId());
    }

    @Test
    void aSupplierPublishesItsServiceWhereItMay() throws Exception {
        long service = shop.service("soap-published");
        String svc = "<service><tns:key>" + service + "</tns:key><tns:version>0</tns:version></service>";
        Reply none = AccountServiceIT.call(MPS, shop.serviceManager, "getMarketplacesForService", svc);
        Reply published = AccountServiceIT.call(
                MPS, shop.serviceManager, "publishService", svc + entry(shop.marketplaceId, true));
        Reply entries = AccountServiceIT.call(MPS, shop.serviceManager, "getMarketplacesForService", svc);
        Reply noEntry = AccountServiceIT.call(MPS, shop.serviceManager, "publishService", svc);
        Reply create = AccountServiceIT.call(
                MPS, operator, "createMarketplace", marketplace(0, 0, "", "Not yours", false, otherSupplier.orgId()));
        String closed = create.value("marketplaceId");
        created.add(closed);
        Reply refused = AccountServiceIT.call(MPS, shop.serviceManager, "publishService", svc + entry(closed, true));

        assertThat(none.fault()).as(none.text()).isNull();
        assertThat(none.doc().getElementsByTagName("return").getLength()).isZero();
        assertThat(published.fault()).as(published.text()).isNull();
        assertThat(published.value("serviceId")).isEqualTo("soap-published");
        assertThat(entries.fault()).as(entries.text()).isNull();
        assertThat(entries.doc().getElementsByTagName("return").getLength()).isEqualTo(1);
        assertThat(entries.value("marketplaceId")).isEqualTo(shop.marketplaceId);
        assertThat(entries.value("visibleInCatalog")).isEqualTo("true");
        assertThat(noEntry.fault()).as(noEntry.text()).isEqualTo("ValidationException");
        assertThat(refused.fault()).as(refused.text()).isEqualTo("PublishingToMarketplaceNotPermittedException");
    }

    @Test
    void aCustomerSeesWhatAMarketplaceOffersAndWhoSellsIt() throws Exception {
        long onSale = shop.onSale("soap-offered");
        long inactive = shop.service("soap-draft");
        shop.publish(inactive);
        String sps = "ServiceProvisioningService";

        Reply offered = AccountServiceIT.call(
                sps,
                customer.admin(),
                "getServicesForMarketplace",
                "<marketplaceId>" + shop.marketplaceId + "</marketplaceId>");
        Reply nowhere = AccountServiceIT.call(
                sps, customer.admin(), "getServicesForMarketplace", "<marketplaceId>nowhere-mp</marketplaceId>");
        Reply one = AccountServiceIT.call(
                sps,
                customer.admin(),
                "getServiceForMarketplace",
                "<serviceKey>" + onSale + "</serviceKey><marketplaceId>" + shop.marketplaceId
                        + "</marketplaceId><locale>en</locale>");
        Reply notOffered = AccountServiceIT.call(
                sps,
                customer.admin(),
                "getServiceForMarketplace",
                "<serviceKey>" + inactive + "</serviceKey><marketplaceId>" + shop.marketplaceId
                        + "</marketplaceId><locale>en</locale>");
        Reply unknownMarketplace = AccountServiceIT.call(
                sps,
                customer.admin(),
                "getServiceForMarketplace",
                "<serviceKey>" + onSale + "</serviceKey><marketplaceId>nowhere-mp</marketplaceId><locale>en</locale>");
        Reply seller = AccountServiceIT.call(
                sps,
                customer.admin(),
                "getServiceSeller",
                "<serviceKey>" + onSale + "</serviceKey><locale>en</locale>");
        Reply noService = AccountServiceIT.call(
                sps, customer.admin(), "getServiceSeller", "<serviceKey>999999999</serviceKey><locale>en</locale>");

        assertThat(offered.fault()).as(offered.text()).isNull();
        assertThat(values(offered, "serviceId")).contains("soap-offered").doesNotContain("soap-draft");
        assertThat(nowhere.fault()).as(nowhere.text()).isNull();
        assertThat(nowhere.doc().getElementsByTagName("return").getLength()).isZero();
        assertThat(one.fault()).as(one.text()).isNull();
        assertThat(one.value("serviceId")).isEqualTo("soap-offered");
        assertThat(one.value("status")).isEqualTo("ACTIVE");
        assertThat(one.value("subscriptionLimitReached")).isEqualTo("false");
        assertThat(notOffered.fault()).as(notOffered.text()).isNull();
        assertThat(notOffered.doc().getElementsByTagName("return").getLength()).isZero();
        assertThat(unknownMarketplace.fault()).as(unknownMarketplace.text()).isEqualTo("ObjectNotFoundException");
        assertThat(seller.fault()).as(seller.text()).isNull();
        assertThat(seller.value("organizationId")).isEqualTo(shop.supplier.orgId());
        assertThat(noService.fault()).as(noService.text()).isEqualTo("ObjectNotFoundException");
        assertThat(noService.text()).contains("ex.ObjectNotFoundException.SERVICE");
    }

    @Test
    void relatedServicesAreTheOthersOnTheSameTechnicalServiceOnSaleThere() throws Exception {
        long basic = shop.onSale("soap-related-basic");
        long pro = shop.sibling(basic, "soap-related-pro");
        shop.publish(pro);
        shop.activate(pro);
        long draft = shop.sibling(basic, "soap-related-draft");
        shop.publish(draft);

        Reply related = AccountServiceIT.call(
                "ServiceProvisioningService",
                customer.admin(),
                "getRelatedServicesForMarketplace",
                "<service><tns:key>" + basic + "</tns:key><tns:version>0</tns:version></service><marketplaceId>"
                        + shop.marketplaceId + "</marketplaceId><locale>en</locale>");
        Reply unknown = AccountServiceIT.call(
                "ServiceProvisioningService",
                customer.admin(),
                "getRelatedServicesForMarketplace",
                "<service><tns:key>999999999</tns:key><tns:version>0</tns:version></service><marketplaceId>"
                        + shop.marketplaceId + "</marketplaceId>");

        assertThat(related.fault()).as(related.text()).isNull();
        assertThat(values(related, "serviceId")).containsExactly("soap-related-pro");
        assertThat(unknown.fault()).as(unknown.text()).isEqualTo("ObjectNotFoundException");
    }

    @Test
    void aCategoryListsItsServicesOnSale() throws Exception {
        Reply saved = AccountServiceIT.call(
                "CategorizationService",
                shop.owner(),
                "saveCategories",
                "<toBeSaved><tns:key>0</tns:key><tns:version>0</tns:version><tns:categoryId>soap-mp-cat</tns:categoryId>"
                        + "<tns:marketplaceId>" + shop.marketplaceId + "</tns:marketplaceId><tns:name>Cat</tns:name>"
                        + "</toBeSaved><locale>en</locale>");
        assertThat(saved.fault()).as(saved.text()).isNull();
        long inCategory = shop.service("soap-in-category");
        shop.publish(inCategory);
        shop.categorize(inCategory, "soap-mp-cat");
        long notOnSale = shop.service("soap-category-draft");
        shop.publish(notOnSale);
        shop.categorize(notOnSale, "soap-mp-cat");
        shop.activate(inCategory);
        Reply categories = AccountServiceIT.call(
                "CategorizationService",
                customer.admin(),
                "getCategories",
                "<marketplaceId>" + shop.marketplaceId + "</marketplaceId><locale>en</locale>");
        String categoryKey = categories.value("key");

        Reply services = AccountServiceIT.call(
                "CategorizationService",
                customer.admin(),
                "getServicesForCategory",
                "<categoryKey>" + categoryKey + "</categoryKey>");
        Reply unknown = AccountServiceIT.call(
                "CategorizationService",
                customer.admin(),
                "getServicesForCategory",
                "<categoryKey>999999999</categoryKey>");

        assertThat(services.fault()).as(services.text()).isNull();
        assertThat(values(services, "serviceId")).containsExactly("soap-in-category");
        assertThat(unknown.fault()).as(unknown.text()).isNull();
        assertThat(unknown.doc().getElementsByTagName("return").getLength()).isZero();
    }

    @Test
    void theMarketplaceOwnerSuspendsAndResumesAServiceOnSale() throws Exception {
        long onSale = shop.onSale("soap-suspended");
        String sps = "ServiceProvisioningService";
        String svc = "<service><tns:key>" + onSale + "</tns:key><tns:version>0</tns:version></service>";

        Reply byCustomer = AccountServiceIT.call(sps, customer.admin(), "suspendService", svc + "<reason>No</reason>");
        Reply suspended = AccountServiceIT.call(sps, shop.owner(), "suspendService", svc + "<reason>Checking</reason>");
        Reply offered = AccountServiceIT.call(
                sps,
                customer.admin(),
                "getServicesForMarketplace",
                "<marketplaceId>" + shop.marketplaceId + "</marketplaceId>");
        Reply again = AccountServiceIT.call(sps, shop.owner(), "suspendService", svc + "<reason>Again</reason>");
        Reply resumed = AccountServiceIT.call(sps, shop.owner(), "resumeService", svc);
        Reply resumedAgain = AccountServiceIT.call(sps, shop.owner(), "resumeService", svc);

        assertThat(byCustomer.fault()).as(byCustomer.text()).isEqualTo("OperationNotPermittedException");
        assertThat(suspended.fault()).as(suspended.text()).isNull();
        assertThat(suspended.value("status")).isEqualTo("SUSPENDED");
        assertThat(values(offered, "serviceId")).doesNotContain("soap-suspended");
        assertThat(again.fault()).as(again.text()).isEqualTo("ServiceStateException");
        assertThat(resumed.fault()).as(resumed.text()).isNull();
        assertThat(resumed.value("status")).isEqualTo("ACTIVE");
        assertThat(resumedAgain.fault()).as(resumedAgain.text()).isEqualTo("ServiceStateException");
    }

    @Test
    void setActivationStatesPublishesAndActivatesAllOrNothing() throws Exception {
        long first = shop.service("soap-activated");
        shop.price(first);
        long unpriced = shop.service("soap-unpriced");
        String sps = "ServiceProvisioningService";

        Reply refused = AccountServiceIT.call(
                sps,
                shop.serviceManager,
                "setActivationStates",
                activation(first, true, shop.marketplaceId) + activation(unpriced, true, shop.marketplaceId));
        Reply entriesAfterRefusal = AccountServiceIT.call(
                MPS,
                shop.serviceManager,
                "getMarketplacesForService",
                "<service><tns:key>" + first + "</tns:key><tns:version>0</tns:version></service>");
        Reply activated = AccountServiceIT.call(
                sps, shop.serviceManager, "setActivationStates", activation(first, true, shop.marketplaceId));
        Reply deactivated =
                AccountServiceIT.call(sps, shop.serviceManager, "setActivationStates", activation(first, false, null));

        assertThat(refused.fault()).as(refused.text()).isEqualTo("ServiceOperationException");
        assertThat(entriesAfterRefusal.doc().getElementsByTagName("return").getLength())
                .as("nothing published")
                .isZero();
        assertThat(activated.fault()).as(activated.text()).isNull();
        assertThat(activated.value("status")).isEqualTo("ACTIVE");
        assertThat(deactivated.fault()).as(deactivated.text()).isNull();
        assertThat(deactivated.value("status")).isEqualTo("INACTIVE");
    }

    private static String activation(long serviceKey, boolean active, String marketplaceId) {
        return "<activations><tns:active>" + active + "</tns:active>"
                + (marketplaceId == null ? "" : entry(marketplaceId, true).replace("entries>", "tns:catalogEntries>"))
                + "<tns:service><tns:key>" + serviceKey + "</tns:key><tns:version>0</tns:version></tns:service>"
                + "</activations>";
    }

    @Test
    void theOperationsWaitingForLaterAreNotSupported() throws Exception {
        Reply forSubscription = AccountServiceIT.call(
                MPS,
                customer.admin(),
                "getMarketplaceForSubscription",
                "<subscriptionKey>1</subscriptionKey>" + "<locale>en</locale>");

        assertThat(forSubscription.text()).contains("not supported by BSS");
    }

    @Test
    void theOwnerSavesTheBrandingUrlAnyoneReadsItTheOperatorMayNot() throws Exception {
        String id = shop.marketplaceId;
        Reply none = AccountServiceIT.call(
                MPS, customer.admin(), "getBrandingUrl", "<marketplaceId>" + id + "</marketplaceId>");
        Reply read = AccountServiceIT.call(
                MPS, shop.owner(), "getMarketplaceById", "<marketplaceId>" + id + "</marketplaceId>");
        long key = Long.parseLong(read.value("key"));
        int version = Integer.parseInt(read.value("version"));
        Reply byOperator = AccountServiceIT.call(
                MPS, operator, "saveBrandingUrl", branding(key, version, id, "https://brand.example.com/op.css"));
        Reply invalid = AccountServiceIT.call(
                MPS, shop.owner(), "saveBrandingUrl", branding(key, version, id, "javascript:alert(1)"));
        Reply saved = AccountServiceIT.call(
                MPS,
                shop.owner(),
                "saveBrandingUrl",
                branding(key, version, id, " https://brand.example.com/shop.css "));
        Reply stale = AccountServiceIT.call(
                MPS,
                shop.owner(),
                "saveBrandingUrl",
                branding(key, version, id, "https://brand.example.com/stale.css"));
        Reply after = AccountServiceIT.call(
                MPS, customer.admin(), "getBrandingUrl", "<marketplaceId>" + id + "</marketplaceId>");
        Reply unknown = AccountServiceIT.call(
                MPS, customer.admin(), "getBrandingUrl", "<marketplaceId>nowhere-mp</marketplaceId>");

        assertThat(none.fault()).as(none.text()).isNull();
        assertThat(none.value("return")).as(none.text()).isNullOrEmpty();
        assertThat(byOperator.fault()).as(byOperator.text()).isEqualTo("OperationNotPermittedException");
        assertThat(invalid.fault()).as(invalid.text()).isEqualTo("ValidationException");
        assertThat(saved.fault()).as(saved.text()).isNull();
        assertThat(stale.fault()).as(stale.text()).isEqualTo("ConcurrentModificationException");
        assertThat(after.value("return")).isEqualTo("https://brand.example.com/shop.css");
        assertThat(unknown.fault()).as(unknown.text()).isEqualTo("ObjectNotFoundException");
    }

    private static String branding(long key, int version, String id, String url) {
        return "<marketplace><tns:key>" + key + "</tns:key><tns:version>" + version
                + "</tns:version><tns:marketplaceId>" + id + "</tns:marketplaceId></marketplace><brandingUrl>" + url
                + "</brandingUrl>";
    }

    private static String marketplace(long key, int version, String id, String name, boolean open, String owner) {
        return "<marketplace><tns:key>" + key + "</tns:key><tns:version>" + version
                + "</tns:version><tns:categoriesEnabled>false</tns:categoriesEnabled>"
                + (id.isEmpty() ? "" : "<tns:marketplaceId>" + id + "</tns:marketplaceId>")
                + "<tns:name>" + name + "</tns:name><tns:open>" + open + "</tns:open><tns:owningOrganizationId>"
                + owner + "</tns:owningOrganizationId><tns:reviewEnabled>false</tns:reviewEnabled>"
                + "<tns:taggingEnabled>true</tns:taggingEnabled></marketplace>";
    }

    private static String entry(String marketplaceId, boolean visible) {
        return "<entries><tns:key>0</tns:key><tns:version>0</tns:version><tns:anonymousVisible>false"
                + "</tns:anonymousVisible><tns:marketplace><tns:key>0</tns:key><tns:version>0</tns:version>"
                + "<tns:categoriesEnabled>false</tns:categoriesEnabled><tns:marketplaceId>" + marketplaceId
                + "</tns:marketplaceId><tns:open>false</tns:open><tns:reviewEnabled>false</tns:reviewEnabled>"
                + "<tns:taggingEnabled>false</tns:taggingEnabled></tns:marketplace><tns:visibleInCatalog>" + visible
                + "</tns:visibleInCatalog></entries>";
    }

    private static List<String> ids(Reply reply) {
        assertThat(reply.fault()).as(reply.text()).isNull();
        return values(reply, "marketplaceId");
    }

    private static List<String> values(Reply reply, String name) {
        NodeList nodes = reply.doc().getElementsByTagNameNS(AccountServiceIT.NS, name);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getTextContent());
        }
        return values;
    }
}
