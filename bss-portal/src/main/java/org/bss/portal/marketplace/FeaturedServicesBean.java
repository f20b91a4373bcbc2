package org.bss.portal.marketplace;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.bss.catalog.ServiceTexts;
import org.bss.common.BssException;
import org.bss.marketplace.FeaturedServices;
import org.bss.marketplace.OfferedService;
import org.bss.portal.PortalMessages;

/**
 * The featured services on the landing page of a marketplace (MKT-2, MKT-4): shown above the results when the visitor
 * has not searched, filtered or paged yet; those of the owner's picks that are on sale, in its order.
 */
@Named
@RequestScoped
public class FeaturedServicesBean {

    @EJB
    private FeaturedServices featured;

    @Inject
    private MarketplaceBean marketplace;

    private List<Featured> shown;

    /** One featured service as the landing page shows it, texts in the view's language. */
    public record Featured(long key, String name, String shortDescription) {}

    public List<Featured> getShown() {
        if (shown == null) {
            shown = landing() ? load() : List.of();
        }
        return shown;
    }

    private boolean landing() {
        return blank(marketplace.getQ())
                && blank(marketplace.getCategory())
                && blank(marketplace.getTag())
                && marketplace.getOffset() == 0
                && !blank(marketplace.getMarketplaceId());
    }

    private List<Featured> load() {
        String language =
                PortalMessages.locale(FacesContext.getCurrentInstance()).getLanguage();
        try {
            return featured.offered(marketplace.getMarketplaceId()).stream()
                    .map(o -> row(o, language))
                    .toList();
        } catch (BssException e) {
            return List.of(); // the marketplace page itself shows why
        }
    }

    private static Featured row(OfferedService offered, String language) {
        List<ServiceTexts> texts = offered.service().texts();
        ServiceTexts t = texts.stream()
                .filter(x -> x.locale().equals(language))
                .findFirst()
                .or(() -> texts.stream().filter(x -> x.locale().equals("en")).findFirst())
                .or(() -> texts.stream().findFirst())
                .orElse(null);
        String name = t == null || t.name() == null ? offered.service().serviceId() : t.name();
        return new Featured(offered.service().key(), name, t == null ? null : t.shortDescription());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
