package org.bss.portal.customer;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.bss.account.PaymentType;
import org.bss.billing.vat.SupplierVatService;
import org.bss.billing.vat.VatRules;
import org.bss.billing.vat.VatView;
import org.bss.billing.vat.VatView.CustomerRate;
import org.bss.common.BssException;
import org.bss.customer.CustomerService;
import org.bss.customer.CustomerView;
import org.bss.portal.PortalMessages;

/**
 * Customer &gt; Customer settings (App. G.2) of one customer of the supplier: its data, the payment types offered
 * to it (among those the operator made available to the supplier), its own VAT rate (while the supplier supports
 * VAT) and its discount ({@link CustomerDiscountBean}). The services check the values; a refused change changes nothing.
 */
@Named
@ViewScoped
public class CustomerBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CustomerService customers;

    @EJB
    private SupplierVatService vat;

    private String id;
    private CustomerView customer;
    private List<String> offerable = List.of();
    private List<String> paymentTypes = new ArrayList<>();
    private VatView vatView;
    private BigDecimal customerRate;
    private BigDecimal vatRate;

    /** Reads the customer named by the view parameter {@code id}. */
    public void load() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context.isPostback()) {
            return;
        }
        try {
            customer = customers.get(id);
            offerable =
                    customers.offerablePaymentTypes().stream().map(Enum::name).toList();
            paymentTypes = new ArrayList<>(
                    customer.paymentTypes().stream().map(Enum::name).toList());
            readVat();
        } catch (BssException e) {
            customer = null;
            PortalMessages.error(context, null, e);
        }
    }

    public void savePaymentTypes() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            Set<PaymentType> types = EnumSet.noneOf(PaymentType.class);
            paymentTypes.forEach(t -> types.add(PaymentType.parse(t)));
            customer = customers.savePaymentTypes(id, types, customer.version());
            PortalMessages.info(context, null, "customer.paymentTypes.saved", id);
        } catch (BssException e) {
            CustomerMessages.refused(context, e);
        }
    }

    public void saveVatRate() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            vat.saveCustomers(List.of(new CustomerRate(id, VatRules.rate("organizationVats.rate", vatRate))));
            PortalMessages.info(context, null, "customer.vat.saved", id);
            readVat();
        } catch (BssException e) {
            CustomerMessages.refused(context, e);
        }
    }

    /** Drops the customer's own rate: the country's or the default rate applies again. */
    public void removeVatRate() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            vat.saveCustomers(Collections.singletonList(new CustomerRate(id, null)));
            PortalMessages.info(context, null, "customer.vat.removed", id);
            readVat();
        } catch (BssException e) {
            PortalMessages.error(context, null, e);
        }
    }

    private void readVat() {
        vatView = vat.get();
        customerRate = vatView.customerRates().stream()
                .filter(r -> r.organizationId().equals(id))
                .map(CustomerRate::rate)
                .findFirst()
                .orElse(null);
        vatRate = customerRate;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public CustomerView getCustomer() {
        return customer;
    }

    public List<String> getOfferable() {
        return offerable;
    }

    public List<String> getPaymentTypes() {
        return paymentTypes;
    }

    public void setPaymentTypes(List<String> paymentTypes) {
        this.paymentTypes = paymentTypes == null ? new ArrayList<>() : new ArrayList<>(paymentTypes);
    }

    public boolean isVatEnabled() {
        return vatView != null && vatView.enabled();
    }

    public BigDecimal getDefaultVatRate() {
        return vatView == null ? null : vatView.defaultRate();
    }

    public BigDecimal getCustomerRate() {
        return customerRate;
    }

    public BigDecimal getVatRate() {
        return vatRate;
    }

    public void setVatRate(BigDecimal vatRate) {
        this.vatRate = vatRate;
    }
}
