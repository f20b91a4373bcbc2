package org.bss.ws.marketplace;

import org.bss.marketplace.MarketplaceSettings;
import org.bss.marketplace.MarketplaceView;
import org.bss.marketplace.PublicationView;
import org.bss.marketplace.Supplier;
import org.bss.ws.vo.VOCatalogEntry;
import org.bss.ws.vo.VOMarketplace;
import org.bss.ws.vo.VOOrganization;
import org.bss.ws.vo.VOService;

/** Marketplaces, publications and supplier access between the services' views and the contract's VOs. */
final class MarketplaceMapper {

    private MarketplaceMapper() {}

    static VOMarketplace toVO(MarketplaceView view) {
        VOMarketplace vo = new VOMarketplace();
        vo.setKey(view.key());
        vo.setVersion(view.version());
        vo.setMarketplaceId(view.marketplaceId());
        vo.setName(view.name());
        vo.setOpen(view.open());
        vo.setOwningOrganizationId(view.owningOrganizationId());
        vo.setOwningOrganizationName(view.owningOrganizationName());
        vo.setTaggingEnabled(view.taggingEnabled());
        vo.setReviewEnabled(view.reviewEnabled());
        vo.setCategoriesEnabled(view.categoriesEnabled());
        return vo;
    }

    /** The settings a VOMarketplace sets (its name is checked by {@link MarketplaceSettings}). */
    static MarketplaceSettings settings(VOMarketplace vo) {
        return new MarketplaceSettings(
                vo.getName(), vo.isOpen(), vo.isTaggingEnabled(), vo.isReviewEnabled(), vo.isCategoriesEnabled());
    }

    /** A service's publication as the contract's catalog entry; the service is named by its key. */
    static VOCatalogEntry toVO(PublicationView publication, MarketplaceView marketplace) {
        VOCatalogEntry vo = new VOCatalogEntry();
        vo.setMarketplace(toVO(marketplace));
        VOService service = new VOService();
        service.setKey(publication.serviceKey());
        vo.setService(service);
        vo.setVisibleInCatalog(publication.visibleInCatalog());
        return vo;
    }

    static VOOrganization toVO(Supplier supplier) {
        VOOrganization vo = new VOOrganization();
        vo.setKey(supplier.key());
        vo.setOrganizationId(supplier.organizationId());
        vo.setName(supplier.name());
        return vo;
    }
}
