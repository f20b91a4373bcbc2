package org.bss.portal.marketplaces;

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
import org.bss.marketplace.FeaturedCandidate;
import org.bss.marketplace.FeaturedServices;
import org.bss.portal.PortalMessages;

/**
 * Marketplace &gt; Featured services (App. G.4, MKT-2), the owner's: which of the services published on its
 * marketplace the landing page features, in the order shown. The rules are {@link FeaturedServices}'.
 */
@Named
@ViewScoped
public class MarketplaceFeaturedBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private FeaturedServices featured;

    private String id;
    private List<FeaturedCandidate> candidates;
    // what the checkboxes post: the faces runtime converts to the items' type (Long), a plain String otherwise
    private List<Object> chosen = new ArrayList<>();

    /** Reads the services published on the marketplace named by the view parameter. */
    public void load() {
        try {
            candidates = featured.candidates(id);
            chosen = new ArrayList<>(candidates.stream()
                    .filter(FeaturedCandidate::featured)
                    .map(FeaturedCandidate::serviceKey)
                    .toList());
        } catch (BssException e) {
            candidates = null;
            PortalMessages.error(FacesContext.getCurrentInstance(), null, e);
        }
    }

    /** Features the chosen services in the order of the list (featured ones keep their place). */
    public void save() {
        FacesContext context = FacesContext.getCurrentInstance();
        Set<String> picked = chosen.stream().map(String::valueOf).collect(Collectors.toSet());
        List<Long> keys = candidates.stream()
                .map(FeaturedCandidate::serviceKey)
                .filter(k -> picked.contains(Long.toString(k)))
                .toList();
        try {
            featured.feature(id, keys);
            load();
            PortalMessages.info(context, null, "mpadmin.featured.saved", id, keys.size());
        } catch (BssException e) {
            PortalMessages.error(context, null, e);
            context.validationFailed();
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public List<FeaturedCandidate> getCandidates() {
        return candidates;
    }

    public List<Object> getChosen() {
        return chosen;
    }

    public void setChosen(List<Object> chosen) {
        this.chosen = chosen;
    }
}
