package org.bss.portal.marketplaces;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.bss.common.BssException;
import org.bss.marketplace.MarketplaceLayoutService;
import org.bss.marketplace.MarketplaceService;
import org.bss.marketplace.MarketplaceView;
import org.bss.portal.PortalMessages;

/**
 * Marketplace &gt; Layout and tracking code (App. G.4, MKT-2), the owner's: the stylesheet URL of the marketplace's
 * service portal pages and the tracking code written into them. The rules are {@link MarketplaceLayoutService}'s.
 */
@Named
@ViewScoped
public class MarketplaceLayoutBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private MarketplaceLayoutService layout;

    @EJB
    private MarketplaceService marketplaces;

    private String id;
    private MarketplaceView marketplace;
    private String brandingUrl;
    private String trackingCode;

    /** Reads the marketplace named by the view parameter with its branding URL and tracking code. */
    public void load() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            marketplace = marketplaces.get(id);
            brandingUrl = layout.brandingUrl(id);
            trackingCode = layout.trackingCode(id);
        } catch (BssException e) {
            marketplace = null;
            PortalMessages.error(context, null, e);
        }
    }

    /** Saves both (the second with the version the first left). */
    public void save() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            MarketplaceView branded = layout.saveBrandingUrl(id, brandingUrl, (long) marketplace.version());
            marketplace = layout.saveTrackingCode(id, trackingCode, (long) branded.version());
            brandingUrl = layout.brandingUrl(id);
            trackingCode = layout.trackingCode(id);
            PortalMessages.info(context, null, "mpadmin.layout.saved", id);
        } catch (BssException e) {
            PortalMessages.error(context, null, e);
            context.validationFailed();
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public MarketplaceView getMarketplace() {
        return marketplace;
    }

    public String getBrandingUrl() {
        return brandingUrl;
    }

    public void setBrandingUrl(String brandingUrl) {
        this.brandingUrl = brandingUrl;
    }

    public String getTrackingCode() {
        return trackingCode;
    }

    public void setTrackingCode(String trackingCode) {
        this.trackingCode = trackingCode;
    }
}
