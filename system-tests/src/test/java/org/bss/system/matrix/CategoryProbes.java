package org.bss.system.matrix;

import static org.bss.system.matrix.SoapCall.param;
import static org.bss.system.matrix.SoapCall.vo;

import org.bss.system.matrix.Scene.Target;

/**
 * Categories and the tag cloud of a marketplace (App. G.4 "Manage categories", MKT-4): SOAP CategorizationService and
 * TagService, REST /marketplaces/{id}/categories and /tags. The target is a fresh marketplace of organization A, whose
 * administrator is its owner; everyone logged in reads categories and tags.
 */
final class CategoryProbes {

    private CategoryProbes() {}

    static Probe save() {
        return new Probe(
                Target.MARKETPLACE,
                s -> SoapCall.call(
                        "CategorizationService",
                        s.caller.login(),
                        s.caller.password(),
                        "saveCategories",
                        param(
                                        "toBeSaved",
                                        vo("key", "0")
                                                + vo("version", "0")
                                                + vo("categoryId", s.fresh)
                                                + vo("marketplaceId", s.marketplace.marketplaceId())
                                                + vo("name", "Matrix"))
                                + param("locale", "en")),
                s -> RestCall.call(
                        s.caller,
                        "POST",
                        "/marketplaces/" + s.marketplace.marketplaceId() + "/categories",
                        "application/json",
                        "{\"categoryId\":\"" + s.fresh + "\",\"names\":{\"en\":\"Matrix\"}}"),
                (s, surface, a) -> MatrixFixtures.categoryExists(s.marketplace.marketplaceId(), s.fresh));
    }

    static Probe list() {
        return new Probe(
                Target.MARKETPLACE,
                s -> SoapCall.call(
                        "CategorizationService",
                        s.caller.login(),
                        s.caller.password(),
                        "getCategories",
                        param("marketplaceId", s.marketplace.marketplaceId()) + param("locale", "en")),
                s -> RestCall.call(
                        s.caller, "GET", "/marketplaces/" + s.marketplace.marketplaceId() + "/categories", null, null),
                (s, surface, a) -> null);
    }

    static Probe tagCloud() {
        return new Probe(
                Target.MARKETPLACE,
                s -> SoapCall.call(
                        "TagService",
                        s.caller.login(),
                        s.caller.password(),
                        "getTagsForMarketplace",
                        param("locale", "en") + param("marketplaceId", s.marketplace.marketplaceId())),
                s -> RestCall.call(s.caller, "GET", "/tags?marketplaceId=" + s.marketplace.marketplaceId(), null, null),
                (s, surface, a) -> null);
    }
}
