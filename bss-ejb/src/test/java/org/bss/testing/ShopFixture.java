package org.bss.testing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.bss.account.Organization;
import org.bss.account.OrganizationRole;
import org.bss.catalog.MarketableServiceService;
import org.bss.catalog.MarketableServices;
import org.bss.catalog.NewService;
import org.bss.catalog.ServiceTexts;
import org.bss.catalog.TechnicalServiceDetails;
import org.bss.catalog.TechnicalServiceService;
import org.bss.common.security.Roles;
import org.bss.marketplace.MarketplaceService;
import org.bss.marketplace.MarketplaceSettings;
import org.bss.marketplace.NewMarketplace;
import org.bss.marketplace.PublishingService;

/**
 * A marketplace with services on it, built through the services themselves (for the tests of categories, tags and
 * reviews): organization Seller (technology provider, supplier) owns marketplace {@link #marketplaceId}; its user
 * {@code seller} is technology manager, service manager and marketplace owner; organization Customer has an
 * administrator {@code customer-admin} and a user {@code customer-user}; organization Other has a marketplace owner
 * {@code other-owner} of marketplace {@link #otherMarketplaceId} (open: every supplier publishes there). Technical services are imported with the given tags.
 */
public final class ShopFixture {

    private final ServiceHarness bss;
    public final String sellerKey;
    public final String sellerOrgId;
    public final String customerAdminKey;
    public final String customerUserKey;
    public final String otherOwnerKey;
    public final String marketplaceId;
    public final String otherMarketplaceId;

    public ShopFixture(ServiceHarness bss) {
        this.bss = bss;
        List<String> keys = bss.inTransaction(em -> {
            Organization seller = TestData.organization(
                    em, "Seller", OrganizationRole.TECHNOLOGY_PROVIDER, OrganizationRole.SUPPLIER);
            Organization customer = TestData.organization(em, "Customer");
            Organization other = TestData.organization(em, "Other", OrganizationRole.SUPPLIER);
            return List.of(
                    key(TestData.user(em, seller, "seller", Roles.SERVICE_MANAGER)
                            .getKey()),
                    seller.getOrgId(),
                    key(TestData.user(em, customer, "customer-admin", Roles.ORGANIZATION_ADMIN)
                            .getKey()),
                    key(TestData.user(em, customer, "customer-user", Roles.SUBSCRIPTION_MANAGER)
                            .getKey()),
                    key(TestData.user(em, other, "other-owner", Roles.ORGANIZATION_ADMIN)
                            .getKey()),
                    other.getOrgId());
        });
        sellerKey = keys.get(0);
        sellerOrgId = keys.get(1);
        customerAdminKey = keys.get(2);
        customerUserKey = keys.get(3);
        otherOwnerKey = keys.get(4);
        bss.callerIs("1000", Roles.PLATFORM_OPERATOR, Roles.ORGANIZATION_ADMIN);
        MarketplaceService marketplaces = bss.bean(MarketplaceService.class);
        marketplaceId = bss.call(() -> marketplaces.create(new NewMarketplace(sellerOrgId, settings("Shop"))))
                .marketplaceId();
        otherMarketplaceId = bss.call(() -> marketplaces.create(
                        new NewMarketplace(keys.get(5), new MarketplaceSettings("Other", true, true, true, true))))
                .marketplaceId();
    }

    private static String key(long key) {
        return Long.toString(key);
    }

    private static MarketplaceSettings settings(String name) {
        return new MarketplaceSettings(name, false, true, true, true);
    }

    public void asSeller() {
        bss.callerIs(sellerKey, Roles.TECHNOLOGY_MANAGER, Roles.SERVICE_MANAGER, Roles.MARKETPLACE_OWNER);
    }

    public void asOtherOwner() {
        bss.callerIs(otherOwnerKey, Roles.ORGANIZATION_ADMIN, Roles.MARKETPLACE_OWNER);
    }

    public void asCustomerAdmin() {
        bss.callerIs(customerAdminKey, Roles.ORGANIZATION_ADMIN);
    }

    public void asCustomerUser() {
        bss.callerIs(customerUserKey, Roles.SUBSCRIPTION_MANAGER);
    }

    /**
     * Imports a technical service with these tags ({@code "en:video"}: locale and value; no colon: no locale) and
     * defines an inactive service {@code serviceId} on it, named as its id; returns the service's key.
     */
    public long service(String serviceId, String... tags) {
        asSeller();
        TechnicalServiceService technical = bss.bean(TechnicalServiceService.class);
        bss.call(() -> technical.importTechnicalServices(file("TS " + serviceId, tags), Locale.ENGLISH));
        long tsKey = bss.call(() -> technical.listTechnicalServiceDetails()).stream()
                .filter(d -> d.definition().id().equals("TS " + serviceId))
                .map(TechnicalServiceDetails::key)
                .findFirst()
                .orElseThrow();
        return bss.call(() -> bss.bean(MarketableServiceService.class)
                        .define(new NewService(
                                tsKey, serviceId, new ServiceTexts("en", serviceId, null, null), false, List.of())))
                .key();
    }

    /** Publishes the inactive service on a marketplace, shown in the catalog or not. */
    public void publish(long serviceKey, String onMarketplace, boolean visible) {
        asSeller();
        bss.call(() -> bss.bean(PublishingService.class).publish(serviceKey, onMarketplace, visible, "en"));
    }

    /** Puts a service on sale (a fixture: the price model the real activation needs is left out). */
    public void activate(long serviceKey) {
        bss.inTransaction(em -> {
            MarketableServices.find(em, serviceKey).orElseThrow().activate(ServiceHarness.START);
            return null;
        });
    }

    /** Defines, publishes (shown) on the seller's marketplace and activates a service with these tags. */
    public long onSale(String serviceId, String... tags) {
        long key = service(serviceId, tags);
        publish(key, marketplaceId, true);
        activate(key);
        return key;
    }

    private static byte[] file(String id, String... tags) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + "<tns:TechnicalServices xmlns:tns=\"oscm.serviceprovisioning/1.9/TechnicalService.xsd\">")
                .append("<tns:TechnicalService id=\"")
                .append(id)
                .append("\" accessType=\"USER\"><LocalizedDescription locale=\"en\">")
                .append(id)
                .append("</LocalizedDescription>");
        for (String tag : tags) {
            int colon = tag.indexOf(':');
            xml.append(colon < 0 ? "<LocalizedTag>" : "<LocalizedTag locale=\"" + tag.substring(0, colon) + "\">")
                    .append(tag.substring(colon + 1))
                    .append("</LocalizedTag>");
        }
        return xml.append("</tns:TechnicalService></tns:TechnicalServices>")
                .toString()
                .getBytes(StandardCharsets.UTF_8);
    }
}
