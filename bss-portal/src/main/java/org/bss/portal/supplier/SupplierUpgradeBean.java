package org.bss.portal.supplier;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.bss.catalog.UpgradeCandidate;
import org.bss.catalog.UpgradeOptionService;
import org.bss.common.BssException;
import org.bss.portal.PortalMessages;

/**
 * Service &gt; Up/downgrade options (App. G.3): which of the supplier's other services on the same technical service a
 * subscription of this one may move to. Refused while the service is active (UpgradeOptionService's message).
 */
@Named
@ViewScoped
public class SupplierUpgradeBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private UpgradeOptionService upgrades;

    private long key;
    private List<UpgradeCandidate> candidates = List.of();
    private List<String> selected = new ArrayList<>();

    /** The candidates of the service, those that are options now selected. */
    public void load(long serviceKey) {
        key = serviceKey;
        try {
            candidates = upgrades.candidates(key);
            selected = new ArrayList<>(candidates.stream()
                    .filter(UpgradeCandidate::compatible)
                    .map(c -> String.valueOf(c.service().key()))
                    .toList());
        } catch (BssException e) {
            candidates = List.of(); // the page's own bean reports why the service cannot be read
        }
    }

    public void save() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            List<Long> keys = selected.stream().map(Long::valueOf).toList();
            upgrades.define(key, keys, SupplierServicesBean.language(context));
            PortalMessages.info(context, null, "supplier.upgrade.saved");
            load(key);
        } catch (BssException e) {
            PortalMessages.error(context, null, e);
            context.validationFailed();
        }
    }

    public List<UpgradeCandidate> getCandidates() {
        return candidates;
    }

    /** The candidates as check boxes: the key as value, the service id as label. */
    public List<SelectItem> getOptions() {
        return candidates.stream()
                .map(c -> new SelectItem(
                        String.valueOf(c.service().key()), c.service().serviceId()))
                .toList();
    }

    public List<String> getSelected() {
        return selected;
    }

    public void setSelected(List<String> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }
}
