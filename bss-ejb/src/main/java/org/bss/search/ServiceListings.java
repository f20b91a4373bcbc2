package org.bss.search;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bss.account.Organization;
import org.bss.account.OrganizationDataValidator;
import org.bss.catalog.LocalizedText;
import org.bss.catalog.MarketableService;
import org.bss.catalog.MarketableServices;
import org.bss.catalog.PriceModels;
import org.bss.catalog.ServiceStatus;
import org.bss.catalog.ServiceTexts;
import org.bss.marketplace.Publication;
import org.bss.marketplace.Publications;
import org.bss.review.Reviews;
import org.bss.search.ServiceListing.LocaleTexts;
import org.bss.tagging.Categories;

/**
 * Reads what the index must hold from the database. A service is listed while it is ACTIVE (on sale) and published
 * on a marketplace with "show in catalog" on; an inactive, suspended, unpublished, hidden or deleted one is not.
 */
public final class ServiceListings {

    /** The locales indexed: one set of text fields each, with its own analyser. */
    public static final List<String> LOCALES = OrganizationDataValidator.LOCALES;

    private static final String FALLBACK_LOCALE = "en";
    private static final int CLEAR_EVERY = 200;

    private ServiceListings() {}

    /** The service's listing, or empty: not (or no longer) listed. */
    public static Optional<ServiceListing> of(EntityManager em, long serviceKey) {
        return of(em, serviceKey, new HashMap<>());
    }

    private static Optional<ServiceListing> of(EntityManager em, long serviceKey, Map<Long, List<LocalizedText>> tags) {
        return MarketableServices.find(em, serviceKey)
                .filter(s -> s.getStatus() == ServiceStatus.ACTIVE)
                .flatMap(s -> Publications.of(em, serviceKey)
                        .filter(Publication::isVisible)
                        .map(p -> listing(em, s, p, tags)));
    }

    /**
     * Every service listed on any marketplace, by key; each technical service's definition is read once, and the
     * persistence context is cleared as it goes (the listings are plain values), so that it stays small.
     */
    public static List<ServiceListing> all(EntityManager em) {
        Map<Long, List<LocalizedText>> tags = new HashMap<>();
        List<Long> keys = em.createQuery(
                        "select s.key from MarketableService s, Publication p where p.serviceKey = s.key"
                                + " and p.visible = true and s.status = :active order by s.key",
                        Long.class)
                .setParameter("active", ServiceStatus.ACTIVE)
                .getResultList();
        List<ServiceListing> listings = new ArrayList<>(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            of(em, keys.get(i), tags).ifPresent(listings::add);
            if (i % CLEAR_EVERY == CLEAR_EVERY - 1) {
                em.clear();
            }
        }
        return listings;
    }

    private static ServiceListing listing(
            EntityManager em,
            MarketableService service,
            Publication publication,
            Map<Long, List<LocalizedText>> tagsOfTechnicalServices) {
        Organization supplier = em.find(Organization.class, service.getSupplierKey());
        List<LocalizedText> tags = tagsOfTechnicalServices.computeIfAbsent(
                service.getTechnicalService().getKey(),
                k -> service.getTechnicalService().definition().texts().tags());
        Map<String, LocaleTexts> texts = new LinkedHashMap<>();
        for (String locale : LOCALES) {
            ServiceTexts t = texts(service, locale);
            texts.put(
                    locale,
                    new LocaleTexts(
                            t == null ? null : t.name(),
                            t == null ? null : t.shortDescription(),
                            t == null ? null : t.description(),
                            tags(tags, locale)));
        }
        return new ServiceListing(
                service.getKey(),
                service.getServiceId(),
                publication.getMarketplace().getMarketplaceId(),
                supplier == null ? null : supplier.getOrgId(),
                supplier == null ? null : supplier.getName(),
                texts,
                PriceModels.of(em, service.getKey())
                        .map(pm -> PriceSummary.of(pm.terms()))
                        .orElse(null),
                Categories.idsOfService(em, service.getKey()),
                Reviews.averageRating(em, service.getKey()));
    }

    private static ServiceTexts texts(MarketableService service, String locale) {
        return service.texts(locale)
                .or(() -> service.texts(FALLBACK_LOCALE))
                .or(() -> service.allTexts().stream().findFirst())
                .orElse(null);
    }

    /** The technical service's tags of a locale (those without a locale are the file's default language: all). */
    static List<String> tags(List<LocalizedText> tags, String locale) {
        List<String> own = tags.stream()
                .filter(t -> t.locale() == null || t.locale().equals(locale))
                .map(LocalizedText::text)
                .toList();
        if (!own.isEmpty() || locale.equals(FALLBACK_LOCALE)) {
            return own;
        }
        return tags(tags, FALLBACK_LOCALE);
    }
}
