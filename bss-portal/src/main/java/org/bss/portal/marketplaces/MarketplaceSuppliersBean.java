package org.bss.portal.marketplaces;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.bss.common.BssException;
import org.bss.marketplace.MarketplaceService;
import org.bss.marketplace.Supplier;
import org.bss.marketplace.SupplierAccessService;
import org.bss.portal.PortalMessages;

/**
 * Marketplace &gt; Supplier permissions (App. G.4, MKT-2), the owner's: on an open marketplace every supplier publishes
 * but those banned (ban, lift a ban); on a restricted one only those granted (grant, revoke). Whether the marketplace
 * is open is set on Modify marketplace. The rules are {@link SupplierAccessService}'s.
 */
@Named
@ViewScoped
public class MarketplaceSuppliersBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String SUPPLIER_FIELD = "accessForm:supplierId";

    @EJB
    private SupplierAccessService access;

    @EJB
    private MarketplaceService marketplaces;

    private String id;
    private boolean open;
    private List<Supplier> rows = List.of();
    private String supplierId;
    private boolean loaded;

    /** Reads who is banned (open) or granted (restricted) on the marketplace named by the view parameter. */
    public void load() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            open = marketplaces.get(id).open();
            rows = open ? access.banned(id) : access.granted(id);
            loaded = true;
        } catch (BssException e) {
            rows = List.of();
            loaded = false;
            PortalMessages.error(context, null, e);
        }
    }

    /** Bans (open) or grants (restricted) the organization entered. */
    public void add() {
        FacesContext context = FacesContext.getCurrentInstance();
        String orgId = supplierId == null ? "" : supplierId.strip();
        try {
            if (open) {
                access.ban(id, List.of(orgId));
                PortalMessages.info(context, null, "mpadmin.suppliers.banned", orgId, id);
            } else {
                access.grant(id, List.of(orgId));
                PortalMessages.info(context, null, "mpadmin.suppliers.granted", orgId, id);
            }
            supplierId = null;
            load();
        } catch (BssException e) {
            PortalMessages.error(context, SUPPLIER_FIELD, e);
            context.validationFailed();
        }
    }

    /** Lifts a ban (open) or revokes a grant (restricted). */
    public void remove(Supplier supplier) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            if (open) {
                access.liftBan(id, supplier.organizationId());
                PortalMessages.info(context, null, "mpadmin.suppliers.lifted", supplier.organizationId(), id);
            } else {
                access.revoke(id, supplier.organizationId());
                PortalMessages.info(context, null, "mpadmin.suppliers.revoked", supplier.organizationId(), id);
            }
        } catch (BssException e) {
            PortalMessages.error(context, null, e);
        }
        load();
    }

    public String question(Supplier supplier) {
        return PortalMessages.text(
                FacesContext.getCurrentInstance(),
                open ? "mpadmin.suppliers.liftQuestion" : "mpadmin.suppliers.revokeQuestion",
                supplier.organizationId(),
                id);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public boolean isOpen() {
        return open;
    }

    public boolean isLoaded() {
        return loaded;
    }

    public List<Supplier> getRows() {
        return rows;
    }

    public String getSupplierId() {
        return supplierId;
    }

    public void setSupplierId(String supplierId) {
        this.supplierId = supplierId;
    }
}
