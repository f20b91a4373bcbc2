package org.bss.portal.technical;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.bss.catalog.TechnicalServiceService;
import org.bss.common.BssException;
import org.bss.portal.PortalMessages;

/**
 * Account &gt; Manage suppliers (App. G.1) for one technical service: the suppliers allowed to define services on
 * it; allow another by organization id, withdraw one after a confirmation.
 */
@Named
@ViewScoped
public class TechnicalSuppliersBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String SUPPLIER_FIELD = "suppliersForm:supplierId";

    @EJB
    private TechnicalServiceService technicalServices;

    private String id;
    private List<String> suppliers = List.of();
    private String supplierId;

    /** Reads the suppliers of the technical service named by the view parameter. */
    public void load() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            suppliers = technicalServices.listSuppliers(id);
        } catch (BssException e) {
            suppliers = List.of();
            PortalMessages.error(context, null, e);
        }
    }

    public void add() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            suppliers = technicalServices.addSuppliers(id, List.of(supplierId == null ? "" : supplierId.strip()));
            PortalMessages.info(context, null, "technical.suppliers.added", supplierId.strip(), id);
            supplierId = null;
        } catch (BssException e) {
            PortalMessages.error(context, SUPPLIER_FIELD, e);
            context.validationFailed();
        }
    }

    public void remove(String orgId) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            suppliers = technicalServices.removeSupplier(id, orgId);
            PortalMessages.info(context, null, "technical.suppliers.removed", orgId, id);
        } catch (BssException e) {
            PortalMessages.error(context, null, e);
        }
    }

    public String question(String orgId) {
        return PortalMessages.text(FacesContext.getCurrentInstance(), "technical.suppliers.removeQuestion", orgId, id);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public List<String> getSuppliers() {
        return suppliers;
    }

    public String getSupplierId() {
        return supplierId;
    }

    public void setSupplierId(String supplierId) {
        this.supplierId = supplierId;
    }
}
