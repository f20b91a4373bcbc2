package org.bss.portal.marketplace;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.bss.common.BssException;
import org.bss.common.persistence.Page;
import org.bss.common.persistence.PageRequest;
import org.bss.config.PublicSettings;
import org.bss.portal.PortalMessages;
import org.bss.search.SearchRequest;
import org.bss.search.SearchService;
import org.bss.search.SearchSort;
import org.bss.search.ServiceHit;
import org.bss.tagging.CategorizationService;
import org.bss.tagging.CategoryView;
import org.bss.tagging.TagService;
import org.bss.tagging.TagView;

/**
 * The service portal's marketplace page (MKT-4), open to anonymous visitors: the services on sale, found by words,
 * narrowed by category or tag (from the tag cloud), sorted by relevance, name or price, a page at a time. The view's
 * language is the search's locale.
 */
@Named
@ViewScoped
public class MarketplaceBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 20;

    @EJB
    private SearchService search;

    @EJB
    private TagService tags;

    @EJB
    private CategorizationService categories;

    @EJB
    private PublicSettings publicSettings;

    private String marketplaceId;
    private String q;
    private String category;
    private String tag;
    private String sort;
    private int offset;
    private Page<ServiceHit> results;
    private List<TagView> tagCloud = List.of();
    private List<CategoryView> categoryList = List.of();

    /** Reads the page of the view parameters, the tag cloud and the categories. */
    public void load() {
        FacesContext context = FacesContext.getCurrentInstance();
        String language = PortalMessages.locale(context).getLanguage();
        try {
            boolean words = q != null && !q.isBlank();
            results = search.search(new SearchRequest(
                    marketplaceId,
                    q,
                    language,
                    SearchSort.parse(sort, words),
                    false,
                    new PageRequest(Math.max(offset, 0), PAGE_SIZE),
                    category,
                    tag));
            tagCloud = tags.cloud(marketplaceId, language);
            categoryList = categories.list(marketplaceId, language);
        } catch (BssException e) {
            results = null;
            if (!MarketplaceErrorRedirect.unknownMarketplace(e)
                    || !MarketplaceErrorRedirect.redirect(context, publicSettings)) {
                PortalMessages.error(context, null, e);
            }
        }
    }

    public boolean isPrevious() {
        return results != null && offset > 0;
    }

    public boolean isNext() {
        return results != null && offset + PAGE_SIZE < results.total();
    }

    public int getPreviousOffset() {
        return Math.max(offset - PAGE_SIZE, 0);
    }

    public int getNextOffset() {
        return offset + PAGE_SIZE;
    }

    public Page<ServiceHit> getResults() {
        return results;
    }

    public List<TagView> getTagCloud() {
        return tagCloud;
    }

    public List<CategoryView> getCategoryList() {
        return categoryList;
    }

    public String getMarketplaceId() {
        return marketplaceId;
    }

    public void setMarketplaceId(String marketplaceId) {
        this.marketplaceId = marketplaceId;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public int getOffset() {
        return offset;
    }

    public void setOffset(int offset) {
        this.offset = offset;
    }
}
