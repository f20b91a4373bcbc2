package org.bss.portal.customer;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import org.bss.billing.vat.SupplierVatService;
import org.bss.billing.vat.VatRules;
import org.bss.billing.vat.VatView;
import org.bss.billing.vat.VatView.CountryRate;
import org.bss.billing.vat.VatView.CustomerRate;
import org.bss.common.BssException;
import org.bss.customer.CustomerService;
import org.bss.customer.CustomerView;
import org.bss.portal.PortalMessages;

/**
 * Customer &gt; Manage VAT (App. G.2, SVC-3) for a supplier's service managers: VAT support on with a default rate, or
 * off (after a confirmation: it drops every rate); the rates per country and per customer, each removed after a
 * confirmation. The service checks every rate (VatRules); a refused change changes nothing.
 */
@Named
@ViewScoped
public class VatBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SupplierVatService vat;

    @EJB
    private CustomerService customers;

    private VatView view;
    private List<CustomerView> customerChoices = List.of();
    private BigDecimal defaultRate;
    private String country;
    private BigDecimal countryRate;
    private String customerId;
    private BigDecimal customerRate;

    @PostConstruct
    void load() {
        try {
            view = vat.get();
            defaultRate = view.defaultRate();
            customerChoices = customers.all();
        } catch (BssException e) {
            view = null;
            PortalMessages.error(FacesContext.getCurrentInstance(), null, e);
        }
    }

    /** Turns VAT support on, or changes the default rate. */
    public void saveDefault() {
        run("customer.vatPage.defaultSaved", () -> vat.saveDefault(VatRules.rate("defaultVat.rate", defaultRate)));
    }

    /** Turns VAT support off: every rate goes. */
    public void turnOff() {
        run("customer.vatPage.off", () -> vat.saveDefault(null));
    }

    public void addCountry() {
        run(
                "customer.vatPage.countrySaved",
                () -> vat.saveCountries(
                        List.of(new CountryRate(country, VatRules.rate("countryVats.rate", countryRate)))));
    }

    public void removeCountry(String code) {
        run(
                "customer.vatPage.countryRemoved",
                () -> vat.saveCountries(Collections.singletonList(new CountryRate(code, null))));
    }

    public void addCustomer() {
        run(
                "customer.vatPage.customerSaved",
                () -> vat.saveCustomers(
                        List.of(new CustomerRate(customerId, VatRules.rate("organizationVats.rate", customerRate)))));
    }

    public void removeCustomer(String organizationId) {
        run(
                "customer.vatPage.customerRemoved",
                () -> vat.saveCustomers(Collections.singletonList(new CustomerRate(organizationId, null))));
    }

    private void run(String done, Runnable change) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            change.run();
            PortalMessages.info(context, null, done);
            load();
            country = null;
            countryRate = null;
            customerId = null;
            customerRate = null;
        } catch (BssException e) {
            CustomerMessages.refused(context, e);
        }
    }

    public VatView getView() {
        return view;
    }

    public boolean isEnabled() {
        return view != null && view.enabled();
    }

    public List<CustomerView> getCustomerChoices() {
        return customerChoices;
    }

    public BigDecimal getDefaultRate() {
        return defaultRate;
    }

    public void setDefaultRate(BigDecimal defaultRate) {
        this.defaultRate = defaultRate;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public BigDecimal getCountryRate() {
        return countryRate;
    }

    public void setCountryRate(BigDecimal countryRate) {
        this.countryRate = countryRate;
    }

    public String getCustomerId() {
        return customerId;
    }

    public void setCustomerId(String customerId) {
        this.customerId = customerId;
    }

    public BigDecimal getCustomerRate() {
        return customerRate;
    }

    public void setCustomerRate(BigDecimal customerRate) {
        this.customerRate = customerRate;
    }
}
