package org.bss.portal.marketplace;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.bss.catalog.LocalizedText;
import org.bss.catalog.ServiceTexts;
import org.bss.common.BssException;
import org.bss.config.PublicSettings;
import org.bss.marketplace.MarketplaceCatalog;
import org.bss.marketplace.OfferedPricing;
import org.bss.marketplace.OfferedService;
import org.bss.portal.PortalMessages;
import org.bss.review.FeedbackView;
import org.bss.review.ReviewService;
import org.bss.review.ReviewView;

/**
 * The service portal's page of one service on sale (MKT-4), open to anonymous visitors: its texts in the view's
 * language, its seller, what it charges as the customer will be charged ({@link PriceLines}), its license and its
 * reviews with the average rating. Subscribing, and with it writing a review, comes with subscriptions (issue 14): the
 * button is shown disabled.
 */
@Named
@ViewScoped
public class OfferedServiceBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private MarketplaceCatalog catalog;

    @EJB
    private ReviewService reviews;

    @EJB
    private PublicSettings publicSettings;

    private String marketplaceId;
    private long key;
    private OfferedService offered;
    private OfferedPricing pricing;
    private String seller;
    private FeedbackView feedback;

    public void load() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            offered = catalog.offered(key, marketplaceId).orElse(null);
            if (offered == null) {
                PortalMessages.error(context, null, "market.service.notOffered", String.valueOf(key), marketplaceId);
                return;
            }
            pricing = catalog.pricing(key, marketplaceId).orElse(null);
            seller = catalog.seller(key).name();
            feedback = reviews.publicFeedback(key);
        } catch (BssException e) {
            offered = null;
            if (!MarketplaceErrorRedirect.unknownMarketplace(e)
                    || !MarketplaceErrorRedirect.redirect(context, publicSettings)) {
                PortalMessages.error(context, null, e);
            }
        }
    }

    /** The texts in the view's language, else English, else the first. */
    public ServiceTexts getTexts() {
        if (offered == null) {
            return null;
        }
        String language = language();
        List<ServiceTexts> all = offered.service().texts();
        return all.stream()
                .filter(t -> t.locale().equals(language))
                .findFirst()
                .or(() -> all.stream().filter(t -> t.locale().equals("en")).findFirst())
                .or(() -> all.stream().findFirst())
                .orElse(null);
    }

    /** The lines of what the service charges, each a text of the view's language. */
    public List<String> getPriceLines() {
        FacesContext context = FacesContext.getCurrentInstance();
        return PriceLines.of(
                pricing == null ? null : pricing.terms(),
                PortalMessages.locale(context),
                (k, a) -> PortalMessages.text(context, k, a));
    }

    /** The price model's license in the view's language, else the technical service's, else none. */
    public String getLicense() {
        String language = language();
        if (pricing != null) {
            String own = pick(pricing.texts().licenses(), language);
            if (own != null) {
                return own;
            }
        }
        return offered == null
                ? null
                : pick(offered.technical().definition().texts().licenses(), language);
    }

    /** The price model's description in the view's language, else none. */
    public String getPriceDescription() {
        return pricing == null ? null : pick(pricing.texts().descriptions(), language());
    }

    private static String pick(List<LocalizedText> texts, String language) {
        return texts.stream()
                .filter(t -> t.locale() == null || t.locale().equals(language))
                .findFirst()
                .or(() -> texts.stream().filter(t -> "en".equals(t.locale())).findFirst())
                .map(LocalizedText::text)
                .orElse(null);
    }

    private static String language() {
        Locale locale = PortalMessages.locale(FacesContext.getCurrentInstance());
        return locale.getLanguage();
    }

    /** The service's reviews, newest first, their number and average rating. */
    public FeedbackView getFeedback() {
        return feedback;
    }

    /** When a review was last written, for the page's date converter. */
    public Date written(ReviewView review) {
        return Date.from(review.modificationDate());
    }

    public OfferedService getOffered() {
        return offered;
    }

    public String getSeller() {
        return seller;
    }

    public String getMarketplaceId() {
        return marketplaceId;
    }

    public void setMarketplaceId(String marketplaceId) {
        this.marketplaceId = marketplaceId;
    }

    public long getKey() {
        return key;
    }

    public void setKey(long key) {
        this.key = key;
    }
}
