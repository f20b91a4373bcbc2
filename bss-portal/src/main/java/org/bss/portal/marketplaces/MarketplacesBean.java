package org.bss.portal.marketplaces;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.bss.common.BssException;
import org.bss.common.persistence.Page;
import org.bss.common.persistence.PageRequest;
import org.bss.marketplace.MarketplaceDirectory;
import org.bss.marketplace.MarketplaceService;
import org.bss.marketplace.MarketplaceSettings;
import org.bss.marketplace.MarketplaceView;
import org.bss.marketplace.NewMarketplace;
import org.bss.portal.PortalMessages;

/**
 * Marketplace &gt; Manage marketplaces (App. G.4): the operator sees every marketplace, registers one for an owner
 * organization (generated id) and deletes one after a confirmation; an owner sees its own. The table pages and sorts
 * in the browser (marketplaces are few); the rules are {@link MarketplaceService}'s.
 */
@Named
@ViewScoped
public class MarketplacesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private MarketplaceService marketplaces;

    @EJB
    private MarketplaceDirectory directory;

    private List<MarketplaceView> rows = List.of();
    private Set<String> owned = Set.of();
    private String owningOrganizationId;
    private String name;
    private boolean open = true;

    @PostConstruct
    void load() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            List<MarketplaceView> all = new ArrayList<>();
            for (int offset = 0; ; offset += PageRequest.MAX_LIMIT) {
                Page<MarketplaceView> page = marketplaces.list(new PageRequest(offset, PageRequest.MAX_LIMIT));
                all.addAll(page.items());
                if (offset + PageRequest.MAX_LIMIT >= page.total()) {
                    break;
                }
            }
            rows = all;
            owned = directory.owned().stream()
                    .map(MarketplaceView::marketplaceId)
                    .collect(Collectors.toUnmodifiableSet());
        } catch (BssException e) {
            PortalMessages.error(context, null, e);
        }
    }

    /** Operator: registers a marketplace; its id is generated. */
    public void create() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            MarketplaceView created = marketplaces.create(new NewMarketplace(
                    owningOrganizationId == null ? null : owningOrganizationId.strip(),
                    new MarketplaceSettings(name, open, false, false, false)));
            PortalMessages.info(
                    context,
                    null,
                    "mpadmin.created",
                    created.marketplaceId(),
                    created.name(),
                    created.owningOrganizationId());
            owningOrganizationId = null;
            name = null;
            open = true;
            load();
        } catch (BssException e) {
            PortalMessages.error(context, null, e);
            context.validationFailed();
        }
    }

    /** Operator: deletes a marketplace (its services go off sale and are unpublished; subscriptions stay). */
    public void delete(MarketplaceView marketplace) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            marketplaces.delete(marketplace.marketplaceId(), (long) marketplace.version());
            PortalMessages.info(context, null, "mpadmin.deleted", marketplace.marketplaceId());
        } catch (BssException e) {
            PortalMessages.error(context, null, e);
        }
        load();
    }

    public String question(MarketplaceView marketplace) {
        return PortalMessages.text(
                FacesContext.getCurrentInstance(),
                "mpadmin.deleteQuestion",
                marketplace.marketplaceId(),
                marketplace.name());
    }

    /** Whether the caller's organization owns the marketplace (categories and supplier permissions are the owner's). */
    public boolean owns(MarketplaceView marketplace) {
        return owned.contains(marketplace.marketplaceId());
    }

    public List<MarketplaceView> getRows() {
        return rows;
    }

    public String getOwningOrganizationId() {
        return owningOrganizationId;
    }

    public void setOwningOrganizationId(String owningOrganizationId) {
        this.owningOrganizationId = owningOrganizationId;
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
}
