package org.bss.portal.supplier;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.bss.catalog.CustomerPriceModelService;
import org.bss.catalog.CustomerPriceModelView;
import org.bss.catalog.MarketableServiceService;
import org.bss.catalog.PriceModelService;
import org.bss.catalog.PriceModelTerms;
import org.bss.catalog.PriceModelTerms.PriceModelType;
import org.bss.catalog.PriceModelTerms.PricingPeriod;
import org.bss.catalog.PriceModelView;
import org.bss.catalog.ServiceView;
import org.bss.common.BssException;
import org.bss.config.ConfigurationService;
import org.bss.customer.CustomerService;
import org.bss.customer.CustomerView;
import org.bss.portal.PortalMessages;

/**
 * A customer's own price for one of the supplier's services (App. G.6 customer price model and its deletion): the
 * customer chosen from the supplier's customers, the basic terms of its price model (starting from the service's when
 * it has none yet; the other prices of a saved one are kept), saving and deleting after a confirmation.
 */
@Named
@ViewScoped
public class SupplierCustomerPriceBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private MarketableServiceService services;

    @EJB
    private PriceModelService priceModels;

    @EJB
    private CustomerPriceModelService customerPrices;

    @EJB
    private CustomerService customers;

    @EJB
    private ConfigurationService configuration;

    private long key;
    private ServiceView service;
    private List<CustomerView> customerList = List.of();
    private String customerId;
    private CustomerPriceModelView saved;
    private final PriceForm price = new PriceForm();

    /** Reads the service named by the view parameter and the supplier's customers. */
    public void load() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            service = services.get(key);
            customerList = customers.all();
            select();
        } catch (BssException e) {
            PortalMessages.error(context, null, e);
        }
    }

    /** Reads the chosen customer's price model, or starts from the service's. */
    public void select() {
        FacesContext context = FacesContext.getCurrentInstance();
        saved = null;
        if (customerId == null || customerId.isBlank()) {
            return;
        }
        try {
            saved = customerPrices.find(key, customerId).orElse(null);
            price.fill(
                    saved != null
                            ? saved.priceModel().terms()
                            : priceModels.find(key).map(PriceModelView::terms).orElse(null));
        } catch (BssException e) {
            PortalMessages.error(context, null, e);
        }
    }

    public void save() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            PriceModelTerms before = saved == null ? null : saved.priceModel().terms();
            saved = customerPrices.save(
                    key, customerId, price.terms(before), null, SupplierServicesBean.language(context));
            PortalMessages.info(context, null, "supplier.customerPrice.saved", service.serviceId(), customerName());
        } catch (BssException e) {
            PortalMessages.error(context, null, e);
            context.validationFailed();
        }
    }

    public void delete() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            customerPrices.delete(key, customerId, SupplierServicesBean.language(context));
            PortalMessages.info(context, null, "supplier.customerPrice.deleted", service.serviceId(), customerName());
            select();
        } catch (BssException e) {
            PortalMessages.error(context, null, e);
        }
    }

    private String customerName() {
        return customerList.stream()
                .filter(c -> c.organizationId().equals(customerId))
                .map(CustomerView::name)
                .findFirst()
                .orElse(customerId);
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

    public List<CustomerView> getCustomers() {
        return customerList;
    }

    public String getCustomerId() {
        return customerId;
    }

    public void setCustomerId(String customerId) {
        this.customerId = customerId;
    }

    /** Whether the chosen customer has a price model of its own. */
    public boolean isOwnPrice() {
        return saved != null;
    }

    public boolean isChosen() {
        return customerId != null && !customerId.isBlank();
    }

    public PriceForm getPrice() {
        return price;
    }
}
