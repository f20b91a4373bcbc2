package org.bss.portal.supplier;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.bss.catalog.MarketableServiceService;
import org.bss.catalog.PriceModelService;
import org.bss.catalog.PriceModelTerms;
import org.bss.catalog.PriceModelTerms.PriceModelType;
import org.bss.catalog.PriceModelTerms.PricingPeriod;
import org.bss.catalog.PriceModelView;
import org.bss.catalog.ServiceView;
import org.bss.common.BssException;
import org.bss.config.ConfigurationService;
import org.bss.marketplace.PublicationView;
import org.bss.marketplace.PublishingService;
import org.bss.portal.PortalMessages;

/**
 * One of the supplier's services (App. G.3 publish settings, activate/deactivate; G.6 service price model): the price
 * model's basic terms (the other prices of a saved price model are kept; the REST and SOAP interfaces set them all),
 * the marketplace it is published on, and putting it on sale or taking it off.
 */
@Named
@ViewScoped
public class SupplierServiceBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private MarketableServiceService services;

    @EJB
    private PriceModelService priceModels;

    @EJB
    private PublishingService publishing;

    @EJB
    private ConfigurationService configuration;

    private long key;
    private ServiceView service;
    private PriceModelTerms saved;
    private PublicationView publication;
    private final PriceForm price = new PriceForm();
    private String marketplaceId;
    private boolean visible = true;

    /** Reads the service named by the view parameter, its price model and its publication. */
    public void load() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            service = services.get(key);
            saved = priceModels.find(key).map(PriceModelView::terms).orElse(null);
            price.fill(saved);
            publication = published();
            if (publication != null) {
                marketplaceId = publication.marketplaceId();
                visible = publication.visibleInCatalog();
            }
        } catch (BssException e) {
            PortalMessages.error(context, null, e);
        }
    }

    public void savePrice() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            priceModels.save(key, price.terms(saved), null, SupplierServicesBean.language(context));
            PortalMessages.info(context, null, "supplier.service.priceSaved", service.serviceId());
            load();
        } catch (BssException e) {
            PortalMessages.error(context, null, e);
            context.validationFailed();
        }
    }

    public void publish() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            publication = publishing.publish(key, marketplaceId, visible, SupplierServicesBean.language(context));
            PortalMessages.info(context, null, "supplier.service.published", service.serviceId(), marketplaceId);
        } catch (BssException e) {
            PortalMessages.error(context, null, e);
            context.validationFailed();
        }
    }

    public void activate() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            publication = publishing.activate(key, SupplierServicesBean.language(context));
            service = services.get(key);
            PortalMessages.info(context, null, "supplier.service.activated", service.serviceId());
        } catch (BssException e) {
            PortalMessages.error(context, null, e);
        }
    }

    public void deactivate() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            publication = publishing.deactivate(key, SupplierServicesBean.language(context));
            service = services.get(key);
            PortalMessages.info(context, null, "supplier.service.deactivated", service.serviceId());
        } catch (BssException e) {
            PortalMessages.error(context, null, e);
        }
    }

    private PublicationView published() {
        try {
            return publishing.get(key);
        } catch (BssException e) {
            return null; // on no marketplace yet
        }
    }

    public List<String> getCurrencies() {
        return configuration.getCurrencies();
    }

    public PriceModelType[] getTypes() {
        return PriceModelType.values();
    }

    public PricingPeriod[] getPeriods() {
        return PricingPeriod.values();
    }

    public long getKey() {
        return key;
    }

    public void setKey(long key) {
        this.key = key;
    }

    public ServiceView getService() {
        return service;
    }

    public PublicationView getPublication() {
        return publication;
    }

    public PriceForm getPrice() {
        return price;
    }

    public String getMarketplaceId() {
        return marketplaceId;
    }

    public void setMarketplaceId(String marketplaceId) {
        this.marketplaceId = marketplaceId;
    }

    public boolean isVisible() {
        return visible;
    }

    public void setVisible(boolean visible) {
        this.visible = visible;
    }
}
