package org.bss.portal.supplier;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.bss.catalog.MarketableServiceService;
import org.bss.catalog.ServiceView;
import org.bss.common.BssException;
import org.bss.portal.PortalMessages;

/**
 * Service &gt; Copy service (App. G.3): an inactive copy of the service (texts, parameters, price model) under a new
 * id, opened right away.
 */
@Named
@ViewScoped
public class SupplierCopyBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private MarketableServiceService services;

    private String newServiceId;

    /** Copies the service and opens the copy; stays on the page with the message when refused. */
    public String copy(long key) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            ServiceView copy = services.copy(key, newServiceId, SupplierServicesBean.language(context));
            PortalMessages.info(context, null, "supplier.copy.done", copy.serviceId());
            context.getExternalContext().getFlash().setKeepMessages(true);
            return "/supplier/service?faces-redirect=true&key=" + copy.key();
        } catch (BssException e) {
            PortalMessages.error(context, null, e);
            context.validationFailed();
            return null;
        }
    }

    public String getNewServiceId() {
        return newServiceId;
    }

    public void setNewServiceId(String newServiceId) {
        this.newServiceId = newServiceId;
    }
}
