package org.bss.system.matrix;

import static org.bss.system.matrix.SoapCall.param;

import org.bss.system.matrix.Scene.Target;

/**
 * Marketplaces (App. G.4, MKT-1/2): SOAP MarketplaceService, REST /marketplaces. The target is a fresh restricted
 * marketplace of organization A, whose administrator is its owner.
 */
final class MarketplaceProbes {

    private MarketplaceProbes() {}

    /** The owner lets organization A (a supplier) publish on its restricted marketplace. */
    static Probe grantSupplier() {
        return new Probe(
                Target.MARKETPLACE,
                s -> SoapCall.call(
                        "MarketplaceService",
                        s.caller.login(),
                        s.caller.password(),
                        "addOrganizationsToMarketplace",
                        param("organizationIds", s.cast.a().orgId())
                                + param("marketplaceId", s.marketplace.marketplaceId())),
                s -> RestCall.call(
                        s.caller,
                        "POST",
                        "/marketplaces/" + s.marketplace.marketplaceId() + "/suppliers/granted",
                        "application/json",
                        "{\"organizationIds\":[\"" + s.cast.a().orgId() + "\"]}"),
                (s, surface, a) -> MatrixFixtures.supplierGranted(
                        s.marketplace.key(), s.cast.a().key()));
    }

    /** The featured services of the landing page (REST only: the contract has no such operation), the owner's. */
    static Probe feature() {
        return new Probe(
                Target.MARKETPLACE,
                null,
                s -> RestCall.call(
                        s.caller,
                        "PUT",
                        "/marketplaces/" + s.marketplace.marketplaceId() + "/featured-services",
                        "application/json",
                        "{\"serviceKeys\":[]}"),
                (s, surface, a) -> null);
    }

    /** A marketplace's definition: SOAP getMarketplaceById for anyone, REST for the operator and the owner. */
    static Probe read() {
        return new Probe(
                Target.MARKETPLACE,
                s -> SoapCall.call(
                        "MarketplaceService",
                        s.caller.login(),
                        s.caller.password(),
                        "getMarketplaceById",
                        param("marketplaceId", s.marketplace.marketplaceId())),
                s -> RestCall.call(s.caller, "GET", "/marketplaces/" + s.marketplace.marketplaceId(), null, null),
                (s, surface, a) -> null);
    }

    /** The services a marketplace offers (SOAP only): anyone logged in. */
    static Probe offered() {
        return new Probe(
                Target.MARKETPLACE,
                s -> SoapCall.call(
                        "ServiceProvisioningService",
                        s.caller.login(),
                        s.caller.password(),
                        "getServicesForMarketplace",
                        param("marketplaceId", s.marketplace.marketplaceId())),
                null,
                (s, surface, a) -> null);
    }

    /** The owner stores the branding URL of its marketplace (SOAP only; the contract's saveBrandingUrl). */
    static Probe saveBrandingUrl() {
        return new Probe(
                Target.MARKETPLACE,
                s -> SoapCall.call(
                        "MarketplaceService",
                        s.caller.login(),
                        s.caller.password(),
                        "saveBrandingUrl",
                        param(
                                        "marketplace",
                                        SoapCall.vo("key", String.valueOf(s.marketplace.key()))
                                                + SoapCall.vo("version", "0")
                                                + SoapCall.vo("marketplaceId", s.marketplace.marketplaceId()))
                                + param("brandingUrl", "https://brand.example.com/shop.css")),
                null,
                (s, surface, a) ->
                        "https://brand.example.com/shop.css".equals(MatrixFixtures.brandingUrl(s.marketplace.key())));
    }

    /** A marketplace's branding URL (SOAP only): anyone logged in. */
    static Probe readBrandingUrl() {
        return new Probe(
                Target.MARKETPLACE,
                s -> SoapCall.call(
                        "MarketplaceService",
                        s.caller.login(),
                        s.caller.password(),
                        "getBrandingUrl",
                        param("marketplaceId", s.marketplace.marketplaceId())),
                null,
                (s, surface, a) -> null);
    }
}
