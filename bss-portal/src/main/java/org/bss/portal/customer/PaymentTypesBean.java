package org.bss.portal.customer;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.bss.account.PaymentType;
import org.bss.common.BssException;
import org.bss.customer.CustomerService;
import org.bss.portal.PortalMessages;

/**
 * Customer &gt; Manage payment types (App. G.2): the payment types every new customer of the supplier gets, among
 * those the operator made available to it; customers registered before keep theirs (changed in Customer settings).
 */
@Named
@ViewScoped
public class PaymentTypesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CustomerService customers;

    private List<String> offerable = List.of();
    private List<String> defaults = new ArrayList<>();

    @PostConstruct
    void load() {
        try {
            offerable =
                    customers.offerablePaymentTypes().stream().map(Enum::name).toList();
            defaults = new ArrayList<>(
                    customers.defaultPaymentTypes().stream().map(Enum::name).toList());
        } catch (BssException e) {
            PortalMessages.error(FacesContext.getCurrentInstance(), null, e);
        }
    }

    public void save() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            Set<PaymentType> types = EnumSet.noneOf(PaymentType.class);
            defaults.forEach(t -> types.add(PaymentType.parse(t)));
            defaults = new ArrayList<>(customers.saveDefaultPaymentTypes(types).stream()
                    .map(Enum::name)
                    .toList());
            PortalMessages.info(context, null, "customer.defaults.saved");
        } catch (BssException e) {
            CustomerMessages.refused(context, e);
        }
    }

    public List<String> getOfferable() {
        return offerable;
    }

    public List<String> getDefaults() {
        return defaults;
    }

    public void setDefaults(List<String> defaults) {
        this.defaults = defaults == null ? new ArrayList<>() : new ArrayList<>(defaults);
    }
}
