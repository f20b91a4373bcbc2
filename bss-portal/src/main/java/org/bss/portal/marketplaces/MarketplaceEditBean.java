package org.bss.portal.marketplaces;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.bss.common.BssException;
import org.bss.marketplace.MarketplaceDirectory;
import org.bss.marketplace.MarketplaceService;
import org.bss.marketplace.MarketplaceSettings;
import org.bss.marketplace.MarketplaceView;
import org.bss.portal.PortalMessages;

/**
 * Marketplace &gt; Modify marketplace (App. G.4), for the operator or the owner: open or restricted, what the service
 * portal shows, the name (only the owner renames; the service refuses the operator) and another owner organization
 * (the MARKETPLACE_OWNER role moves with it). An owner that gave its marketplace away is sent back to the list.
 */
@Named
@ViewScoped
public class MarketplaceEditBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private MarketplaceService marketplaces;

    @EJB
    private MarketplaceDirectory directory;

    private String id;
    private MarketplaceView marketplace;
    private boolean owner;
    private String name;
    private boolean open;
    private boolean taggingEnabled;
    private boolean reviewEnabled;
    private boolean categoriesEnabled;
    private String newOwnerId;

    /** Reads the marketplace named by the view parameter. */
    public void load() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            show(marketplaces.get(id));
        } catch (BssException e) {
            marketplace = null;
            PortalMessages.error(context, null, e);
        }
    }

    private void show(MarketplaceView view) {
        marketplace = view;
        owner = directory.owned().stream().anyMatch(m -> m.marketplaceId().equals(view.marketplaceId()));
        name = view.name();
        open = view.open();
        taggingEnabled = view.taggingEnabled();
        reviewEnabled = view.reviewEnabled();
        categoriesEnabled = view.categoriesEnabled();
    }

    public void save() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            show(marketplaces.change(
                    id,
                    new MarketplaceSettings(name, open, taggingEnabled, reviewEnabled, categoriesEnabled),
                    marketplace.version()));
            PortalMessages.info(context, null, "mpadmin.saved", id);
        } catch (BssException e) {
            PortalMessages.error(context, null, e);
            context.validationFailed();
        }
    }

    /** Gives the marketplace another owner; an owner that gave it away no longer sees it: back to the list. */
    public String reassign() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            MarketplaceView changed = marketplaces.reassign(
                    id, newOwnerId == null ? null : newOwnerId.strip(), (long) marketplace.version());
            PortalMessages.info(context, null, "mpadmin.reassigned", id, changed.owningOrganizationId());
            newOwnerId = null;
            if (owner && !changed.owningOrganizationId().equals(marketplace.owningOrganizationId())) {
                context.getExternalContext().getFlash().setKeepMessages(true);
                return "/marketplaces/list?faces-redirect=true";
            }
            show(changed);
        } catch (BssException e) {
            PortalMessages.error(context, null, e);
            context.validationFailed();
        }
        return null;
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

    /** Whether the caller's organization owns it (it may rename it). */
    public boolean isOwner() {
        return owner;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isOpen() {
        return open;
    }

    public void setOpen(boolean open) {
        this.open = open;
    }

    public boolean isTaggingEnabled() {
        return taggingEnabled;
    }

    public void setTaggingEnabled(boolean taggingEnabled) {
        this.taggingEnabled = taggingEnabled;
    }

    public boolean isReviewEnabled() {
        return reviewEnabled;
    }

    public void setReviewEnabled(boolean reviewEnabled) {
        this.reviewEnabled = reviewEnabled;
    }

    public boolean isCategoriesEnabled() {
        return categoriesEnabled;
    }

    public void setCategoriesEnabled(boolean categoriesEnabled) {
        this.categoriesEnabled = categoriesEnabled;
    }

    public String getNewOwnerId() {
        return newOwnerId;
    }

    public void setNewOwnerId(String newOwnerId) {
        this.newOwnerId = newOwnerId;
    }
}
